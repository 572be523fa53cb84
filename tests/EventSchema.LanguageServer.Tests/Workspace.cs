using System.Text.Json.Nodes;

namespace EventSchema.LanguageServer.Tests;

/// <summary>A copy of the seed schemas in a temporary folder, so tests can add files without touching the repository.</summary>
internal sealed class Workspace : IDisposable
{
    public Workspace(bool withSeeds = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "eventschema-lsp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (!withSeeds) return;
        foreach (string file in Directory.GetFiles(TestPaths.SeedSchemas, "*.eventschema"))
            File.Copy(file, Path.Combine(Root, Path.GetFileName(file)));
    }

    public string Root { get; }

    public string PathOf(string name) => Path.Combine(Root, name);

    public string UriOf(string name) => new Uri(PathOf(name)).AbsoluteUri;

    public string Text(string name) => File.ReadAllText(PathOf(name));

    public void Write(string name, string text) => File.WriteAllText(PathOf(name), text);

    /// <summary>The 0-based LSP position of the <paramref name="occurrence"/>-th <paramref name="needle"/> in a file, plus <paramref name="offset"/> characters.</summary>
    public JsonObject PositionOf(string name, string needle, int occurrence = 1, int offset = 0)
        => Lsp.PositionOf(Text(name), needle, occurrence, offset);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Builders for LSP parameters.</summary>
internal static class Lsp
{
    public static JsonObject PositionOf(string text, string needle, int occurrence = 1, int offset = 0)
    {
        int index = -1;
        for (int i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            if (index < 0) throw new ArgumentException($"'{needle}' occurs fewer than {occurrence} times.");
        }
        index += offset;
        int line = 0, lineStart = 0;
        for (int i = 0; i < index; i++)
        {
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        }
        return Position(line, index - lineStart);
    }

    public static JsonObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    public static JsonObject Range(int startLine, int startCharacter, int endLine, int endCharacter)
        => new() { ["start"] = Position(startLine, startCharacter), ["end"] = Position(endLine, endCharacter) };

    public static JsonObject Document(string uri) => new() { ["uri"] = uri };

    public static JsonObject At(string uri, JsonObject position) => new() { ["textDocument"] = Document(uri), ["position"] = position };

    public static JsonObject Open(string uri, string text, int version = 1) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "eventschema", ["version"] = version, ["text"] = text },
    };

    public static JsonObject Change(string uri, int version, params JsonObject[] changes) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
        ["contentChanges"] = new JsonArray(changes),
    };

    public static JsonObject Edit(JsonObject range, string text) => new() { ["range"] = range, ["text"] = text };
}
