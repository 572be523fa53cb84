using System.CommandLine;
using System.Text.Json;
using EventSchema.Language;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Evolution;
using EventSchema.Language.Text;

namespace EventSchema.Cli.Commands;

/// <summary><c>eventschema check [paths]</c>: parses and binds the files together and reports every diagnostic.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Schema files or folders to check (default: the current folder).", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "Output format: text (as the build prints) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Fail when there are warnings too." };
        var against = new Option<string?>("--against") { Description = "A lock file (eventschema.lock.json): also report every breaking change against the versions it records." };
        var compatibility = new Option<string?>("--compatibility") { Description = "With --against: the compatibility mode, backward, backward-transitive (default), forward, forward-transitive, full, full-transitive or none." };

        var command = new Command("check", "Check schema files for errors, as the build does, and with --against for breaking changes.") { paths, format, warningsAsErrors, against, compatibility };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? [],
            result.GetValue(format) == "json",
            result.GetValue(warningsAsErrors),
            result.GetValue(against),
            result.GetValue(compatibility),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, bool json, bool warningsAsErrors, string? lockPath, string? compatibility, TextWriter output, TextWriter error)
    {
        var mode = CompatibilityModes.Default;
        if (compatibility is not null)
        {
            if (lockPath is null)
            {
                error.WriteLine("eventschema: error: --compatibility needs --against <lock file>.");
                return ExitCodes.UsageError;
            }
            if (!CompatibilityModes.TryParse(compatibility, out mode))
            {
                error.WriteLine($"eventschema: error: unknown compatibility mode '{compatibility}'; use {CompatibilityModes.Names}.");
                return ExitCodes.UsageError;
            }
        }
        SchemaLock? schemaLock = null;
        IReadOnlyList<Diagnostic> lockDiagnostics = [];
        if (lockPath is not null)
        {
            if (!File.Exists(lockPath))
            {
                error.WriteLine($"eventschema: error: lock file '{lockPath}' does not exist; create it with 'eventschema lock'.");
                return ExitCodes.UsageError;
            }
            if (!SchemaFiles.TryRead(lockPath, error, out string? lockText)) return ExitCodes.UsageError;
            var read = SchemaLock.Read(new SourceText(lockPath, lockText));
            schemaLock = read.Lock;
            lockDiagnostics = read.Diagnostics;
        }

        var files = SchemaFileFinder.Find(paths, out var missing);
        foreach (string path in missing) error.WriteLine($"eventschema: error: '{path}' is neither a schema file nor a folder.");
        if (missing.Count > 0) return ExitCodes.UsageError;

        var sources = new List<SourceText>(files.Count);
        foreach (string file in files)
        {
            if (!SchemaFiles.TryRead(file, error, out string? text)) return ExitCodes.UsageError;
            sources.Add(new SourceText(file, text));
        }

        var compilation = SchemaCompilation.Create(sources);
        var diagnostics = compilation.Diagnostics;
        if (lockPath is not null)
        {
            // Breaking changes are compared only on schemas that compile: an error already explains what is wrong.
            var combined = new List<Diagnostic>(diagnostics);
            combined.AddRange(lockDiagnostics);
            if (schemaLock is not null && !compilation.HasErrors) combined.AddRange(CompatibilityChecker.Check(compilation, schemaLock, mode));
            diagnostics = combined;
        }
        int errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

        if (json) WriteJson(output, files.Count, compilation.Declarations.Count, diagnostics, errors, warnings);
        else WriteText(output, files.Count, diagnostics, errors, warnings);

        return errors > 0 || (warningsAsErrors && warnings > 0) ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static void WriteText(TextWriter output, int fileCount, IReadOnlyList<Diagnostic> diagnostics, int errors, int warnings)
    {
        foreach (var diagnostic in diagnostics) output.WriteLine(diagnostic.ToString());
        output.WriteLine($"Checked {Plural(fileCount, "file")}: {Plural(errors, "error")}, {Plural(warnings, "warning")}.");
    }

    private static void WriteJson(TextWriter output, int fileCount, int declarationCount, IReadOnlyList<Diagnostic> diagnostics, int errors, int warnings)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("files", fileCount);
            writer.WriteNumber("declarations", declarationCount);
            writer.WriteNumber("errors", errors);
            writer.WriteNumber("warnings", warnings);
            writer.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics) DiagnosticJson.Write(writer, diagnostic);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
