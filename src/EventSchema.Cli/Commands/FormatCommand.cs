using System.CommandLine;
using EventSchema.Language.Formatting;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Cli.Commands;

/// <summary><c>eventschema format [--check] [paths]</c>: rewrites files in the canonical layout, or only reports those that differ.</summary>
internal static class FormatCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Schema files or folders to format (default: the current folder).", Arity = ArgumentArity.ZeroOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing; list the files that are not formatted and fail if there are any." };
        var stdin = new Option<bool>("--stdin") { Description = "Format the text read from standard input and write it to standard output." };

        var command = new Command("format", "Lay schema files out in the canonical style, keeping every comment.") { paths, check, stdin };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            return result.GetValue(stdin)
                ? RunOnStandardInput(output, error)
                : Run(result.GetValue(paths) ?? [], result.GetValue(check), output, error);
        });
        return command;
    }

    private static int Run(string[] paths, bool checkOnly, TextWriter output, TextWriter error)
    {
        var files = SchemaFileFinder.Find(paths, out var missing);
        foreach (string path in missing) error.WriteLine($"eventschema: error: '{path}' is neither a schema file nor a folder.");
        if (missing.Count > 0) return ExitCodes.UsageError;

        int unformatted = 0, failed = 0, changed = 0;
        foreach (string file in files)
        {
            if (!SchemaFiles.TryRead(file, error, out string? text)) return ExitCodes.UsageError;
            var tree = SyntaxTree.Parse(new SourceText(file, text));
            if (!SchemaFormatter.TryFormat(tree, null, out string formatted))
            {
                // A layout cannot be chosen for text the parser could not read: show why and leave the file alone.
                foreach (var diagnostic in tree.Diagnostics) error.WriteLine(diagnostic.ToString());
                error.WriteLine($"{file}: not formatted because it has syntax errors.");
                failed++;
                continue;
            }
            if (formatted == text) continue;
            if (checkOnly)
            {
                output.WriteLine($"{file}: not formatted");
                unformatted++;
            }
            else
            {
                if (!SchemaFiles.TryWrite(file, formatted, error)) return ExitCodes.UsageError;
                output.WriteLine($"Formatted {file}");
                changed++;
            }
        }

        if (checkOnly)
            output.WriteLine(unformatted == 0 && failed == 0
                ? $"All {files.Count} files are formatted."
                : $"{unformatted} of {files.Count} files need formatting; run 'eventschema format' to fix them.");
        else
            output.WriteLine($"Formatted {changed} of {files.Count} files.");
        return unformatted > 0 || failed > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static int RunOnStandardInput(TextWriter output, TextWriter error)
    {
        string text = Console.In.ReadToEnd();
        var tree = SyntaxTree.Parse(new SourceText("<stdin>", text));
        if (!SchemaFormatter.TryFormat(tree, null, out string formatted))
        {
            foreach (var diagnostic in tree.Diagnostics) error.WriteLine(diagnostic.ToString());
            output.Write(text);
            return ExitCodes.Failure;
        }
        output.Write(formatted);
        return ExitCodes.Success;
    }
}
