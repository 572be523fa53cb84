namespace EventSchema.LanguageServer.Tests;

/// <summary>
/// A solution folder with a contracts library and a service in projects of their own: the service's schemas use the
/// library's namespace, and the editor resolves, describes and navigates those names across the project folders.
/// </summary>
public class ContractsWorkspaceTests
{
    private const string Common = "MiddleCorridor.Contracts/Schemas/common.eventschema";
    private const string Freight = "FreightService/Schemas/freight.eventschema";

    private static Workspace CreateSolution()
    {
        var workspace = new Workspace(withSeeds: false);
        Directory.CreateDirectory(Path.GetDirectoryName(workspace.PathOf(Common))!);
        Directory.CreateDirectory(Path.GetDirectoryName(workspace.PathOf(Freight))!);
        workspace.Write(Common, """
            namespace MiddleCorridor.Common;

            /// A Caspian or Black Sea port on the Middle Corridor.
            record Port {
              @minLength(1) name: string;
            }
            """);
        workspace.Write(Freight, """
            namespace MiddleCorridor.Freight;

            using MiddleCorridor.Common;

            event ShipmentBooked {
              origin: Port;
            }
            """);
        return workspace;
    }

    [Fact]
    public async Task A_service_schema_using_the_contracts_namespace_has_no_diagnostics_and_navigates_into_the_library()
    {
        using var workspace = CreateSolution();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf(Freight);
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, workspace.Text(Freight)));
        await server.WaitForDiagnosticsAsync(uri, d => d.GetArrayLength() == 0);

        var hover = await server.RequestAsync("textDocument/hover", Lsp.At(uri, workspace.PositionOf(Freight, "origin: Port", offset: 9)));
        string markdown = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Contains("record MiddleCorridor.Common.Port", markdown);
        Assert.Contains("A Caspian or Black Sea port on the Middle Corridor.", markdown);

        var locations = await server.RequestAsync("textDocument/definition", Lsp.At(uri, workspace.PositionOf(Freight, "origin: Port", offset: 9)));
        var location = Assert.Single(locations.EnumerateArray());
        Assert.Equal(workspace.UriOf(Common), location.GetProperty("uri").GetString());
        Assert.Equal(workspace.PositionOf(Common, "record Port")["line"]!.GetValue<int>(), location.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        await server.ShutdownAsync();
    }
}
