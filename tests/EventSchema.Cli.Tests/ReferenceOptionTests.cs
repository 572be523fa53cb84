namespace EventSchema.Cli.Tests;

/// <summary>
/// <c>--reference</c>: schemas that use a referenced assembly's declarations (<c>using Diplomacy;</c> against the example's
/// assembly, built by the generator) are checked and locked as the build binds them, and only their own declarations are locked.
/// </summary>
public class ReferenceOptionTests
{
    private const string Archive = """
        namespace Archive;

        using Diplomacy;

        union Filed = Stored;

        event Stored {
          official: Official;
          country: CountryCode;
        }
        """;

    [Fact]
    public void Lock_and_check_read_the_declarations_of_a_referenced_assembly()
    {
        using var folder = new TemporaryFolder();
        folder.Write("archive.eventschema", Archive);

        // Without the reference, 'Diplomacy' is unknown and nothing is locked.
        var unresolved = CliRunner.Run(folder.Path, "lock");
        Assert.Equal(1, unresolved.ExitCode);
        Assert.Contains("archive.eventschema(3,7): error", unresolved.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "eventschema.lock.json")));

        var locked = CliRunner.Run(folder.Path, "lock", "--reference", CliRunner.ContractsAssemblyPath);
        Assert.True(locked.ExitCode == 0, locked.ToString());
        Assert.Contains("Wrote eventschema.lock.json (2 declarations, 2 versions).", locked.Output, StringComparison.Ordinal);
        string text = folder.Read("eventschema.lock.json");
        Assert.Contains("\"type\": \"Diplomacy.Official\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Archive.Filed\": {", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Diplomacy.Official\": {", text, StringComparison.Ordinal); // the referenced assembly's project locks it

        var check = CliRunner.Run(folder.Path, "check", "-r", CliRunner.ContractsAssemblyPath, "--against", "eventschema.lock.json");
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public void A_reference_that_is_missing_or_carries_no_schemas_is_a_usage_error()
    {
        using var folder = new TemporaryFolder();
        folder.Write("archive.eventschema", Archive);
        var missing = CliRunner.Run(folder.Path, "lock", "--reference", "nowhere.dll");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("reference 'nowhere.dll' does not exist", missing.Error, StringComparison.Ordinal);

        folder.Write("plain.dll", "not an assembly");
        var plain = CliRunner.Run(folder.Path, "check", "--reference", "plain.dll");
        Assert.Equal(2, plain.ExitCode);
        Assert.Contains("'plain.dll' carries no schema declarations", plain.Error, StringComparison.Ordinal);
    }
}
