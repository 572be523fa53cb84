using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventSchema.LanguageServer.Tests;

/// <summary>
/// A service whose schemas use a contracts library it has only as a compiled assembly, a package or a DLL, as the
/// build sees it: the editor reads the assembly's schema declarations from the project's restore output or project
/// file, so it reports what the build reports. The contracts assembly is the example app, built with the generator
/// from the seed schemas (namespace <c>Diplomacy</c>).
/// </summary>
public class ContractAssembliesTests
{
    private const string Schema = "Embassy/Schemas/arrivals.eventschema";
    private const string Project = "Embassy/Embassy.csproj";
    private const string Assets = "Embassy/obj/project.assets.json";

    private static Workspace CreateService(string projectFile)
    {
        var workspace = new Workspace(withSeeds: false);
        Directory.CreateDirectory(Path.GetDirectoryName(workspace.PathOf(Schema))!);
        workspace.Write(Project, projectFile);
        workspace.Write(Schema, """
            namespace Embassy;

            using Diplomacy;

            event EnvoyArrived {
              envoy: Official;
              country: CountryCode;
            }
            """);
        return workspace;
    }

    private const string PlainProject = """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""";

    /// <summary>What a restore writes for a package reference to a contracts package that depends on EventSchema.</summary>
    private static void RestoreContractsPackage(Workspace workspace)
    {
        string packages = workspace.PathOf("packages");
        string lib = Path.Combine(packages, "diplomatic.contracts", "2.1.0", "lib", "net10.0");
        Directory.CreateDirectory(lib);
        File.Copy(TestPaths.ContractsAssemblyPath, Path.Combine(lib, "DiplomaticEvents.dll"));
        Directory.CreateDirectory(Path.GetDirectoryName(workspace.PathOf(Assets))!);
        var assets = new JsonObject
        {
            ["version"] = 3,
            ["targets"] = new JsonObject
            {
                ["net10.0"] = new JsonObject
                {
                    ["Diplomatic.Contracts/2.1.0"] = new JsonObject
                    {
                        ["type"] = "package",
                        ["dependencies"] = new JsonObject { ["EventSchema"] = "1.0.0" },
                        ["compile"] = new JsonObject { ["lib/net10.0/DiplomaticEvents.dll"] = new JsonObject() },
                    },
                    ["EventSchema/1.0.0"] = new JsonObject
                    {
                        ["type"] = "package",
                        ["compile"] = new JsonObject { ["lib/net8.0/EventSchema.Runtime.dll"] = new JsonObject() },
                    },
                },
            },
            ["libraries"] = new JsonObject
            {
                ["Diplomatic.Contracts/2.1.0"] = new JsonObject { ["type"] = "package", ["path"] = "diplomatic.contracts/2.1.0" },
                ["EventSchema/1.0.0"] = new JsonObject { ["type"] = "package", ["path"] = "eventschema/1.0.0" },
            },
            ["packageFolders"] = new JsonObject { [packages + Path.DirectorySeparatorChar] = new JsonObject() },
        };
        workspace.Write(Assets, assets.ToJsonString());
    }

    private static string[] CodesOf(JsonElement diagnostics) => diagnostics.EnumerateArray().Select(d => d.GetProperty("code").GetString()!).ToArray();

