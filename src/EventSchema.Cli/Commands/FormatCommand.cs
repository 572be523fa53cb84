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
        var paths = PathsArgument.Create("Schema files or folders to format (default: the current folder).");
        var check = new Option<bool>("--check") { Description = "Change nothing; list the files that are not formatted and fail if there are any." };
        var stdin = new Option<bool>("--stdin") { Description = "Format the text read from standard input and write it to standard output (with --check, only say whether it is formatted)." };

        var command = new Command("format", "Lay schema files out in the canonical style, keeping every comment.") { paths, check, stdin };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            string[] files = result.GetValue(paths) ?? [];
            if (!result.GetValue(stdin)) return Run(files, result.GetValue(check), output, error);
            if (files.Length > 0)
            {
                // Formatting the input and ignoring the file would look as if the file had been formatted.
                error.WriteLine($"eventschema: error: --stdin formats standard input, so it takes no path ('{files[0]}'); run 'eventschema format {files[0]}' to format the file, or 'eventschema format --stdin < {files[0]}' to print it formatted.");
                return ExitCodes.UsageError;
            }
            return RunOnStandardInput(result.GetValue(check), output, error);
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

        output.WriteLine(Summary(files.Count, checkOnly, unformatted, changed, failed));
        return unformatted > 0 || failed > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static string Summary(int files, bool checkOnly, int unformatted, int changed, int failed)
    {
        // Files with syntax errors are neither formatted nor unformatted: they are counted apart.
        var unreadable = failed == 0 ? string.Empty : $"; {Counted.Of(failed, "file has", "files have")} syntax errors and {(failed == 1 ? "was" : "were")} left alone";
        if (!checkOnly) return $"Formatted {changed} of {Counted.Of(files, "file")}{unreadable}.";
        if (unformatted == 0 && failed == 0) return files == 1 ? "The file is formatted." : $"All {Counted.Of(files, "file")} are formatted.";
        if (unformatted == 0) return $"No file needs formatting{unreadable}.";
        return $"{unformatted} of {Counted.Of(files, "file")} {(unformatted == 1 ? "needs" : "need")} formatting; run 'eventschema format' to fix {(unformatted == 1 ? "it" : "them")}{unreadable}.";
    }

    /// <summary>
    /// Writes the formatted text; with <paramref name="checkOnly"/>, writes only whether it is formatted and fails when
    /// it is not, as <c>--check</c> does for files.
    /// </summary>
    private static int RunOnStandardInput(bool checkOnly, TextWriter output, TextWriter error)
    {
        string text = Console.In.ReadToEnd();
        var tree = SyntaxTree.Parse(new SourceText("<stdin>", text));
        if (!SchemaFormatter.TryFormat(tree, null, out string formatted))
        {
            foreach (var diagnostic in tree.Diagnostics) error.WriteLine(diagnostic.ToString());
            if (checkOnly) output.WriteLine("Standard input has syntax errors, so it is not formatted.");
            else output.Write(text);
            return ExitCodes.Failure;
        }
        if (!checkOnly)
        {
            output.Write(formatted);
            return ExitCodes.Success;
        }
        if (formatted == text)
        {
            output.WriteLine("Standard input is formatted.");
            return ExitCodes.Success;
        }
        output.WriteLine("Standard input is not formatted; run 'eventschema format --stdin' to print it formatted.");
        return ExitCodes.Failure;
    }
}
