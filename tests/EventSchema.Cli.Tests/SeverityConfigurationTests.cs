using System.Text.Json;

namespace EventSchema.Cli.Tests;

/// <summary>
/// <c>check</c> applies the severities <c>.globalconfig</c> files set, as the build applies them to schema diagnostics:
/// the files in the folder of each schema file and above, the global section only, the higher <c>global_level</c> first.
/// </summary>
public class SeverityConfigurationTests
{
    private const string UnknownType = """
        namespace Shop;

        record Order {
          total: decimel;
        }
        """;

    private const string LowerToWarning = "is_global = true\ndotnet_diagnostic.ES0020.severity = warning\n";

    [Fact]
    public void A_globalconfig_beside_the_project_lowers_an_error_to_a_warning_as_the_build_does()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Shop.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        folder.Write(".globalconfig", LowerToWarning);
        folder.Write("Schemas/order.eventschema", UnknownType);

        var result = CliRunner.Run(folder.Path, "check", "Schemas");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(Path.Combine("Schemas", "order.eventschema") + "(4,10): warning ES0020: Unknown type 'decimel'", result.Output, StringComparison.Ordinal);
        Assert.Contains("Checked 1 file: 0 errors, 1 warning.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_as_errors_fails_on_a_configured_warning_and_default_severities_ignores_the_configuration()
    {
        using var folder = new TemporaryFolder();
        folder.Write(".globalconfig", LowerToWarning);
        folder.Write("order.eventschema", UnknownType);

        var strict = CliRunner.Run(folder.Path, "check", "--warnings-as-errors");
        Assert.True(strict.ExitCode == 1, strict.ToString());
        Assert.Contains("warning ES0020", strict.Output, StringComparison.Ordinal);

        var json = CliRunner.Run(folder.Path, "check", "--format", "json", "--warnings-as-errors");
        Assert.True(json.ExitCode == 1, json.ToString());
        using (var document = JsonDocument.Parse(json.Output))
        {
            Assert.Equal(0, document.RootElement.GetProperty("errors").GetInt32());
            Assert.Equal(1, document.RootElement.GetProperty("warnings").GetInt32());
        }

        var defaults = CliRunner.Run(folder.Path, "check", "--default-severities");
        Assert.True(defaults.ExitCode == 1, defaults.ToString());
        Assert.Contains("order.eventschema(4,10): error ES0020", defaults.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void None_silences_a_diagnostic_and_its_fix_and_suggestion_reports_it_as_info()
    {
        using var folder = new TemporaryFolder();
        folder.Write("silenced/.globalconfig", "dotnet_diagnostic.es0020.severity = none # the mistake is known\n");
        folder.Write("silenced/order.eventschema", UnknownType);
        folder.Write("suggested/.globalconfig", "is_global = true\ndotnet_diagnostic.ES0020.severity = Suggestion\n");
        folder.Write("suggested/order.eventschema", UnknownType.Replace("Shop", "Shop.Suggested", StringComparison.Ordinal));

        var silenced = CliRunner.Run(folder.Path, "check", "silenced", "--fix");
        Assert.True(silenced.ExitCode == 0, silenced.ToString());
        Assert.DoesNotContain("ES0020", silenced.Output, StringComparison.Ordinal);
        Assert.Equal(UnknownType, folder.Read("silenced/order.eventschema"));

        var suggested = CliRunner.Run(folder.Path, "check", "suggested", "--format", "json", "--warnings-as-errors");
        Assert.True(suggested.ExitCode == 0, suggested.ToString());
        using var document = JsonDocument.Parse(suggested.Output);
        var diagnostic = Assert.Single(document.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("info", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(0, document.RootElement.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void A_higher_global_level_wins_and_a_conflict_at_the_same_level_is_ignored_with_a_warning()
    {
        using var folder = new TemporaryFolder();
        folder.Write(".globalconfig", "is_global = true\nglobal_level = 200\ndotnet_diagnostic.ES0020.severity = none\n");
        folder.Write("levels/.globalconfig", LowerToWarning);
        folder.Write("levels/order.eventschema", UnknownType);
        folder.Write("levels/conflict/.globalconfig", "is_global = true\nglobal_level = 200\ndotnet_diagnostic.ES0020.severity = error\n");
        folder.Write("levels/conflict/order.eventschema", UnknownType.Replace("Shop", "Shop.Conflict", StringComparison.Ordinal));

        var levels = CliRunner.Run(folder.Path, "check", Path.Combine("levels", "order.eventschema"));
        Assert.True(levels.ExitCode == 0, levels.ToString());
        Assert.DoesNotContain("ES0020", levels.Output, StringComparison.Ordinal);

        var conflict = CliRunner.Run(folder.Path, "check", Path.Combine("levels", "conflict"), "--warnings-as-errors");
        Assert.True(conflict.ExitCode == 1, conflict.ToString());
        Assert.Contains("error ES0020", conflict.Output, StringComparison.Ordinal);
        Assert.Contains("set the severity of ES0020 to 'error' and 'none' at the same global_level (200), so both are ignored", conflict.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Editorconfig_sections_and_sections_of_a_globalconfig_do_not_reach_schema_files_as_in_the_build()
    {
        using var folder = new TemporaryFolder();
        folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.ES0020.severity = none\n[*.eventschema]\ndotnet_diagnostic.ES0020.severity = none\n");
        folder.Write(".globalconfig", "is_global = true\n[" + Path.Combine(folder.Path, "order.eventschema") + "]\ndotnet_diagnostic.ES0020.severity = none\n");
        folder.Write("order.eventschema", UnknownType);

        var result = CliRunner.Run(folder.Path, "check");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error ES0020", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_not_a_severity_is_named_and_ignored()
    {
        using var folder = new TemporaryFolder();
        folder.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.ES0020.severity = warn\n");
        folder.Write("order.eventschema", UnknownType);

        var result = CliRunner.Run(folder.Path, "check");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error ES0020", result.Output, StringComparison.Ordinal);
        Assert.Contains(".globalconfig(2,1): warning: 'warn' is not a severity of ES0020; use none, silent, suggestion, warning, error or default.", result.Error, StringComparison.Ordinal);
    }
}
