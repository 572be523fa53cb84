using System.Text.Json;
using System.Text.Json.Nodes;
using EventSchema.Language;
using EventSchema.Language.Text;

namespace EventSchema.LanguageServer.Tests;

public class FieldRenameTests
{
    [Fact]
    public async Task Renaming_a_field_updates_the_summary_templates_that_name_it_and_the_schemas_still_bind()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        var parameters = Lsp.At(workspace.UriOf("common.eventschema"), workspace.PositionOf("common.eventschema", "  name: string;", offset: 3));
        parameters["newName"] = "fullName";

        var edit = await server.RequestAsync("textDocument/rename", parameters);

        var changes = edit.GetProperty("changes");
        var renamed = Directory.GetFiles(workspace.Root, "*.eventschema").ToDictionary(f => f, f =>
        {
            string text = File.ReadAllText(f);
            return changes.TryGetProperty(new Uri(f).AbsoluteUri, out var edits) ? NavigationTests.Apply(text, edits) : text;
        });
        Assert.Contains("{ambassador.fullName} presented credentials to {receivedBy.fullName}", renamed[workspace.PathOf("credentials.eventschema")]);
        Assert.Contains("  fullName: string;", renamed[workspace.PathOf("common.eventschema")]);
        var compilation = SchemaCompilation.Create(renamed.Select(p => new SourceText(p.Key, p.Value)));
        Assert.Empty(compilation.Diagnostics);
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task A_summary_hole_leads_to_its_field_and_the_field_finds_its_holes()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string credentials = workspace.UriOf("credentials.eventschema");
        var hole = workspace.PositionOf("credentials.eventschema", "{receivedBy.name}", offset: 3);

        var hover = await server.RequestAsync("textDocument/hover", Lsp.At(credentials, hole.DeepClone().AsObject()));
        var definition = await server.RequestAsync("textDocument/definition", Lsp.At(credentials, hole.DeepClone().AsObject()));
        var parameters = Lsp.At(credentials, hole.DeepClone().AsObject());
        parameters["context"] = new JsonObject { ["includeDeclaration"] = false };
        var references = await server.RequestAsync("textDocument/references", parameters);

        Assert.Contains("receivedBy: Diplomacy.Official;", hover.GetProperty("contents").GetProperty("value").GetString());
        var target = Assert.Single(definition.EnumerateArray());
        Assert.Equal(workspace.PositionOf("credentials.eventschema", "receivedBy: Official")["line"]!.GetValue<int>(), target.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        var reference = Assert.Single(references.EnumerateArray());
        Assert.Equal(hole["line"]!.GetValue<int>(), reference.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        await server.ShutdownAsync();
    }
}
