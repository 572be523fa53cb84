using System.Text.Json.Nodes;
using EventSchema.Language;
using EventSchema.Language.Evolution;
using EventSchema.Language.Text;
using EventSchema.LanguageServer.Features;
using EventSchema.LanguageServer.Handlers;
using EventSchema.LanguageServer.Protocol;

namespace EventSchema.LanguageServer.Tests;

/// <summary>Breaking changes against the workspace's <c>eventschema.lock.json</c>, reported as you type.</summary>
public class EvolutionDiagnosticsTests
{
    private const string Published = "namespace Shop;\n\nevent OrderPlaced {\n  orderId: string;\n  quantity: int;\n}\n";

    /// <summary>A workspace whose schemas sit in <c>schemas/</c> under a project folder holding the lock of <see cref="Published"/>.</summary>
    private static Workspace CreateProject(out string schemaName)
    {
        var workspace = new Workspace(withSeeds: false);
        Directory.CreateDirectory(workspace.PathOf("schemas"));
        schemaName = Path.Combine("schemas", "orders.eventschema");
        workspace.Write(schemaName, Published);
        workspace.Write(SchemaLock.DefaultFileName, LockOf(workspace.PathOf(schemaName), Published));
        return workspace;
    }

    private static string LockOf(string path, string text)
        => SchemaLock.FromCompilation(SchemaCompilation.Create([new SourceText(path, text)])).Write();

    /// <summary>Runs the publisher on the queue, as the server does when it is idle, and returns what it sent by URI.</summary>
    private static async Task<Dictionary<string, PublishDiagnosticsParams>> PublishAsync(HandlerHarness harness, DiagnosticsPublisher publisher, List<PublishDiagnosticsParams> sent)
    {
        sent.Clear();
        await harness.Session.Read(_ => { publisher.Publish(); return 0; }, CancellationToken.None);
        return sent.ToDictionary(p => p.Uri);
    }

