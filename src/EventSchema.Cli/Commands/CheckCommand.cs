using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using EventSchema.Language;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Evolution;
using EventSchema.Language.Export;
using EventSchema.Language.Text;

namespace EventSchema.Cli.Commands;

/// <summary><c>eventschema check [paths]</c>: parses and binds the files together and reports every diagnostic.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = PathsArgument.Create("Schema files or folders to check (default: the current folder).");
        var format = new Option<string>("--format") { Description = "Output format: text (as the build prints) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Fail when there are warnings too." };
        var fix = new Option<bool>("--fix") { Description = "Apply the fix each diagnostic offers (such as a 'did you mean' name) to the files, then report what is left." };
        var against = new Option<string?>("--against") { Description = "A lock file (eventschema.lock.json): also report every breaking change against the versions it records." };
        var compatibility = new Option<string?>("--compatibility") { Description = "With --against: the compatibility mode, backward, backward-transitive (default), forward, forward-transitive, full, full-transitive or none." };
        var naming = NamingOption.Create("With --against: the project's EventSchemaJsonNaming, compared with the naming the lock file records");

        var defaultSeverities = new Option<bool>("--default-severities") { Description = "Ignore the severities .globalconfig files set (dotnet_diagnostic.<code>.severity) and report each diagnostic at its own." };
        var references = ReferenceOption.Create();

        var command = new Command("check", "Check schema files for errors, as the build does, and with --against for breaking changes.") { paths, format, warningsAsErrors, fix, against, compatibility, naming, defaultSeverities, references };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? [],
            result.GetValue(format) == "json",
            result.GetValue(warningsAsErrors),
            result.GetValue(fix),
            result.GetValue(against),
            result.GetValue(compatibility),
            result.GetValue(naming),
            result.GetValue(defaultSeverities),
            result.GetValue(references) ?? [],
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, bool json, bool warningsAsErrors, bool fix, string? lockPath, string? compatibility, JsonNaming naming, bool defaultSeverities, string[] referencePaths, TextWriter output, TextWriter error)
    {
        if (!ReferenceOption.TryRead(referencePaths, error, out var references)) return ExitCodes.UsageError;
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
        if (files.Count == 0)
        {
            // No schemas have no errors: a check pointed at the wrong folder would pass in CI without checking anything.
            error.WriteLine($"eventschema: error: no .eventschema files in {SchemaFileFinder.Describe(paths)}, so there is nothing to check; give the files or folders that hold the schemas.");
            return ExitCodes.UsageError;
        }

        var sources = new List<SourceText>(files.Count);
        foreach (string file in files)
        {
            if (!SchemaFiles.TryRead(file, error, out string? text)) return ExitCodes.UsageError;
            sources.Add(new SourceText(file, text));
        }

        // The severities the build would apply, so that check fails exactly when the build fails.
        var severities = new SeverityConfiguration(error);
        IReadOnlyList<Diagnostic> Configured(IEnumerable<Diagnostic> found) => defaultSeverities ? found.ToList() : severities.Apply(found);

        var compilation = SchemaCompilation.Create(sources, references);
        if (fix)
        {
            // Only what is reported is fixed: a diagnostic the configuration silences is left alone, as in the editor.
            // Against a lock file, the fixes of breaking changes (ES0763's @json) count too, once the schemas compile.
            var fixable = new List<Diagnostic>(compilation.Diagnostics);
            if (schemaLock is not null && !compilation.HasErrors) fixable.AddRange(CompatibilityChecker.Check(compilation, schemaLock, mode, naming));
            if (!ApplyFixes(sources, Configured(fixable), json ? error : output, error, out int fixedCount)) return ExitCodes.UsageError;
            if (fixedCount > 0) compilation = SchemaCompilation.Create(sources, references);
        }
        IEnumerable<Diagnostic> found = compilation.Diagnostics;
        if (lockPath is not null)
        {
            // Breaking changes are compared only on schemas that compile: an error already explains what is wrong.
            var combined = new List<Diagnostic>(compilation.Diagnostics);
            combined.AddRange(lockDiagnostics);
            if (schemaLock is not null && !compilation.HasErrors) combined.AddRange(CompatibilityChecker.Check(compilation, schemaLock, mode, naming));
            found = combined;
        }
        var diagnostics = Configured(found);
        int errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

        if (json) WriteJson(output, files.Count, compilation.Declarations.Count, diagnostics, errors, warnings);
        else WriteText(output, files.Count, diagnostics, errors, warnings);
        ReferenceOption.HintWhenNoneGiven(diagnostics, referencePaths, error);

        return errors > 0 || (warningsAsErrors && warnings > 0) ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>Writes each diagnostic's first fix into its file and replaces the file's text in <paramref name="sources"/>.</summary>
    private static bool ApplyFixes(List<SourceText> sources, IReadOnlyList<Diagnostic> diagnostics, TextWriter output, TextWriter error, out int fixedCount)
    {
        fixedCount = 0;
        int fixedFiles = 0;
        for (int i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            string text = FixApplier.ApplyFirstFixes(source.Text, diagnostics.Where(d => d.FilePath == source.Path), out int applied);
            if (applied == 0) continue;
            if (!SchemaFiles.TryWrite(source.Path, text, error)) return false;
            sources[i] = new SourceText(source.Path, text);
            fixedCount += applied;
            fixedFiles++;
        }
        output.WriteLine($"Fixed {Plural(fixedCount, "problem")} in {Plural(fixedFiles, "file")}.");
        return true;
    }

    private static void WriteText(TextWriter output, int fileCount, IReadOnlyList<Diagnostic> diagnostics, int errors, int warnings)
    {
        foreach (var diagnostic in diagnostics) output.WriteLine(diagnostic.ToString());
        output.WriteLine($"Checked {Plural(fileCount, "file")}: {Plural(errors, "error")}, {Plural(warnings, "warning")}.");
    }

    private static void WriteJson(TextWriter output, int fileCount, int declarationCount, IReadOnlyList<Diagnostic> diagnostics, int errors, int warnings)
    {
        using var stream = new MemoryStream();
        // Escape only what JSON requires: the default encoder writes every quote, '<' and non-ASCII letter as \uXXXX,
        // which is valid but unreadable in a terminal or a file. The output is never embedded in HTML.
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
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
