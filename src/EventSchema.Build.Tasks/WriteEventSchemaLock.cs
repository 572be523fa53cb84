using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EventSchema.Language;
using EventSchema.Language.Evolution;
using EventSchema.Language.Export;
using EventSchema.Language.References;
using EventSchema.Language.Syntax;
using Microsoft.Build.Framework;
using SchemaDiagnostic = EventSchema.Language.Diagnostics.Diagnostic;

namespace EventSchema.Build;

/// <summary>
/// Writes the lock file (<c>eventschema.lock.json</c>) from the project's schemas: every version of every declaration
/// the lock already records, and the current one. Run by <c>dotnet build -t:UpdateEventSchemaLock</c>. A schema with
/// errors, or a lock file that cannot be read, fails the target with the errors at their lines and writes nothing.
/// </summary>
public sealed class WriteEventSchemaLock : ITask
{
    /// <inheritdoc />
    public IBuildEngine BuildEngine { get; set; } = null!;

    /// <inheritdoc />
    public ITaskHost? HostObject { get; set; }

    /// <summary>The project's schema files.</summary>
    [Required]
    public ITaskItem[] Schemas { get; set; } = [];

    /// <summary>
    /// The project's resolved references (<c>@(ReferencePath)</c>). Those that carry schema declarations (a contracts
    /// assembly built with EventSchema) are read as the generator reads them, so schemas that <c>using</c> their namespaces
    /// bind; their declarations are not locked here (the lock file of the project that declares them records them).
    /// </summary>
    public ITaskItem[] References { get; set; } = [];

    /// <summary>The lock file to write; read first when it exists.</summary>
    [Required]
    public string LockFile { get; set; } = string.Empty;

    /// <summary>
    /// The project's <c>EventSchemaJsonNaming</c> (<c>AsWritten</c>, <c>CamelCase</c>, <c>SnakeCase</c> or <c>KebabCase</c>,
    /// in any spelling <see cref="JsonNamings.TryParse"/> reads; empty for <c>AsWritten</c>; anything else is ES0782),
    /// which the lock file records. When the lock file records another
    /// naming that renames published fields on the wire, nothing is written (ES0763).
    /// </summary>
    public string JsonNaming { get; set; } = string.Empty;

    /// <summary>ES0782, as the generator reports an unknown <c>EventSchemaJsonNaming</c>.</summary>
    private const string UnknownJsonNamingCode = "ES0782";

    /// <summary>Whether the lock file changed.</summary>
    [Output]
    public bool Changed { get; private set; }

    /// <inheritdoc />
    public bool Execute()
    {
        if (string.IsNullOrWhiteSpace(LockFile))
        {
            LogError(null, 0, 0, "EventSchemaLockFile is empty: set it to the path of the lock file to write (eventschema.lock.json by default).");
            return false;
        }
        // As the generator reads the property; an unknown value would record a naming the project does not have.
        JsonNaming naming = Language.Export.JsonNaming.AsWritten;
        if (JsonNaming.Trim().Length > 0 && !JsonNamings.TryParse(JsonNaming, out naming))
        {
            BuildEngine.LogErrorEvent(new BuildErrorEventArgs(null, UnknownJsonNamingCode, null, 0, 0, 0, 0,
                JsonNamings.UnknownPropertyMessage(JsonNaming.Trim()) + " The lock file was not updated.", null, nameof(WriteEventSchemaLock)));
            return false;
        }
        var trees = new List<SyntaxTree>(Schemas.Length);
        foreach (ITaskItem item in Schemas.OrderBy(item => item.GetMetadata("FullPath"), StringComparer.Ordinal))
        {
            string path = item.GetMetadata("FullPath");
            trees.Add(SyntaxTree.Parse(new Language.Text.SourceText(path, File.ReadAllText(path))));
        }
        var referenced = SchemaDeclarationsReader.ReadAll(References.Select(item => item.GetMetadata("FullPath")));
        SchemaCompilation compilation = SchemaCompilation.Create(trees, ReferencedSchemas.Bind(referenced));
        bool failed = false;
        foreach (SchemaDiagnostic diagnostic in compilation.Diagnostics.Where(diagnostic => diagnostic.IsError))
        {
            LogError(diagnostic.Code, diagnostic, diagnostic.Message);
            failed = true;
        }
        if (failed)
        {
            LogError(null, 0, 0, "The lock file was not updated: fix the schema errors first.");
            return false;
        }

        string? existing = File.Exists(LockFile) ? File.ReadAllText(LockFile) : null;
        SchemaLock? previous = null;
        if (existing is not null)
        {
            SchemaLockReadResult read = SchemaLock.Read(new Language.Text.SourceText(LockFile, existing));
            foreach (SchemaDiagnostic diagnostic in read.Diagnostics.Where(diagnostic => diagnostic.IsError))
            {
                LogError(diagnostic.Code, diagnostic, diagnostic.Message);
                failed = true;
            }
            if (failed || read.Lock is null) return false;
            previous = read.Lock;
            // As 'eventschema lock': a published version is never rewritten; breaking a mode is the build's to report.
            foreach (SchemaDiagnostic diagnostic in CompatibilityChecker.CheckPublishedVersions(compilation, previous, naming))
            {
                LogError(diagnostic.Code, diagnostic, diagnostic.Message);
                failed = true;
            }
            if (failed)
            {
                LogError(null, 0, 0, "The lock file was not updated: the schemas (or EventSchemaJsonNaming) change versions it records as published. Raise @version and describe the change instead (or set EventSchemaJsonNaming back), or, to start the record over, delete the lock file and run this target again.");
                return false;
            }
        }
        string text = SchemaLock.FromCompilation(compilation, previous, naming).Write();

        Changed = !string.Equals(existing, text, StringComparison.Ordinal);
        if (Changed)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(LockFile))!);
            File.WriteAllText(LockFile, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        LogMessage(Changed ? $"EventSchema: wrote {LockFile}." : $"EventSchema: {LockFile} is up to date.");
        return true;
    }

    private void LogError(string? code, SchemaDiagnostic diagnostic, string message)
        => BuildEngine.LogErrorEvent(new BuildErrorEventArgs(
            null, code, diagnostic.FilePath, diagnostic.Start.Line, diagnostic.Start.Column, diagnostic.End.Line, diagnostic.End.Column, message, null, nameof(WriteEventSchemaLock)));

    private void LogError(string? code, int line, int column, string message)
        => BuildEngine.LogErrorEvent(new BuildErrorEventArgs(null, code, LockFile, line, column, 0, 0, message, null, nameof(WriteEventSchemaLock)));

    private void LogMessage(string message)
        => BuildEngine.LogMessageEvent(new BuildMessageEventArgs(message, null, nameof(WriteEventSchemaLock), MessageImportance.High));
}
