using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using EventSchema.Contract.Tests.Infrastructure;
using EventSchema.Json;
using Json.Schema;

namespace EventSchema.Contract.Tests;

/// <summary>
/// The example payloads that <c>eventschema export asyncapi</c> and <c>export markdown</c> print meet every constraint:
/// each one, for every event of the seed schemas and of a schema dense with constraints (<c>Schemas/constrained.eventschema</c>),
/// passes JsonSchema.Net against the exported schema, and is read by the code the generator makes from the same files
/// and passes <c>Validate()</c>. Where no payload can meet the constraints, both exports say so instead.
/// </summary>
public sealed class ExamplePayloadTests
{
    private static readonly EvaluationOptions Strict = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static TheoryData<string> SchemaFolders => new(Path.Combine("schemas", "diplomacy"), Path.Combine("tests", "EventSchema.Contract.Tests", "Schemas"));

    [Theory]
    [MemberData(nameof(SchemaFolders))]
    public async Task Every_example_meets_the_exported_schema_and_the_generated_validators(string folder)
    {
        var schemas = Path.Combine(TestFiles.RepoRoot, folder);
        var output = Directory.CreateTempSubdirectory("eventschema-examples-").FullName;
        try
        {
            Cli.Run("export", "asyncapi", schemas, "-o", output);
            Cli.Run("export", "markdown", schemas, "-o", output);
            var project = await ContractProject.CompileAsync(Directory.GetFiles(schemas, "*.eventschema", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(path => (Path.GetRelativePath(schemas, path), File.ReadAllText(path))));
            var catalog = (EventCatalog)project.Assembly.GetType("EventSchema.Generated.GeneratedEventCatalog", throwOnError: true)!
                .GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

            var document = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "asyncapi.json")))!;
            var markdown = File.ReadAllText(Path.Combine(output, "events.md"));
            var failures = new List<string>();
            var checkedExamples = 0;
            foreach (var (name, message) in document["components"]!["messages"]!.AsObject())
            {
                var section = markdown.Split("\n### ").Single(s => s.StartsWith(name + "\n", StringComparison.Ordinal));
                if (message!["examples"] is not JsonArray examples)
                {
                    var reason = message["x-eventschema-no-example"]!.GetValue<string>();
                    Assert.Contains("No example payload meets every constraint", section, StringComparison.Ordinal);
                    failures.Add($"{name}: no example ({reason})");
                    continue;
                }
                var example = examples[0]!["payload"]!;
                var start = section.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
                Assert.True(JsonNode.DeepEquals(example, JsonNode.Parse(section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)])), name + ": the catalog shows another example");

                var schemaText = File.ReadAllText(Path.Combine(output, message["payload"]!["schema"]!["$ref"]!.GetValue<string>()));
                var verdict = JsonSchema.FromText(schemaText).Evaluate(example, Strict);
                if (!verdict.IsValid)
                {
                    failures.Add($"{name}: JsonSchema.Net: {string.Join("; ", verdict.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + " " + e.Value)))} in {example.ToJsonString()}");
                }
                var info = catalog.Events.Single(e => e.ClrType.FullName == name);
                try
                {
                    var result = catalog.ReadEvent(info.EventType, Encoding.UTF8.GetBytes(example.ToJsonString())).Validate();
                    if (!result.IsValid) failures.Add($"{name}: Validate(): {result} in {example.ToJsonString()}");
                }
                catch (System.Text.Json.JsonException error)
                {
                    failures.Add($"{name}: reader: {error.Message} in {example.ToJsonString()}");
                }
                checkedExamples++;
            }

            var expected = folder.Contains("Contract", StringComparison.Ordinal) ? new[] { "Contract.Examples.Impossible: no example" } : [];
            Assert.Equal(expected, failures.Select(f => f.StartsWith("Contract.Examples.Impossible: no example", StringComparison.Ordinal) ? "Contract.Examples.Impossible: no example" : f));
            Assert.True(checkedExamples >= 1);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