    [Fact]
    public async Task A_contracts_package_restored_after_the_editor_opened_resolves_the_schema_names_it_declares()
    {
        using var workspace = CreateService(PlainProject);
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf(Schema);
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, workspace.Text(Schema)));
        // Not restored yet: the namespace is unknown, as it is to a build that cannot restore.
        await server.WaitForDiagnosticsAsync(uri, d => CodesOf(d).Contains("ES0028"));

        RestoreContractsPackage(workspace);
        await server.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = workspace.UriOf(Assets), ["type"] = 1 }),
        });
        await server.WaitForDiagnosticsAsync(uri, d => d.GetArrayLength() == 0);

        var hover = await server.RequestAsync("textDocument/hover", Lsp.At(uri, workspace.PositionOf(Schema, "envoy: Official", offset: 8)));
        string markdown = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Contains("record Diplomacy.Official", markdown);
        Assert.Contains("DiplomaticEvents", markdown);
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task A_declaration_of_a_compiled_assembly_is_not_renamed_from_a_file_that_uses_it()
    {
        using var workspace = CreateService(PlainProject);
        RestoreContractsPackage(workspace);
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf(Schema);
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, workspace.Text(Schema)));
        await server.WaitForDiagnosticsAsync(uri, d => d.GetArrayLength() == 0);

        var at = Lsp.At(uri, workspace.PositionOf(Schema, "envoy: Official", offset: 8));
        var prepare = await Assert.ThrowsAsync<LspErrorException>(() => server.RequestAsync("textDocument/prepareRename", at.DeepClone()));
        Assert.Contains("'Official' is declared by the compiled assembly 'DiplomaticEvents'", prepare.Message);
        at["newName"] = "Envoy";
        var rename = await Assert.ThrowsAsync<LspErrorException>(() => server.RequestAsync("textDocument/rename", at));
        Assert.Contains("rename it in that library's schema files", rename.Message);
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task A_contracts_dll_referenced_by_path_in_the_project_file_resolves_the_schema_names_it_declares()
    {
        using var workspace = CreateService("""
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <Reference Include="DiplomaticEvents"><HintPath>..\lib\DiplomaticEvents.dll</HintPath></Reference>
              </ItemGroup>
            </Project>
            """);
        Directory.CreateDirectory(workspace.PathOf("lib"));
        File.Copy(TestPaths.ContractsAssemblyPath, workspace.PathOf("lib/DiplomaticEvents.dll"));
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf(Schema);
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, workspace.Text(Schema)));
        await server.WaitForDiagnosticsAsync(uri, d => d.GetArrayLength() == 0);
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task A_contracts_library_whose_project_is_in_the_workspace_is_read_from_its_schema_files_not_its_assembly()
    {
        using var workspace = CreateService(PlainProject);
        RestoreContractsPackage(workspace);
        // The library's own project and schema files beside the service, as in a solution folder.
        Directory.CreateDirectory(workspace.PathOf("DiplomaticEvents"));
        workspace.Write("DiplomaticEvents/DiplomaticEvents.csproj", PlainProject);
        foreach (string file in Directory.GetFiles(TestPaths.SeedSchemas, "*.eventschema"))
            File.Copy(file, workspace.PathOf(Path.Combine("DiplomaticEvents", Path.GetFileName(file))));
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf(Schema);
        string common = workspace.UriOf("DiplomaticEvents/common.eventschema");
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, workspace.Text(Schema)));
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(common, workspace.Text("DiplomaticEvents/common.eventschema")));
        await server.WaitForDiagnosticsAsync(uri, d => d.GetArrayLength() == 0);
        // No "already declared by the assembly" on the library's own declarations.
        await server.WaitForDiagnosticsAsync(common, d => d.GetArrayLength() == 0);

        var locations = await server.RequestAsync("textDocument/definition", Lsp.At(uri, workspace.PositionOf(Schema, "envoy: Official", offset: 8)));
        Assert.Equal(common, Assert.Single(locations.EnumerateArray()).GetProperty("uri").GetString());
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Completion_and_the_add_using_fix_offer_the_declarations_of_a_contracts_package()
    {
        using var workspace = CreateService(PlainProject);
        RestoreContractsPackage(workspace);
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf(Schema);
        const string text = "namespace Embassy;\n\nevent EnvoyArrived {\n  envoy: Official;\n  country: \n}\n";
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));
        var diagnostics = await server.WaitForDiagnosticsAsync(uri, d => CodesOf(d).Contains("ES0020"));

        var list = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.PositionOf(text, "country: ", offset: 9)));
        var labels = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()).ToList();
        Assert.Contains("Diplomacy.CountryCode", labels);

        var actions = await server.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = Lsp.Document(uri),
            ["range"] = Lsp.Range(0, 0, 6, 0),
            ["context"] = new JsonObject { ["diagnostics"] = JsonNode.Parse(diagnostics.GetRawText()) },
        });
        var titles = actions.EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Contains("Add 'using Diplomacy;'", titles);
        await server.ShutdownAsync();
    }
}
