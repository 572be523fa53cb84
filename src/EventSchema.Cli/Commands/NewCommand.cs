using System.CommandLine;
using System.Text;
using EventSchema.Language;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Cli.Commands;

/// <summary><c>eventschema new Name</c>: writes a new schema file that declares one event, ready to fill in.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The event to declare, in PascalCase, such as OrderPlaced." };
        var ns = new Option<string?>("--namespace", "-n") { Description = "The schema namespace (default: the folder name; for a folder named schemas, the project's name)." };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write into.", DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };

        var command = new Command("new", "Create a schema file that declares one event.") { name, ns, output, force };
        command.SetAction(result => Run(
            result.GetValue(name)!,
            result.GetValue(ns),
            result.GetValue(output)!,
            result.GetValue(force),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string name, string? ns, string folder, bool force, TextWriter output, TextWriter error)
    {
        if (!Identifiers.IsIdentifier(name))
        {
            error.WriteLine($"eventschema: error: '{name}' is not a valid name; use ASCII letters, digits and '_', starting with a letter, such as OrderPlaced.");
            return ExitCodes.UsageError;
        }
        if (TokenFacts.IsKeyword(name))
        {
            error.WriteLine($"eventschema: error: '{name}' is a keyword of the schema language and cannot name an event; choose another name, such as {Identifiers.ToPascalCase(name)}Published.");
            return ExitCodes.UsageError;
        }
        ns ??= DefaultNamespace.For(folder);
        if (!ns.Split('.').All(Identifiers.IsIdentifier))
        {
            error.WriteLine($"eventschema: error: '{ns}' is not a valid namespace; use dot-separated names such as Sales.Orders.");
            return ExitCodes.UsageError;
        }

        // The file must compile as written: the front end has the last word on names (a built-in type name, say).
        string template = Template(ns, name);
        if (SchemaCompilation.Create([new SourceText("new.eventschema", template)]).Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } refused)
        {
            error.WriteLine($"eventschema: error: the new file would not compile: {refused.Message}");
            return ExitCodes.UsageError;
        }

        string path = Path.Combine(folder, Identifiers.ToKebabCase(name) + ".eventschema");
        if (File.Exists(path) && !force)
        {
            error.WriteLine($"eventschema: error: '{path}' already exists; pass --force to overwrite it.");
            return ExitCodes.UsageError;
        }
        if (!SchemaFiles.TryWrite(path, template, error)) return ExitCodes.UsageError;
        output.WriteLine($"Created {path}");
        return ExitCodes.Success;
    }

    private static string Template(string ns, string name)
    {
        var text = new StringBuilder();
        text.Append("namespace ").Append(ns).Append(";\n\n");
        text.Append("/// Says what happened, and when.\n");
        text.Append("@version(1)\n");
        text.Append("event ").Append(name).Append(" {\n");
        text.Append("  /// Identifies this occurrence.\n");
        text.Append("  id: uuid;\n");
        text.Append("  /// When it happened.\n");
        text.Append("  occurredAt: datetime;\n");
        text.Append("}\n");
        return text.ToString();
    }
}
