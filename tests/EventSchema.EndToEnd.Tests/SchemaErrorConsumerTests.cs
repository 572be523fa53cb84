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

    // A global analyzer config that makes ES0020 a warning, as README shows.
    private const string LowerUnknownTypeToWarning = "is_global = true\ndotnet_diagnostic.ES0020.severity = warning\n";

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
            .WithFile(".globalconfig", LowerUnknownTypeToWarning)
            .Write();

        CommandResult build = (await consumer.BuildAsync()).EnsureSucceeded();

        string expectedFile = Path.Combine(consumer.Directory, "Schemas", "visits.eventschema");
        build.EnsureOutputContains($"{expectedFile}(4,9): warning ES0020: ");
        // The compiler found the file beside the project and the package's targets did too: it is passed once.
        Assert.DoesNotContain("MultipleGlobalAnalyzerKeys", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_global_analyzer_config_applies_to_a_library_of_schema_files_only_and_beside_the_schemas()
    {
        // No C# file: the compiler alone would find no .globalconfig (it looks above C# files); nor the one under Schemas/.
        ConsumerProject consumer = ConsumerProject.Create(package, "SchemaOnlyLibrary", "net10.0")
            .WithProperty("OutputType", "Library")
            .WithProperty("TreatWarningsAsErrors", "false")
            .WithFile("Schemas/visits.eventschema", SchemaWithUnknownType.Replace("\r\n", "\n", StringComparison.Ordinal))
            .WithFile("Schemas/.globalconfig", LowerUnknownTypeToWarning)
            .Write();

        CommandResult build = (await consumer.BuildAsync()).EnsureSucceeded();

        string expectedFile = Path.Combine(consumer.Directory, "Schemas", "visits.eventschema");
        build.EnsureOutputContains($"{expectedFile}(4,9): warning ES0020: ");
    }

    private const string FleetWithOneBrokenRecord = """
        namespace Fleet;

        record Crew {
          name: string;
        }

        record Ship {
          flag: CountryCod;
        }

        """;

    private const string ProgramUsingTheBrokenRecord = """
        using Fleet;

        var crew = new Crew { Name = "Ilkin" };
        var ship = new Ship();
        System.Console.WriteLine(crew.Name + ship);

        """;

    [Fact]
    public async Task The_schema_error_is_reported_once_even_when_csharp_uses_the_types_it_breaks()
    {
        ConsumerProject consumer = ConsumerProject.Create(package, "BrokenSchemaUsedByCode", "net10.0")
            .WithFile("Program.cs", ProgramUsingTheBrokenRecord.Replace("\r\n", "\n", StringComparison.Ordinal))
            .WithFile("Schemas/fleet.eventschema", FleetWithOneBrokenRecord.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Write();

        CommandResult build = (await consumer.BuildAsync()).EnsureFailed();

        string schema = Path.Combine(consumer.Directory, "Schemas", "fleet.eventschema");
        // The C# error the schema mistake causes, and the schema error that explains it, at the schema line.
        build.EnsureOutputContains("error CS0246");
        Assert.Equal(1, Occurrences(build.Output, $"{schema}(8,9): error ES0020: "));
        // TreatWarningsAsErrors, as in the project, turns the ES0080 warning into an error too.
        Assert.Equal(1, Occurrences(build.Output, $"{schema}(7,8): error ES0080: 'Ship' was not generated"));
        // Crew is sound, so it was generated: nothing complains about it.
        Assert.DoesNotContain("'Crew'", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lowering_a_schema_error_to_a_warning_keeps_the_sound_types_and_names_the_one_left_out()
    {
        ConsumerProject consumer = ConsumerProject.Create(package, "LoweredErrorConsumer", "net10.0")
            .WithProperty("TreatWarningsAsErrors", "false")
            .WithFile("Program.cs", "System.Console.WriteLine(new Fleet.Crew { Name = \"Ilkin\" }.Name);\n")
            .WithFile("Schemas/fleet.eventschema", FleetWithOneBrokenRecord.Replace("\r\n", "\n", StringComparison.Ordinal))
            .WithFile(".globalconfig", LowerUnknownTypeToWarning)
            .Write();

        CommandResult build = (await consumer.BuildAsync()).EnsureSucceeded();

        string schema = Path.Combine(consumer.Directory, "Schemas", "fleet.eventschema");
        Assert.Equal(1, Occurrences(build.Output, $"{schema}(8,9): warning ES0020: "));
        Assert.Equal(1, Occurrences(build.Output, $"{schema}(7,8): warning ES0080: 'Ship' was not generated because of the error at line 8 (ES0020)"));
    }

    [Fact]
    public async Task NoWarn_and_WarningsAsErrors_configure_schema_rules()
    {
        ConsumerProject consumer = ConsumerProject.Create(package, "NoWarnConsumer", "net10.0")
            .WithProperty("TreatWarningsAsErrors", "false")
            .WithProperty("NoWarn", "$(NoWarn);ES0020")
            .WithProperty("WarningsAsErrors", "$(WarningsAsErrors);ES0080")
            .WithFile("Program.cs", "System.Console.WriteLine(new Fleet.Crew { Name = \"Ilkin\" }.Name);\n")
            .WithFile("Schemas/fleet.eventschema", FleetWithOneBrokenRecord.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Write();

        CommandResult build = (await consumer.BuildAsync()).EnsureFailed();

        string schema = Path.Combine(consumer.Directory, "Schemas", "fleet.eventschema");
        Assert.DoesNotContain("error ES0020", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning ES0020", build.Output, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(build.Output, $"{schema}(7,8): error ES0080: 'Ship' was not generated"));
    }

    // MSBuild prints every diagnostic while building, then again in its summary: count the first part only.
    private static int Occurrences(string output, string value)
    {
        int summary = output.IndexOf(Environment.NewLine + "Build FAILED.", StringComparison.Ordinal);
        if (summary < 0) summary = output.IndexOf(Environment.NewLine + "Build succeeded.", StringComparison.Ordinal);
        string text = summary < 0 ? output : output[..summary];
        int count = 0;
        for (int index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
