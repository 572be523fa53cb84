using System.CommandLine;
using System.Text.Json;
using EventSchema.Cli.Export;
using EventSchema.Language;
using EventSchema.Language.Export;
using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Cli.Commands;

/// <summary><c>eventschema export jsonschema|asyncapi|markdown [paths] -o dir</c>: documents and contracts from valid schemas.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var command = new Command("export", "Export JSON Schema, an AsyncAPI document or a Markdown catalog.");
        command.Add(Subcommand("jsonschema", "One JSON Schema (draft 2020-12) per record, event and union, the same the generator embeds.", ExportJsonSchema, hasTitle: false, hasApiVersion: false));
        command.Add(Subcommand("asyncapi", "An AsyncAPI 3.0 document with every event as a message, and the JSON Schemas it references.", ExportAsyncApi, hasTitle: true, hasApiVersion: true));
        command.Add(Subcommand("markdown", "A Markdown catalog of the events with their fields, constraints and examples.", ExportMarkdown, hasTitle: true, hasApiVersion: false));
        return command;
    }

    private sealed record ExportRequest(SchemaCompilation Compilation, string OutputFolder, JsonNaming Naming, string Title, string Version, TextWriter Output, TextWriter Error)
    {
        /// <summary>Also write one schema per version of each record and event (<c>--all-versions</c>).</summary>
        public bool AllVersions { get; init; }
    }

    private const string DefaultTitle = "Event catalog";
    private const string DefaultApiVersion = "1.0.0";

    // Each export offers only the options it uses, so --help never lists one that would be ignored.
    // The AsyncAPI document is read by people and tools alike: '+' in offsets and non-ASCII text stay as written.
    private static readonly JsonSerializerOptions ReadableJson = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static Command Subcommand(string name, string description, Func<ExportRequest, int> export, bool hasTitle, bool hasApiVersion)
    {
        var paths = PathsArgument.Create("Schema files or folders (default: the current folder).");
        var output = new Option<string>("--output", "-o") { Description = "The folder to write into.", DefaultValueFactory = _ => "." };
        var naming = NamingOption.Create("Wire names of fields without @json, as the EventSchemaJsonNaming build property sets them");
        var title = new Option<string>("--title") { Description = name == "asyncapi" ? "The title of the AsyncAPI document." : "The title of the catalog.", DefaultValueFactory = _ => DefaultTitle };
        var version = new Option<string>("--api-version") { Description = "The version of the AsyncAPI document.", DefaultValueFactory = _ => DefaultApiVersion };
        var allVersions = new Option<bool>("--all-versions") { Description = "Also write <Namespace>.<Name>.v<n>.schema.json for every version in the history of each record and event, each with its own $id." };
        var references = ReferenceOption.Create();

        var command = new Command(name, description) { paths, output, naming, references };
        if (hasTitle) command.Add(title);
        if (hasApiVersion) command.Add(version);
        bool hasAllVersions = name == "jsonschema";
        if (hasAllVersions) command.Add(allVersions);
        command.SetAction(result =>
        {
            var stdout = result.InvocationConfiguration.Output;
            var stderr = result.InvocationConfiguration.Error;
            var compilation = Compile(result.GetValue(paths) ?? [], result.GetValue(references) ?? [], stderr, out int exitCode);
            if (compilation is null) return exitCode;
            return export(new ExportRequest(
                compilation,
                result.GetValue(output)!,
                result.GetValue(naming),
                hasTitle ? result.GetValue(title)! : DefaultTitle,
                hasApiVersion ? result.GetValue(version)! : DefaultApiVersion,
                stdout,
                stderr)
            { AllVersions = hasAllVersions && result.GetValue(allVersions) });
        });
        return command;
    }

    /// <summary>Binds the files; exports only from schemas without errors, since a broken schema has no meaningful contract.</summary>
    private static SchemaCompilation? Compile(string[] paths, string[] referencePaths, TextWriter error, out int exitCode)
    {
        exitCode = ExitCodes.UsageError;
        if (!ReferenceOption.TryRead(referencePaths, error, out var references)) return null;
        var files = SchemaFileFinder.Find(paths, out var missing);
        foreach (string path in missing) error.WriteLine($"eventschema: error: '{path}' is neither a schema file nor a folder.");
        if (missing.Count > 0) return null;
        if (files.Count == 0)
        {
            error.WriteLine("eventschema: error: no .eventschema files found.");
            return null;
        }
        var sources = new List<SourceText>();
        foreach (string file in files)
        {
            if (!SchemaFiles.TryRead(file, error, out string? text)) return null;
            sources.Add(new SourceText(file, text));
        }
        var compilation = SchemaCompilation.Create(sources, references);
        var errors = compilation.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count == 0) return compilation;
        foreach (var diagnostic in errors) error.WriteLine(diagnostic.ToString());
        ReferenceOption.HintWhenNoneGiven(errors, referencePaths, error);
        error.WriteLine("eventschema: error: nothing exported; fix the errors first.");
        exitCode = ExitCodes.Failure;
        return null;
    }

    private static int ExportJsonSchema(ExportRequest request)
    {
        // Records, events and unions: each is a JSON value a payload can be on its own.
        var records = request.Compilation.Declarations.Where(d => d is RecordSymbol or UnionSymbol).ToList();
        foreach (var record in records)
        {
            if (!WriteSchema(request, record, Path.Combine(request.OutputFolder, SchemaFileName(record)))) return ExitCodes.UsageError;
        }
        int versions = 0;
        if (request.AllVersions)
        {
            // A union has no versions of its own: its members' versions are written with them.
            foreach (var record in records.OfType<RecordSymbol>())
            {
                foreach (var shape in record.History.AllVersions())
                {
                    string fileName = record.FullName + ".v" + shape.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".schema.json";
                    string text = JsonSchemaExporter.ExportVersion(shape, request.Compilation, new JsonSchemaOptions { Naming = request.Naming }, id: fileName) + "\n";
                    if (!SchemaFiles.TryWrite(Path.Combine(request.OutputFolder, fileName), text, request.Error)) return ExitCodes.UsageError;
                    versions++;
                }
            }
        }
        request.Output.WriteLine($"Wrote {Counted.Of(records.Count, "JSON Schema", "JSON Schemas")}"
            + (request.AllVersions ? $" and {Counted.Of(versions, "versioned JSON Schema", "versioned JSON Schemas")}" : string.Empty) + $" to {request.OutputFolder}");
        return ExitCodes.Success;
    }

    private static int ExportAsyncApi(ExportRequest request)
    {
        var events = request.Compilation.Declarations.OfType<RecordSymbol>().Where(r => r.IsEvent).ToList();
        foreach (var @event in events)
        {
            if (!WriteSchema(request, @event, Path.Combine(request.OutputFolder, "schemas", SchemaFileName(@event)))) return ExitCodes.UsageError;
        }
        var document = AsyncApiWriter.Build(events, request.Title, request.Version, request.Naming, e => "schemas/" + SchemaFileName(e));
        string path = Path.Combine(request.OutputFolder, "asyncapi.json");
        if (!SchemaFiles.TryWrite(path, document.ToJsonString(ReadableJson) + "\n", request.Error)) return ExitCodes.UsageError;
        request.Output.WriteLine($"Wrote {path} with {Counted.Of(events.Count, "message", "messages")}");
        return ExitCodes.Success;
    }

    private static int ExportMarkdown(ExportRequest request)
    {
        string path = Path.Combine(request.OutputFolder, "events.md");
        string markdown = MarkdownCatalogWriter.Write(request.Compilation.Declarations, request.Title, request.Naming);
        if (!SchemaFiles.TryWrite(path, markdown, request.Error)) return ExitCodes.UsageError;
        request.Output.WriteLine($"Wrote {path}");
        return ExitCodes.Success;
    }

    private static bool WriteSchema(ExportRequest request, DeclarationSymbol record, string path)
        => SchemaFiles.TryWrite(path, JsonSchemaExporter.Export(record, new JsonSchemaOptions { Naming = request.Naming }) + "\n", request.Error);


    private static string SchemaFileName(DeclarationSymbol record) => record.FullName + ".schema.json";
}
