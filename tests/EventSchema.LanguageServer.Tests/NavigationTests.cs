using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventSchema.LanguageServer.Tests;

public class NavigationTests
{
    [Fact]
    public async Task Hover_on_a_type_shows_its_declaration_and_doc_comment()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);

        var hover = await server.RequestAsync("textDocument/hover",
            Lsp.At(workspace.UriOf("credentials.eventschema"), workspace.PositionOf("credentials.eventschema", "ambassador: Official", offset: 14)));

        string markdown = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Contains("record Diplomacy.Official", markdown);
        Assert.Contains("A person acting in an official capacity.", markdown);
        Assert.Contains("country: Diplomacy.CountryCode;", markdown);
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Hover_on_a_field_shows_its_resolved_type_and_constraints()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);

        var hover = await server.RequestAsync("textDocument/hover",
            Lsp.At(workspace.UriOf("common.eventschema"), workspace.PositionOf("common.eventschema", "name: string", offset: 1)));

        string markdown = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Contains("@minLength(1)", markdown);
        Assert.Contains("@maxLength(200)", markdown);
        Assert.Contains("name: string;", markdown);
        Assert.Contains("Full name as published by the source.", markdown);
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Definition_jumps_across_files_to_the_declared_name()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);

        var locations = await server.RequestAsync("textDocument/definition",
            Lsp.At(workspace.UriOf("credentials.eventschema"), workspace.PositionOf("credentials.eventschema", "list<Attribution>", offset: 7)));

        var location = Assert.Single(locations.EnumerateArray());
        Assert.Equal(workspace.UriOf("common.eventschema"), location.GetProperty("uri").GetString());
        var expected = workspace.PositionOf("common.eventschema", "record Attribution", offset: 7);
        Assert.Equal(expected["line"]!.GetValue<int>(), location.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(expected["character"]!.GetValue<int>(), location.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(expected["character"]!.GetValue<int>() + "Attribution".Length, location.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32());
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task References_are_found_in_every_file()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        var parameters = Lsp.At(workspace.UriOf("common.eventschema"), workspace.PositionOf("common.eventschema", "record Official", offset: 8));
        parameters["context"] = new JsonObject { ["includeDeclaration"] = true };

        var references = await server.RequestAsync("textDocument/references", parameters);

        int uses = Directory.GetFiles(workspace.Root, "*.eventschema").Sum(f => CountWord(File.ReadAllText(f), "Official"));
        Assert.Equal(uses, references.GetArrayLength());
        Assert.Contains(references.EnumerateArray(), r => r.GetProperty("uri").GetString() == workspace.UriOf("credentials.eventschema"));
        Assert.Contains(references.EnumerateArray(), r => r.GetProperty("uri").GetString() == workspace.UriOf("common.eventschema"));
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Rename_changes_the_declaration_and_every_use_across_files()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        var at = workspace.PositionOf("credentials.eventschema", "receivedBy: Official", offset: 13);

        var prepared = await server.RequestAsync("textDocument/prepareRename", Lsp.At(workspace.UriOf("credentials.eventschema"), at.DeepClone().AsObject()));
        Assert.Equal("Official", prepared.GetProperty("placeholder").GetString());

        var parameters = Lsp.At(workspace.UriOf("credentials.eventschema"), at.DeepClone().AsObject());
        parameters["newName"] = "Envoy";
        var edit = await server.RequestAsync("textDocument/rename", parameters);

        var changes = edit.GetProperty("changes");
        foreach (string file in Directory.GetFiles(workspace.Root, "*.eventschema"))
        {
            string text = File.ReadAllText(file);
            int uses = CountWord(text, "Official");
            if (uses == 0) continue;
            string renamed = Apply(text, changes.GetProperty(new Uri(file).AbsoluteUri));
            Assert.Equal(0, CountWord(renamed, "Official"));
            Assert.Equal(uses, CountWord(renamed, "Envoy"));
            File.WriteAllText(file, renamed);
        }
        var compilation = EventSchema.Language.SchemaCompilation.Create(
            Directory.GetFiles(workspace.Root, "*.eventschema").Select(f => new EventSchema.Language.Text.SourceText(f, File.ReadAllText(f))));
        Assert.Empty(compilation.Diagnostics);

        var keyword = Lsp.At(workspace.UriOf("credentials.eventschema"), at.DeepClone().AsObject());
        keyword["newName"] = "record";
        var refused = await Assert.ThrowsAsync<LspErrorException>(() => server.RequestAsync("textDocument/rename", keyword));
        Assert.Contains("is a keyword", refused.Message);
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Document_symbols_list_declarations_with_their_fields_and_members()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);

        var symbols = await server.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = Lsp.Document(workspace.UriOf("common.eventschema")) });

        var names = symbols.EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Equal(["CountryCode", "Official", "Occurrence", "Attribution", "CooperationArea"], names.Take(5));
        var official = symbols.EnumerateArray().First(s => s.GetProperty("name").GetString() == "Official");
        Assert.Equal(["name", "title", "country"], official.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var area = symbols.EnumerateArray().First(s => s.GetProperty("name").GetString() == "CooperationArea");
        Assert.Contains("humanitarian", area.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        await server.ShutdownAsync();
    }

    /// <summary>How often <paramref name="word"/> appears as a whole word outside line comments.</summary>
    internal static int CountWord(string text, string word)
        => text.Split('\n').Sum(line => System.Text.RegularExpressions.Regex.Matches(line.Split("//")[0], $@"\b{word}\b").Count);

    internal static string Apply(string text, JsonElement edits)
    {
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++) if (text[i] == '\n') lineStarts.Add(i + 1);
        int Offset(JsonElement p) => lineStarts[p.GetProperty("line").GetInt32()] + p.GetProperty("character").GetInt32();
        foreach (var edit in edits.EnumerateArray().OrderByDescending(e => Offset(e.GetProperty("range").GetProperty("start"))))
        {
            int start = Offset(edit.GetProperty("range").GetProperty("start"));
            int end = Offset(edit.GetProperty("range").GetProperty("end"));
            text = text[..start] + edit.GetProperty("newText").GetString() + text[end..];
        }
        return text;
    }
}
