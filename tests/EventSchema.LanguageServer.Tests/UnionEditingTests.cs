using System.Text.Json;

namespace EventSchema.LanguageServer.Tests;

/// <summary>The editor on unions: completion of the keyword and its decorators, hover, and rename through union members.</summary>
public class UnionEditingTests
{
    [Fact]
    public async Task Completion_offers_the_union_keyword_and_the_decorators_a_union_takes()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("extra.eventschema");
        string text = "namespace Diplomacy;\n\n@\nunion Envoys = GreetingsConveyed | RegardsConveyed;\n\n";
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));

        var decorators = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.PositionOf(text, "@\n", offset: 1)));
        var keywords = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.PositionOf(text, ";\n\n", offset: 3)));

        var decoratorLabels = Labels(decorators);
        Assert.Contains("discriminator", decoratorLabels);
        Assert.Contains("deprecated", decoratorLabels);
        Assert.DoesNotContain("discriminatorValue", decoratorLabels);
        // A union is versioned like a record (its members and discriminator are locked), but has no event type.
        Assert.Contains("version", decoratorLabels);
        Assert.Contains("compatibility", decoratorLabels);
        Assert.DoesNotContain("type", decoratorLabels);
        Assert.Contains("union", Labels(keywords));
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Hover_on_a_union_shows_its_members_and_their_discriminator_values()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);

        var hover = await server.RequestAsync("textDocument/hover",
            Lsp.At(workspace.UriOf("day.eventschema"), workspace.PositionOf("day.eventschema", "union DiplomaticEvent", offset: 8)));

        string markdown = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Contains("union Diplomacy.DiplomaticEvent = Diplomacy.CredentialsPresented | ", markdown);
        Assert.Contains("`\"diplomacy.regards-conveyed.v1\"` for RegardsConveyed", markdown);
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Renaming_an_event_renames_it_in_the_unions_that_list_it()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        var parameters = Lsp.At(workspace.UriOf("day.eventschema"), workspace.PositionOf("day.eventschema", "| RegardsConveyed", offset: 4));
        parameters["newName"] = "RegardsSent";

        var edit = await server.RequestAsync("textDocument/rename", parameters);

        var changes = edit.GetProperty("changes");
        foreach (string name in new[] { "day.eventschema", "regards.eventschema" })
        {
            string renamed = NavigationTests.Apply(workspace.Text(name), changes.GetProperty(workspace.UriOf(name)));
            Assert.Equal(0, NavigationTests.CountWord(renamed, "RegardsConveyed"));
            Assert.Equal(1, NavigationTests.CountWord(renamed, "RegardsSent"));
        }
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task A_union_that_lists_a_union_shows_it_on_hover_and_follows_its_rename()
    {
        using var workspace = new Workspace();
        workspace.Write("feed.eventschema", "namespace Diplomacy;\n\nrecord Note {\n  text: string;\n}\n\nunion Feed = DiplomaticEvent | Note;\n\nrecord Digest {\n  items: list<DiplomaticEvent | Note>;\n}\n");
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);

        var hover = await server.RequestAsync("textDocument/hover",
            Lsp.At(workspace.UriOf("feed.eventschema"), workspace.PositionOf("feed.eventschema", "union Feed", offset: 7)));
        string markdown = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Contains("Lists the union `Diplomacy.DiplomaticEvent`, whose members are its members", markdown);
        Assert.Contains("Diplomacy.CredentialsPresented | ", markdown);

        var parameters = Lsp.At(workspace.UriOf("feed.eventschema"), workspace.PositionOf("feed.eventschema", "= DiplomaticEvent", offset: 3));
        parameters["newName"] = "DayEvent";
        var edit = await server.RequestAsync("textDocument/rename", parameters);
        string renamed = NavigationTests.Apply(workspace.Text("feed.eventschema"), edit.GetProperty("changes").GetProperty(workspace.UriOf("feed.eventschema")));
        Assert.Equal(2, NavigationTests.CountWord(renamed, "DayEvent"));
        Assert.Equal(0, NavigationTests.CountWord(renamed, "DiplomaticEvent"));
        await server.ShutdownAsync();
    }

    private static List<string?> Labels(JsonElement list) => list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()).ToList();
}
