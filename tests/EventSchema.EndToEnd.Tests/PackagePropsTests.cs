using System.Text.Json;

namespace EventSchema.EndToEnd.Tests;

/// <summary>
/// What the package's buildTransitive props and targets do to a user's project, read from MSBuild's
/// evaluation of a restored consumer (no build needed).
/// </summary>
public sealed class PackagePropsTests(PackedPackage package)
{
    private static readonly string[] Items = ["AdditionalFiles", "None", "CompilerVisibleProperty"];

    [Fact]
    public async Task Schemas_anywhere_under_the_project_become_additional_files_except_build_output()
    {
        ConsumerProject consumer = await CreateRestoredConsumerAsync("PropsConsumer");

        JsonElement items = await EvaluateItemsAsync(consumer);

        Assert.Equal(
            ["Schemas/Deep/Nested/nested.eventschema", "Schemas/top.eventschema", "root.eventschema"],
            RelativeSchemaPaths(consumer, items, "AdditionalFiles"));
        // One entry per schema in the IDE: schemas are not also listed as None.
        Assert.Empty(RelativeSchemaPaths(consumer, items, "None"));
        Assert.Equal(
            ["EventSchemaCompatibility", "EventSchemaEmitValidators", "EventSchemaHelpLinkBase", "EventSchemaJsonNaming", "EventSchemaNamespacePrefix"],
            items.GetProperty("CompilerVisibleProperty").EnumerateArray()
                .Select(item => item.GetProperty("Identity").GetString()!)
                .Where(name => name.StartsWith("EventSchema", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Setting_EnableDefaultEventSchemaItems_to_false_leaves_the_schema_list_to_the_project()
    {
        ConsumerProject consumer = await CreateRestoredConsumerAsync("OptOutConsumer", optOut: true);

        JsonElement items = await EvaluateItemsAsync(consumer);

        Assert.Equal(["Schemas/top.eventschema"], RelativeSchemaPaths(consumer, items, "AdditionalFiles"));
        // Without the default items the SDK's own None glob is left alone.
        Assert.Contains("root.eventschema", RelativeSchemaPaths(consumer, items, "None"));
    }

    private async Task<ConsumerProject> CreateRestoredConsumerAsync(string name, bool optOut = false)
    {
        ConsumerProject consumer = ConsumerProject.Create(package, name, "net10.0")
            .WithFile("Program.cs", "System.Console.WriteLine();\n")
            .WithFile("root.eventschema", "namespace Root;\n")
            .WithFile("Schemas/top.eventschema", "namespace Top;\n")
            .WithFile("Schemas/Deep/Nested/nested.eventschema", "namespace Nested;\n")
            // Build output, including a relocated output folder, is never input.
            .WithProperty("BaseOutputPath", "custom-bin/")
            .WithFile("custom-bin/Release/stale.eventschema", "namespace Stale;\n")
            .WithFile("obj/stale.eventschema", "namespace Stale;\n")
            .WithFile("bin/stale.eventschema", "namespace Stale;\n");
        if (optOut)
        {
            consumer
                .WithProperty("EnableDefaultEventSchemaItems", "false")
                .WithProjectXml("""
                      <ItemGroup>
                        <AdditionalFiles Include="Schemas/top.eventschema" />
                      </ItemGroup>
                    """);
        }

        consumer.Write();
        (await consumer.RestoreAsync()).EnsureSucceeded();
        return consumer;
    }

    private static async Task<JsonElement> EvaluateItemsAsync(ConsumerProject consumer)
    {
        CommandResult evaluation = (await consumer.EvaluateAsync(Items, [])).EnsureSucceeded();
        try
        {
            using JsonDocument document = JsonDocument.Parse(evaluation.Output);
            return document.RootElement.GetProperty("Items").Clone();
        }
        catch (JsonException exception)
        {
            Assert.Fail($"MSBuild did not print JSON: {exception.Message}{Environment.NewLine}{evaluation.Describe()}");
            throw;
        }
    }

    private static string[] RelativeSchemaPaths(ConsumerProject consumer, JsonElement items, string itemType) =>
        items.TryGetProperty(itemType, out JsonElement list)
            ? list.EnumerateArray()
                .Select(item => item.GetProperty("FullPath").GetString()!)
                .Where(path => path.EndsWith(".eventschema", StringComparison.Ordinal))
                .Select(path => Path.GetRelativePath(consumer.Directory, path).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToArray()
            : [];
}
