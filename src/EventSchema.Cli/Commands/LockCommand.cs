using System.CommandLine;
using EventSchema.Language;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Evolution;
using EventSchema.Language.Export;
using EventSchema.Language.Text;

namespace EventSchema.Cli.Commands;

/// <summary>
/// <c>eventschema lock [paths]</c>: writes or updates <c>eventschema.lock.json</c>, the baseline of every published version.
/// Versions already locked are kept as they are; it refuses when the schemas edit one of them, unless <c>--force</c>.
/// </summary>
internal static class LockCommand
{
    public static Command Create()
    {
        var paths = PathsArgument.Create("Schema files or folders to lock (default: the current folder).");
        var output = new Option<string?>("--output", "-o") { Description = "The lock file (default: eventschema.lock.json in the folder given, or in the current folder)." };
        var force = new Option<bool>("--force") { Description = "Rewrite every version from the schemas, even versions the lock file already records differently." };
        var naming = NamingOption.Create("The project's EventSchemaJsonNaming, which the lock file records");
        var references = ReferenceOption.Create();

        var command = new Command("lock", "Write or update eventschema.lock.json, the baseline of every published version.") { paths, output, force, naming, references };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? [],
            result.GetValue(output),
            result.GetValue(force),
            result.GetValue(naming),
            result.GetValue(references) ?? [],
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, string? lockPath, bool force, JsonNaming naming, string[] referencePaths, TextWriter output, TextWriter error)
    {
        if (!ReferenceOption.TryRead(referencePaths, error, out var references)) return ExitCodes.UsageError;
        var files = SchemaFileFinder.Find(paths, out var missing);
        foreach (string path in missing) error.WriteLine($"eventschema: error: '{path}' is neither a schema file nor a folder.");
        if (missing.Count > 0) return ExitCodes.UsageError;
        lockPath ??= paths.Length == 1 && Directory.Exists(paths[0]) ? Path.Combine(paths[0], SchemaLock.DefaultFileName) : SchemaLock.DefaultFileName;
        if (files.Count == 0)
        {
            // A lock of no schemas would drop every published version the file records.
            error.WriteLine($"eventschema: error: no .eventschema files in {SchemaFileFinder.Describe(paths)}, so there is nothing to lock; give the files or folders that hold the schemas (with --output for a lock file elsewhere).");
            return ExitCodes.UsageError;
        }

        var sources = new List<SourceText>(files.Count);
        foreach (string file in files)
        {
            if (!SchemaFiles.TryRead(file, error, out string? schemaText)) return ExitCodes.UsageError;
            sources.Add(new SourceText(file, schemaText));
        }
        var compilation = SchemaCompilation.Create(sources, references);
        if (compilation.HasErrors)
        {
            foreach (var diagnostic in compilation.Diagnostics) output.WriteLine(diagnostic.ToString());
            error.WriteLine("eventschema: error: the schemas have errors; fix them before locking.");
            ReferenceOption.HintWhenNoneGiven(compilation.Diagnostics, referencePaths, error);
            return ExitCodes.Failure;
        }

        SchemaLock? previous = null;
        string? previousText = null;
        if (File.Exists(lockPath))
        {
            if (!SchemaFiles.TryRead(lockPath, error, out previousText)) return ExitCodes.UsageError;
            var read = SchemaLock.Read(new SourceText(lockPath, previousText));
            if (read.Lock is null && !force)
            {
                foreach (var diagnostic in read.Diagnostics) output.WriteLine(diagnostic.ToString());
                error.WriteLine($"eventschema: error: '{lockPath}' cannot be read; fix it, or rewrite it with --force.");
                return ExitCodes.Failure;
            }
            previous = read.Lock;
        }
        if (previous is not null && !force)
        {
            // Only edits of published versions stop the lock: breaking a compatibility mode is 'check's business.
            var edits = CompatibilityChecker.CheckPublishedVersions(compilation, previous, naming);
            if (edits.Count > 0)
            {
                foreach (var diagnostic in edits) output.WriteLine(diagnostic.ToString());
                error.WriteLine(edits.All(edit => edit.Message.StartsWith(CompatibilityRules.JsonNamingChanged + ":", StringComparison.Ordinal))
                    ? $"eventschema: error: --naming {JsonNamings.Name(naming)} changes wire names of versions '{lockPath}' records as published under {JsonNamings.Name(previous.JsonNaming ?? JsonNaming.AsWritten)}; give the project's EventSchemaJsonNaming, or rewrite the lock with --force to publish the new names."
                    : $"eventschema: error: the schemas change versions '{lockPath}' records as published; raise @version and describe the change, or rewrite the lock with --force.");
                return ExitCodes.Failure;
            }
        }

        var schemaLock = SchemaLock.FromCompilation(compilation, force ? null : previous, naming);
        string text = schemaLock.Write();
        int versions = schemaLock.Declarations.Sum(d => d.Versions.Count);
        string summary = $"{Plural(schemaLock.Declarations.Count, "declaration")}, {Plural(versions, "version")}";
        if (previousText is not null && previousText.Replace("\r\n", "\n") == text)
        {
            output.WriteLine($"{lockPath} is up to date ({summary}).");
            return ExitCodes.Success;
        }
        if (!SchemaFiles.TryWrite(lockPath, text, error)) return ExitCodes.UsageError;
        output.WriteLine($"{(previousText is null ? "Wrote" : "Updated")} {lockPath} ({summary}).");
        return ExitCodes.Success;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
