using System.Diagnostics;
using System.Text.Json.Nodes;
using EventSchema.Language;
using EventSchema.Language.Export;
using EventSchema.Language.Semantics;
using EventSchema.Language.Text;
using Json.Schema;

namespace EventSchema.Cli.Tests;

public class ExportCommandTests
{
    private static readonly EvaluationOptions Strict = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static SchemaCompilation Seeds()
        => SchemaCompilation.Create(Directory.GetFiles(CliRunner.SeedSchemas, "*.eventschema").Select(f => new SourceText(f, File.ReadAllText(f))));

    [Fact]
    public void Json_schema_export_writes_what_the_generator_embeds_and_each_file_is_valid_draft_2020_12()
    {
        using var folder = new TemporaryFolder();

        var result = CliRunner.Run(CliRunner.RepoRoot, "export", "jsonschema", "schemas/diplomacy", "-o", folder.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var records = Seeds().Declarations.Where(d => d is RecordSymbol or UnionSymbol).ToList();
        Assert.Equal(records.Count, Directory.GetFiles(folder.Path, "*.schema.json").Length);
        foreach (var record in records)
        {
            string text = folder.Read(record.FullName + ".schema.json");
            Assert.Equal(JsonSchemaExporter.Export(record) + "\n", text);
            var verdict = MetaSchemas.Draft202012.Evaluate(JsonNode.Parse(text), Strict);
            Assert.True(verdict.IsValid, record.FullName);
        }
    }

    [Fact]
    public void Json_schema_export_of_all_versions_writes_each_version_with_its_own_id()
    {
        using var folder = new TemporaryFolder();

        var result = CliRunner.Run(CliRunner.RepoRoot, "export", "jsonschema", "schemas/diplomacy", "-o", folder.Path, "--all-versions");

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] versions = ["v1", "v2", "v3"];
        var texts = versions.Select(version => folder.Read($"Diplomacy.CredentialsPresented.{version}.schema.json")).ToList();
        for (int i = 0; i < texts.Count; i++)
        {
            var schema = JsonNode.Parse(texts[i])!;
            Assert.Equal($"Diplomacy.CredentialsPresented.{versions[i]}.schema.json", (string?)schema["$id"]);
            Assert.True(MetaSchemas.Draft202012.Evaluate(schema, Strict).IsValid, versions[i]);
        }
        // Version 1 had neither later field; version 2 gained greetingsFrom; version 3 is today's event.
        Assert.DoesNotContain("\"greetingsFrom\"", texts[0], StringComparison.Ordinal);
        Assert.Contains("\"greetingsFrom\"", texts[1], StringComparison.Ordinal);
        Assert.DoesNotContain("\"conversationHeld\"", texts[1], StringComparison.Ordinal);
        Assert.Contains("\"conversationHeld\"", texts[2], StringComparison.Ordinal);
        // Declarations without history have their one version too, and the plain files are still written.
        Assert.True(File.Exists(Path.Combine(folder.Path, "Diplomacy.GreetingsConveyed.v1.schema.json")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "Diplomacy.CredentialsPresented.schema.json")));
        Assert.False(File.Exists(Path.Combine(folder.Path, "Diplomacy.CredentialsPresented.v4.schema.json")));
    }

    [Fact]
    public void Json_schema_export_applies_the_naming_option()
    {
        using var folder = new TemporaryFolder();

        var result = CliRunner.Run(CliRunner.RepoRoot, "export", "jsonschema", "schemas/diplomacy", "-o", folder.Path, "--naming", "SnakeCase");

        Assert.True(result.ExitCode == 0, result.ToString());
        var schema = JsonNode.Parse(folder.Read("Diplomacy.CredentialsPresented.schema.json"))!;
        Assert.NotNull(schema["properties"]!["received_by"]);
        Assert.NotNull(schema["properties"]!["occurred_on"]);
    }

    [Theory]
    [InlineData("snake")]
    [InlineData("snake_case")]
    [InlineData("snakecase")]
    [InlineData("Snake-Case")]
    public void The_naming_option_accepts_the_names_people_type_in_any_case(string naming)
    {
        using var folder = new TemporaryFolder();

        var result = CliRunner.Run(CliRunner.RepoRoot, "export", "jsonschema", "schemas/diplomacy", "-o", folder.Path, "--naming", naming);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.NotNull(JsonNode.Parse(folder.Read("Diplomacy.CredentialsPresented.schema.json"))!["properties"]!["received_by"]);
    }

    [Fact]
    public void An_unknown_naming_is_a_usage_error_that_lists_the_namings()
    {
        using var folder = new TemporaryFolder();

        var result = CliRunner.Run(CliRunner.RepoRoot, "export", "jsonschema", "schemas/diplomacy", "-o", folder.Path, "--naming", "pascal");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("'pascal' is not a naming; use AsWritten, CamelCase, SnakeCase or KebabCase", result.Error);
    }

    [Fact]
    public void Each_export_offers_only_the_options_it_uses()
    {
        var jsonSchema = CliRunner.Run(CliRunner.RepoRoot, "export", "jsonschema", "--help");
        var markdown = CliRunner.Run(CliRunner.RepoRoot, "export", "markdown", "--help");
        var asyncApi = CliRunner.Run(CliRunner.RepoRoot, "export", "asyncapi", "--help");

        Assert.DoesNotContain("--title", jsonSchema.Output);
        Assert.Contains("--all-versions", jsonSchema.Output);
        Assert.DoesNotContain("--all-versions", markdown.Output);
        Assert.DoesNotContain("--api-version", jsonSchema.Output);
        Assert.Contains("--title", markdown.Output);
        Assert.DoesNotContain("--api-version", markdown.Output);
        Assert.Contains("--title", asyncApi.Output);
        Assert.Contains("--api-version", asyncApi.Output);
        Assert.NotEqual(0, CliRunner.Run(CliRunner.RepoRoot, "export", "jsonschema", "schemas/diplomacy", "--title", "x").ExitCode);
    }

    [Fact]
    public void The_summary_line_counts_in_the_singular_for_one_schema()
    {
        using var folder = new TemporaryFolder();
        folder.Write("one.eventschema", "namespace Fleet;\n\nrecord Crew {\n  name: string;\n}\n");

        var result = CliRunner.Run(folder.Path, "export", "jsonschema", "one.eventschema", "-o", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Wrote 1 JSON Schema to out", result.Output);
        Assert.DoesNotContain("Schemas", result.Output);
    }

    [Fact]
    public void Unions_are_exported_and_examples_of_events_holding_them_are_valid()
    {
        using var folder = new TemporaryFolder();

        var schemas = CliRunner.Run(CliRunner.RepoRoot, "export", "jsonschema", "schemas/corridor", "-o", folder.Path);
        var asyncApi = CliRunner.Run(CliRunner.RepoRoot, "export", "asyncapi", "schemas/corridor", "-o", folder.Path);

        Assert.True(schemas.ExitCode == 0, schemas.ToString());
        Assert.True(asyncApi.ExitCode == 0, asyncApi.ToString());
        var union = JsonNode.Parse(folder.Read("Corridor.Transport.TransportLeg.schema.json"))!;
        Assert.Equal(["rail", "sea", "road"], union["oneOf"]!.AsArray().Select(branch => branch!["properties"]!["mode"]!["const"]!.GetValue<string>()));
        Assert.True(MetaSchemas.Draft202012.Evaluate(union, Strict).IsValid);
        // The document is read by people too: an example's offset keeps its '+' instead of a \u002B escape.
        Assert.DoesNotContain("\\u002B", folder.Read("asyncapi.json"));
        Assert.Contains("+04:00\"", folder.Read("asyncapi.json"));
        var messages = JsonNode.Parse(folder.Read("asyncapi.json"))!["components"]!["messages"]!.AsObject();
        foreach (var name in new[] { "Corridor.Transport.ShipmentDispatched", "Corridor.Transport.ShipmentDelayed" })
        {
            var example = messages[name]!["examples"]![0]!["payload"]!;
            var verdict = JsonSchema.FromText(folder.Read(Path.Combine("schemas", name + ".schema.json"))).Evaluate(example, Strict);
            Assert.True(verdict.IsValid, name + ": " + example.ToJsonString());
        }
    }

    [Fact]
    public void AsyncApi_export_lists_every_event_as_a_message_whose_payload_is_the_exported_schema()
    {
        using var folder = new TemporaryFolder();

        var result = CliRunner.Run(CliRunner.RepoRoot, "export", "asyncapi", "schemas/diplomacy", "-o", folder.Path, "--title", "Diplomacy events");

        Assert.True(result.ExitCode == 0, result.ToString());
        var document = JsonNode.Parse(folder.Read("asyncapi.json"))!;
        Assert.Equal("3.0.0", document["asyncapi"]!.GetValue<string>());
        Assert.Equal("Diplomacy events", document["info"]!["title"]!.GetValue<string>());
        var events = Seeds().Declarations.OfType<RecordSymbol>().Where(r => r.IsEvent).ToList();
        var messages = document["components"]!["messages"]!.AsObject();
        Assert.Equal(events.Count, messages.Count);
        foreach (var @event in events)
        {
            var message = messages[@event.FullName]!;
            string reference = message["payload"]!["schema"]!["$ref"]!.GetValue<string>();
            string schemaText = File.ReadAllText(Path.Combine(folder.Path, reference));
            Assert.Equal(JsonSchemaExporter.Export(@event) + "\n", schemaText);
            Assert.Equal(@event.EventType, document["channels"]![@event.FullName]!["address"]!.GetValue<string>());

            // The example shipped with each message is a valid payload.
            var example = message["examples"]![0]!["payload"]!;
            var verdict = JsonSchema.FromText(schemaText).Evaluate(example, Strict);
            Assert.True(verdict.IsValid, $"{@event.FullName} example: {example.ToJsonString()}\n{string.Join("\n", verdict.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)))}");
        }
    }

    [Fact]
    public async Task AsyncApi_export_passes_the_AsyncAPI_parser()
    {
        string validator = Path.Combine(CliRunner.RepoRoot, "tests", "EventSchema.Cli.Tests", "asyncapi-validation");
        if (!Directory.Exists(Path.Combine(validator, "node_modules", "@asyncapi", "parser")))
            Assert.Skip("The AsyncAPI parser is not installed (run 'npm ci' in tests/EventSchema.Cli.Tests/asyncapi-validation).");
        using var folder = new TemporaryFolder();
        var export = CliRunner.Run(CliRunner.RepoRoot, "export", "asyncapi", "schemas/diplomacy", "-o", folder.Path);
        Assert.True(export.ExitCode == 0, export.ToString());

        var start = new ProcessStartInfo("node") { WorkingDirectory = validator, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("validate.js");
        start.ArgumentList.Add(Path.Combine(folder.Path, "asyncapi.json"));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        string printed = await output + await error;

        Assert.True(process.ExitCode == 0, printed);
        Assert.Contains("valid AsyncAPI 3.0.0 document", printed);
    }

    [Fact]
    public void Markdown_export_catalogs_events_with_fields_constraints_and_valid_examples()
    {
        using var folder = new TemporaryFolder();

        var result = CliRunner.Run(CliRunner.RepoRoot, "export", "markdown", "schemas/diplomacy", "-o", folder.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        string markdown = folder.Read("events.md");
        var compilation = Seeds();
        foreach (var @event in compilation.Declarations.OfType<RecordSymbol>().Where(r => r.IsEvent))
        {
            Assert.Contains("### " + @event.FullName + "\n", markdown);
            Assert.Contains("`" + @event.EventType + "`", markdown);
        }
        Assert.Contains("| name | `name` | `string` | yes | at least 1 character, at most 200 characters | Full name as published by the source. |", markdown);
        Assert.Contains("| thankedForGreetings |", markdown.Replace("| expressedGratitude | `thankedForGreetings`", "| thankedForGreetings |"));
        Assert.Contains("matches `^[A-Z]{2}$`", markdown);
        Assert.Contains("| oneChina | `\"one-china\"` |", markdown);

        // Every example block is a valid payload of the event it follows.
        var sections = markdown.Split("\n### ");
        foreach (var @event in compilation.Declarations.OfType<RecordSymbol>().Where(r => r.IsEvent))
        {
            string section = sections.Single(s => s.StartsWith(@event.FullName + "\n", StringComparison.Ordinal));
            int start = section.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
            string example = section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)];
            var verdict = JsonSchema.FromText(JsonSchemaExporter.Export(@event)).Evaluate(JsonNode.Parse(example), Strict);
            Assert.True(verdict.IsValid, @event.FullName + ": " + example);
        }
    }

    [Fact]
    public void Markdown_catalog_shows_every_default_and_says_which_rules_hold_for_keys_values_and_items()
    {
        using var folder = new TemporaryFolder();
        folder.Write("in/fees.eventschema", """
            namespace Fees;

            scalar Fee : double;

            event FeeCharged {
              fee?: Fee = 0.5;
              note?: string = null;
              count: int = 3;
              reference: string;
              rates: map<@pattern("^[A-Z]{3}$") string, @minimum(0) int?>;
              @minItems(1) codes: set<@pattern("^[a-z]+$") string>;
            }
            """);

        var result = CliRunner.Run(folder.Path, "export", "markdown", "in", "-o", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        string markdown = folder.Read("out/events.md");
        // An optional field's default is what a reader takes when it is absent, as a required one's is.
        Assert.Contains("| fee | `fee` | [Fee](#feesfee) | no (default `0.5`) |  |  |", markdown);
        Assert.Contains("| note | `note` | `string` | no (default `null`) |  |  |", markdown);
        Assert.Contains("| count | `count` | `int` | no (default `3`) |  |  |", markdown);
        Assert.Contains("| reference | `reference` | `string` | yes |  |  |", markdown);
        // A map's key rules are rules too, and a collection's value rules hold for its keys, values or items, not for itself.
        Assert.Contains("| rates | `rates` | map&lt;`string`, `int`?&gt; | yes | keys: matches `^[A-Z]{3}$`; values: ≥ 0 |  |", markdown);
        Assert.Contains("| codes | `codes` | set&lt;`string`&gt; | yes | at least 1 item; items: matches `^[a-z]+$` |  |", markdown);
    }

    [Fact]
    public void Nothing_is_exported_from_schemas_with_errors()
    {
        using var folder = new TemporaryFolder();
        folder.Write("in/bad.eventschema", "namespace A;\n\nevent E {\n  x: Missing;\n}\n");

        var result = CliRunner.Run(folder.Path, "export", "jsonschema", "in", "-o", "out");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"bad\.eventschema\(4,6\): error ES\d{4}", result.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "out")));
    }
}
