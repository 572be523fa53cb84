using System.Text.RegularExpressions;

namespace EventSchema.EndToEnd.Tests;

/// <summary>A schema mistake in a user's project fails the build at the schema's own line and column.</summary>
public sealed class SchemaErrorConsumerTests(PackedPackage package)
{
    private const string SchemaWithUnknownType = """
        namespace Diplomacy.Visits;

        record Visit {
          host: Oficial;
        }

        """;

    [Fact]
    public async Task An_unknown_type_in_a_schema_fails_the_build_at_its_exact_location()
    {
        ConsumerProject consumer = ConsumerProject.Create(package, "BrokenSchemaConsumer", "net10.0")
            .WithFile("Program.cs", "System.Console.WriteLine(\"The build should have failed.\");\n")
            .WithFile("Schemas/visits.eventschema", SchemaWithUnknownType.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Write();

        CommandResult build = (await consumer.BuildAsync()).EnsureFailed();

        // MSBuild's canonical format, which IDEs and CI logs turn into a link to the schema line.
        string expectedFile = Path.Combine(consumer.Directory, "Schemas", "visits.eventschema");
        build.EnsureOutputContains($"{expectedFile}(4,9): error ES0020: ");
        build.EnsureOutputContains("Oficial");

        // A schema error is reported as such, never as a generator crash or as C# errors it causes.
        Assert.False(
            Regex.IsMatch(build.Output, @"\b(CS8784|CS8785|AD0001)\b"),
            "The generator failed instead of reporting the schema error." + Environment.NewLine + build.Describe());
    }

    [Fact]
    public async Task A_global_analyzer_config_changes_the_severity_of_a_schema_rule()
    {
        ConsumerProject consumer = ConsumerProject.Create(package, "DowngradedRuleConsumer", "net10.0")
            .WithProperty("TreatWarningsAsErrors", "false")
            .WithFile("Program.cs", "System.Console.WriteLine(\"built\");\n")
            .WithFile("Schemas/visits.eventschema", SchemaWithUnknownType.Replace("\r\n", "\n", StringComparison.Ordinal))
            // Schema diagnostics belong to additional files, which .editorconfig sections do not reach; global configs do.
            .WithFile(".globalconfig", "is_global = true\ndotnet_diagnostic.ES0020.severity = warning\n")
            .Write();

        CommandResult build = (await consumer.BuildAsync()).EnsureSucceeded();

        string expectedFile = Path.Combine(consumer.Directory, "Schemas", "visits.eventschema");
        build.EnsureOutputContains($"{expectedFile}(4,9): warning ES0020: ");
    }
}