    private static async Task EditAsync(HandlerHarness harness, string uri, int version, string text)
    {
        new DidChangeHandler(harness.Session).Handle(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), [new TextDocumentContentChangeEvent(null, text)]));
        await harness.Session.Read(_ => 0, CancellationToken.None);
    }

    [Fact]
    public async Task A_breaking_edit_is_reported_at_the_edited_token_and_a_compatible_one_is_not()
    {
        using var workspace = CreateProject(out string schemaName);
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        var sent = new List<PublishDiagnosticsParams>();
        var publisher = new DiagnosticsPublisher(harness.Session.Workspace, sent.Add);
        string uri = workspace.UriOf(schemaName);
        await harness.OpenAsync(uri, Published);

        var first = await PublishAsync(harness, publisher, sent);
        Assert.Empty(first[uri].Diagnostics);
        Assert.Empty(first[workspace.UriOf(SchemaLock.DefaultFileName)].Diagnostics);

        string breaking = Published.Replace("quantity: int", "quantity: string");
        await EditAsync(harness, uri, 2, breaking);
        var diagnostic = Assert.Single((await PublishAsync(harness, publisher, sent))[uri].Diagnostics);
        Assert.Matches("^ES07[3-6][0-9]$", diagnostic.Code);
        Assert.Equal(LspDiagnosticSeverity.Error, diagnostic.Severity);
        var start = HandlerHarness.PositionOf(breaking, "string", occurrence: 2);
        Assert.Equal(start.Line, diagnostic.Range.Start.Line);
        Assert.InRange(start.Character, diagnostic.Range.Start.Character, diagnostic.Range.End.Character);

        // The next version adds an optional field and keeps the published one as it was: nothing breaks.
        string compatible = Published.Replace("event OrderPlaced {", "@version(2)\nevent OrderPlaced {").Replace("quantity: int;", "quantity: int;\n  @added(2) note?: string;");
        await EditAsync(harness, uri, 3, compatible);
        var published = await PublishAsync(harness, publisher, sent);
        Assert.Empty(published[uri].Diagnostics);
        Assert.Empty(harness.Session.Workspace.Compilation.Diagnostics);
    }

    [Fact]
    public async Task Editing_the_lock_file_updates_the_diagnostics_without_a_schema_edit()
    {
        using var workspace = CreateProject(out string schemaName);
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        var sent = new List<PublishDiagnosticsParams>();
        var publisher = new DiagnosticsPublisher(harness.Session.Workspace, sent.Add);
        string uri = workspace.UriOf(schemaName);
        string lockUri = workspace.UriOf(SchemaLock.DefaultFileName);
        string breaking = Published.Replace("quantity: int", "quantity: string");
        await harness.OpenAsync(uri, breaking);
        Assert.Single((await PublishAsync(harness, publisher, sent))[uri].Diagnostics);

        // The lock is written again from the edited schema (as the build's lock target does): the break is accepted.
        workspace.Write(SchemaLock.DefaultFileName, LockOf(workspace.PathOf(schemaName), breaking));
        var accepted = await PublishAsync(harness, publisher, sent);
        Assert.Empty(accepted[uri].Diagnostics);

        // A lock that is not JSON reports ES0720 on the lock file itself.
        workspace.Write(SchemaLock.DefaultFileName, "{ \"formatVersion\": ");
        var broken = await PublishAsync(harness, publisher, sent);
        Assert.Equal("ES0720", Assert.Single(broken[lockUri].Diagnostics).Code);
        Assert.DoesNotContain(uri, broken.Keys);

        // Deleting the lock clears what was published on it.
        File.Delete(workspace.PathOf(SchemaLock.DefaultFileName));
        var deleted = await PublishAsync(harness, publisher, sent);
        Assert.Empty(deleted[lockUri].Diagnostics);
    }

    [Fact]
    public async Task The_nearest_lock_governs_and_none_is_looked_up_above_the_workspace_folder()
    {
        using var outer = new Workspace(withSeeds: false);
        // A lock above the workspace folder that would break the schema: it must be ignored.
        outer.Write(SchemaLock.DefaultFileName, LockOf(outer.PathOf("orders.eventschema"), Published.Replace("quantity: int", "quantity: bool")));
        string root = outer.PathOf("repo");
        Directory.CreateDirectory(Path.Combine(root, "a", "schemas"));
        Directory.CreateDirectory(Path.Combine(root, "b"));
        string inA = Path.Combine(root, "a", "schemas", "orders.eventschema");
        string inB = Path.Combine(root, "b", "refunds.eventschema");
        File.WriteAllText(inA, Published.Replace("quantity: int", "quantity: string"));
        File.WriteAllText(inB, "namespace Refunds;\n\nevent RefundIssued {\n  amount: long;\n}\n");
        File.WriteAllText(Path.Combine(root, "a", SchemaLock.DefaultFileName), LockOf(inA, Published));

        await using var harness = await HandlerHarness.InitializeAsync(root);
        var sent = new List<PublishDiagnosticsParams>();
        var published = await PublishAsync(harness, new DiagnosticsPublisher(harness.Session.Workspace, sent.Add), sent);

        Assert.Single(published[new Uri(inA).AbsoluteUri].Diagnostics);
        Assert.Empty(published[new Uri(inB).AbsoluteUri].Diagnostics);
        Assert.DoesNotContain(new Uri(outer.PathOf(SchemaLock.DefaultFileName)).AbsoluteUri, published.Keys);
    }

    [Fact]
    public async Task The_server_process_reports_a_break_and_reads_the_lock_again_when_it_changes()
    {
        using var workspace = CreateProject(out string schemaName);
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf(schemaName);
        string lockUri = workspace.UriOf(SchemaLock.DefaultFileName);
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, Published));
        await server.WaitForDiagnosticsAsync(uri, d => d.GetArrayLength() == 0);

        // Type "bool" over "int", as the editor sends it: no reader of version 1 accepts that change.
        var start = Lsp.PositionOf(Published, "int;");
        var end = Lsp.PositionOf(Published, "int;", offset: 3);
        await server.NotifyAsync("textDocument/didChange", Lsp.Change(uri, 2, Lsp.Edit(new JsonObject { ["start"] = start.DeepClone(), ["end"] = end.DeepClone() }, "bool")));
        var diagnostics = await server.WaitForDiagnosticsAsync(uri, d => d.GetArrayLength() > 0);
        var error = Assert.Single(diagnostics.EnumerateArray());
        Assert.StartsWith("ES07", error.GetProperty("code").GetString());
        Assert.Equal(start["line"]!.GetValue<int>(), error.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());

        workspace.Write(SchemaLock.DefaultFileName, "[]");
        await server.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = lockUri, ["type"] = (int)FileChangeType.Changed }),
        });
        var onLock = await server.WaitForDiagnosticsAsync(lockUri, d => d.GetArrayLength() > 0);
        Assert.Equal("ES0721", Assert.Single(onLock.EnumerateArray()).GetProperty("code").GetString());
        await server.WaitForDiagnosticsAsync(uri, d => d.GetArrayLength() == 0);
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Completion_offers_the_history_decorators_on_a_field()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        string uri = workspace.UriOf("draft.eventschema");
        const string text = "namespace Diplomacy;\n\n@version(2)\nrecord Draft {\n  @\n  author: string;\n}\n";
        await harness.OpenAsync(uri, text);

        var list = await new CompletionHandler(harness.Session).HandleAsync(
            new CompletionParams(new TextDocumentIdentifier(uri), HandlerHarness.PositionOf(text, "  @\n", offset: 3)), CancellationToken.None);

        var labels = list!.Items.Select(i => i.Label).ToHashSet();
        Assert.Superset(new HashSet<string> { "added", "removed", "renamedFrom", "typeChangedFrom", "madeOptional", "madeRequired" }, labels);
        // A declaration-only decorator is not offered on a field.
        Assert.DoesNotContain("compatibility", labels);
    }
}
