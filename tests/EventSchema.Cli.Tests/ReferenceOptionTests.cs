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
    public void Every_export_reads_the_declarations_of_a_referenced_assembly()
    {
        using var folder = new TemporaryFolder();
        folder.Write("archive.eventschema", Archive);

        var unresolved = CliRunner.Run(folder.Path, "export", "jsonschema", "-o", "out");
        Assert.Equal(1, unresolved.ExitCode);
        Assert.Contains("nothing exported; fix the errors first", unresolved.Error, StringComparison.Ordinal);

        var jsonSchema = CliRunner.Run(folder.Path, "export", "jsonschema", "-r", CliRunner.ContractsAssemblyPath, "-o", "json");
        Assert.True(jsonSchema.ExitCode == 0, jsonSchema.ToString());
        // The referenced declarations are written into the schema that uses them, as the generator embeds it.
        Assert.Contains("\"Diplomacy.Official\": {", folder.Read("json/Archive.Stored.schema.json"), StringComparison.Ordinal);

        var asyncApi = CliRunner.Run(folder.Path, "export", "asyncapi", "--reference", CliRunner.ContractsAssemblyPath, "-o", "asyncapi");
        Assert.True(asyncApi.ExitCode == 0, asyncApi.ToString());
        Assert.Contains("\"Diplomacy.CountryCode\": {", folder.Read("asyncapi/schemas/Archive.Stored.schema.json"), StringComparison.Ordinal);

        var markdown = CliRunner.Run(folder.Path, "export", "markdown", "-r", CliRunner.ContractsAssemblyPath, "-o", "md");
        Assert.True(markdown.ExitCode == 0, markdown.ToString());
        string catalog = folder.Read("md/events.md");
        // The catalog has no section for a referenced declaration: it is named in full, not linked to nothing.
        Assert.Contains("| official | `official` | `Diplomacy.Official` | yes |", catalog, StringComparison.Ordinal);
        Assert.DoesNotContain("(#diplomacy", catalog, StringComparison.Ordinal);

        var missing = CliRunner.Run(folder.Path, "export", "markdown", "-r", "nowhere.dll");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("reference 'nowhere.dll' does not exist", missing.Error, StringComparison.Ordinal);
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

    [Fact]
    public void A_project_given_as_a_reference_stands_for_the_contracts_assemblies_it_references()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Schemas/archive.eventschema", Archive);
        // A project that references the contracts assembly by path, as a DLL.
        string lib = System.IO.Path.Combine(folder.Path, "lib");
        Directory.CreateDirectory(lib);
        File.Copy(CliRunner.ContractsAssemblyPath, System.IO.Path.Combine(lib, "DiplomaticEvents.dll"));
        const string project = """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup><Reference Include="DiplomaticEvents"><HintPath>lib/DiplomaticEvents.dll</HintPath></Reference></ItemGroup>
            </Project>
            """;
        folder.Write("Archive.csproj", project);

        var unrestored = CliRunner.Run(folder.Path, "check", "Schemas", "-r", "Archive.csproj");
        Assert.Equal(2, unrestored.ExitCode);
        Assert.Contains("'Archive.csproj' has not been restored", unrestored.Error, StringComparison.Ordinal);
        Assert.Contains("run 'dotnet restore Archive.csproj' first", unrestored.Error, StringComparison.Ordinal);

        folder.Write("obj/project.assets.json", """{ "version": 3, "targets": { "net10.0": {} }, "libraries": {}, "packageFolders": {} }""");
        var check = CliRunner.Run(folder.Path, "check", "Schemas", "-r", "Archive.csproj");
        Assert.True(check.ExitCode == 0, check.ToString());

        // The project and the assembly it stands for, given together, are one reference.
        var both = CliRunner.Run(folder.Path, "check", "Schemas", "-r", "Archive.csproj", "-r", "lib/DiplomaticEvents.dll");
        Assert.True(both.ExitCode == 0, both.ToString());

        folder.Write("Plain/Plain.csproj", """<Project Sdk="Microsoft.NET.Sdk" />""");
        folder.Write("Plain/obj/project.assets.json", """{ "version": 3, "targets": {}, "libraries": {}, "packageFolders": {} }""");
        var none = CliRunner.Run(folder.Path, "check", "Schemas", "-r", "Plain/Plain.csproj");
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("'Plain/Plain.csproj' references no assembly with schema declarations", none.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("project references", none.Error, StringComparison.Ordinal);

        // A service that reaches its contracts library through a project reference: the reference is named, with what to give instead.
        folder.Write("Service/Service.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup><ProjectReference Include="../Contracts/Contracts.csproj" /></ItemGroup>
            </Project>
            """);
        folder.Write("Service/obj/project.assets.json", """{ "version": 3, "targets": {}, "libraries": {}, "packageFolders": {} }""");
        var service = CliRunner.Run(folder.Path, "check", "Schemas", "-r", "Service/Service.csproj");
        Assert.Equal(2, service.ExitCode);
        Assert.Contains("Its project references ('../Contracts/Contracts.csproj') are not followed, since that needs MSBuild: give the referenced library's built assembly", service.Error, StringComparison.Ordinal);
    }
}
