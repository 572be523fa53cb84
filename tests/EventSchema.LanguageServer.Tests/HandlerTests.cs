using EventSchema.LanguageServer.Handlers;
using EventSchema.LanguageServer.Protocol;
using Range = EventSchema.LanguageServer.Protocol.Range;

namespace EventSchema.LanguageServer.Tests;

/// <summary>Every LSP method's handler called in process, without JSON-RPC, over the seed schemas.</summary>
public class HandlerTests
{
    private const string Common = "common.eventschema";
    private const string Credentials = "credentials.eventschema";

    [Fact]
    public async Task Hover_describes_the_type_under_the_cursor()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);

        var hover = await new HoverHandler(harness.Session).HandleAsync(
            HandlerHarness.At(workspace.UriOf(Credentials), HandlerHarness.PositionOf(workspace.Text(Credentials), "ambassador: Official", offset: 14)), CancellationToken.None);

        Assert.NotNull(hover);
        Assert.Equal(MarkupKind.Markdown, hover.Contents.Kind);
        Assert.Contains("record Diplomacy.Official", hover.Contents.Value);
    }

    [Fact]
    public async Task Hover_on_a_collection_field_writes_item_rules_on_the_items_as_the_schema_does()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        string uri = workspace.UriOf("tags.eventschema");
        const string text = "namespace A;\nrecord Tagged {\n  @minItems(1) tags: list<@maxLength(10) string>;\n  labels: map<@pattern(\"^[a-z]+$\") string, @minimum(0) int>;\n}\n";
        await harness.OpenAsync(uri, text);

        var tags = await new HoverHandler(harness.Session).HandleAsync(HandlerHarness.At(uri, HandlerHarness.PositionOf(text, "tags:", offset: 1)), CancellationToken.None);
        var labels = await new HoverHandler(harness.Session).HandleAsync(HandlerHarness.At(uri, HandlerHarness.PositionOf(text, "labels:", offset: 1)), CancellationToken.None);

        Assert.StartsWith("```eventschema\n@minItems(1)\ntags: list<@maxLength(10) string>;\n```", tags!.Contents.Value, StringComparison.Ordinal);
        Assert.StartsWith("```eventschema\nlabels: map<@pattern(\"^[a-z]+$\") string, @minimum(0) int>;\n```", labels!.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_on_a_namespace_counts_its_declarations_and_those_of_the_namespaces_within_it()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        string uri = workspace.UriOf("protocol.eventschema");
        const string text = "namespace Embassy.Protocol;\nrecord Seat { row: int; }\n";
        await harness.OpenAsync(uri, text);

        var outer = await new HoverHandler(harness.Session).HandleAsync(HandlerHarness.At(uri, HandlerHarness.PositionOf(text, "Embassy", offset: 1)), CancellationToken.None);
        var inner = await new HoverHandler(harness.Session).HandleAsync(HandlerHarness.At(uri, HandlerHarness.PositionOf(text, "Protocol", offset: 1)), CancellationToken.None);

        Assert.EndsWith("0 declarations, and 1 declaration in the namespaces within it.", outer!.Contents.Value, StringComparison.Ordinal);
        Assert.EndsWith("\n\n1 declaration.", inner!.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_on_json_says_it_names_a_field_on_the_wire_and_how_an_enum_member_gets_its_value_instead()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        string uri = workspace.UriOf("ports.eventschema");
        const string text = "namespace A;\nrecord Port {\n  @json(\"port-code\") portCode: string;\n}\n";
        await harness.OpenAsync(uri, text);

        var hover = await new HoverHandler(harness.Session).HandleAsync(HandlerHarness.At(uri, HandlerHarness.PositionOf(text, "json", offset: 1)), CancellationToken.None);

        // The compiler refuses @json on an enum member (ES0032): the hover must not offer it there.
        Assert.StartsWith("```eventschema\n@json(\"wireName\")\n```\n\nThe name of the field on the wire", hover!.Contents.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("value of the enum member", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("`member = \"value\"`", hover.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Definition_and_references_find_the_declaration_and_its_uses()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        var at = HandlerHarness.At(workspace.UriOf(Credentials), HandlerHarness.PositionOf(workspace.Text(Credentials), "ambassador: Official", offset: 14));

        var definition = await new DefinitionHandler(harness.Session).HandleAsync(at, CancellationToken.None);
        var references = await new ReferencesHandler(harness.Session).HandleAsync(new ReferenceParams(at.TextDocument, at.Position, new ReferenceContext(IncludeDeclaration: true)), CancellationToken.None);

        var declaration = Assert.Single(definition!);
        Assert.Equal(workspace.UriOf(Common), declaration.Uri);
        Assert.Equal(HandlerHarness.PositionOf(workspace.Text(Common), "Official {").Line, declaration.Range.Start.Line);
        Assert.Contains(references!, r => r == declaration);
        Assert.Contains(references!, r => r.Uri == workspace.UriOf(Credentials));
    }

    [Fact]
    public async Task Rename_is_prepared_on_the_name_and_edits_every_file_that_uses_it()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        var at = HandlerHarness.At(workspace.UriOf(Common), HandlerHarness.PositionOf(workspace.Text(Common), "Official {", offset: 1));

        var prepared = await new PrepareRenameHandler(harness.Session).HandleAsync(at, CancellationToken.None);
        var edit = await new RenameHandler(harness.Session).HandleAsync(new RenameParams(at.TextDocument, at.Position, "Envoy"), CancellationToken.None);

        Assert.Equal("Official", prepared!.Placeholder);
        Assert.Contains(workspace.UriOf(Common), edit!.Changes.Keys);
        Assert.Contains(workspace.UriOf(Credentials), edit.Changes.Keys);
        Assert.All(edit.Changes.Values.SelectMany(e => e), e => Assert.Equal("Envoy", e.NewText));
    }

    [Theory]
    [InlineData("Official {", 1, "string", "would break the schema: 'string' is a built-in type name")]
    [InlineData("Official {", 1, "CountryCode", "would break the schema: ")]
    [InlineData("Official {", 1, "event", "'event' is a keyword")]
    [InlineData("  title?: string;", 3, "name", "would break the schema: ")]
    public async Task A_rename_that_would_break_the_schema_is_refused_with_the_reason(string near, int offset, string newName, string reason)
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        var at = HandlerHarness.At(workspace.UriOf(Common), HandlerHarness.PositionOf(workspace.Text(Common), near, offset: offset));

        var refused = await Assert.ThrowsAsync<StreamJsonRpc.LocalRpcException>(() => new RenameHandler(harness.Session).HandleAsync(new RenameParams(at.TextDocument, at.Position, newName), CancellationToken.None));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.Equal((int)StreamJsonRpc.Protocol.JsonRpcErrorCode.InvalidParams, refused.ErrorCode);
    }

    [Fact]
    public async Task A_field_may_be_renamed_to_a_keyword_as_the_language_allows()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        var at = HandlerHarness.At(workspace.UriOf(Common), HandlerHarness.PositionOf(workspace.Text(Common), "  title?: string;", offset: 3));

        var edit = await new RenameHandler(harness.Session).HandleAsync(new RenameParams(at.TextDocument, at.Position, "event"), CancellationToken.None);

        Assert.All(edit!.Changes.Values.SelectMany(e => e), e => Assert.Equal("event", e.NewText));
    }

    [Fact]
    public async Task Document_and_workspace_symbols_list_the_declarations_with_named_kinds()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);

        var outline = await new DocumentSymbolHandler(harness.Session).HandleAsync(new DocumentSymbolParams(new TextDocumentIdentifier(workspace.UriOf(Common))), CancellationToken.None);
        var found = await new WorkspaceSymbolHandler(harness.Session).HandleAsync(new WorkspaceSymbolParams("Official"), CancellationToken.None);

        Assert.Equal(SymbolKind.Struct, outline!.Single(s => s.Name == "CountryCode").Kind);
        Assert.Equal(SymbolKind.Enum, outline!.Single(s => s.Name == "CooperationArea").Kind);
        var official = outline!.Single(s => s.Name == "Official");
        Assert.Equal(SymbolKind.Class, official.Kind);
        Assert.All(official.Children!, f => Assert.Equal(SymbolKind.Field, f.Kind));
        Assert.Contains(found!, s => s.Name == "Official" && s.Kind == SymbolKind.Class);
    }

    [Fact]
    public async Task Completion_offers_types_after_a_colon()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        string uri = workspace.UriOf("draft.eventschema");
        const string text = "namespace Diplomacy;\n\nrecord Draft {\n  author: \n}\n";
        await harness.OpenAsync(uri, text);

        var list = await new CompletionHandler(harness.Session).HandleAsync(
            new CompletionParams(new TextDocumentIdentifier(uri), HandlerHarness.PositionOf(text, "author: ", offset: 8)), CancellationToken.None);

        Assert.Contains(list!.Items, i => i.Label == "Official" && i.Kind == CompletionItemKind.Class);
        var uuid = list.Items.Single(i => i.Label == "uuid");
        Assert.Equal(CompletionItemKind.Keyword, uuid.Kind);
        Assert.Equal(InsertTextFormat.Snippet, list.Items.Single(i => i.Label == "list").InsertTextFormat);
    }

    [Fact]
    public async Task After_a_dot_completion_offers_the_next_part_of_a_qualified_name()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        await harness.OpenAsync(workspace.UriOf("protocol.eventschema"), "namespace Embassy.Protocol;\nrecord Seat { row: int; }\n");
        string uri = workspace.UriOf("draft.eventschema");
        const string text = "namespace Drafts;\nusing Embassy.\nrecord Draft {\n  seat: Embassy.Protocol.\n}\n";
        await harness.OpenAsync(uri, text);

        var afterUsing = await new CompletionHandler(harness.Session).HandleAsync(
            new CompletionParams(new TextDocumentIdentifier(uri), HandlerHarness.PositionOf(text, "using Embassy.", offset: 14)), CancellationToken.None);
        var afterType = await new CompletionHandler(harness.Session).HandleAsync(
            new CompletionParams(new TextDocumentIdentifier(uri), HandlerHarness.PositionOf(text, "Embassy.Protocol.\n", offset: 17)), CancellationToken.None);

        Assert.Equal(["Protocol"], afterUsing!.Items.Select(i => i.Label));
        var seat = Assert.Single(afterType!.Items);
        Assert.Equal(("Seat", CompletionItemKind.Class), (seat.Label, seat.Kind));
    }

    [Fact]
    public async Task Formatting_returns_edits_that_lay_the_document_out()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        string uri = workspace.UriOf("messy.eventschema");
        const string messy = "namespace   Diplomacy;\nrecord Messy{a:string;}\n";
        await harness.OpenAsync(uri, messy);

        var edits = await new FormattingHandler(harness.Session).HandleAsync(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true)), CancellationToken.None);

        string formatted = NavigationTests.Apply(messy, System.Text.Json.JsonSerializer.SerializeToElement(edits, SchemaLanguageServer.CreateFormatter().JsonSerializerOptions));
        Assert.Equal("namespace Diplomacy;\n\nrecord Messy {\n  a: string;\n}\n", formatted);
    }

    [Fact]
    public async Task Code_actions_offer_the_suggested_name_as_a_quick_fix()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        string uri = workspace.UriOf("draft.eventschema");
        const string text = "namespace Diplomacy;\n\nevent Met {\n  host: Oficial;\n}\n";
        await harness.OpenAsync(uri, text);
        var document = harness.Session.Workspace.Find(uri)!;
        var diagnostics = harness.Session.Workspace.Compilation.GetDiagnostics(document.Path).Select(d => Features.DiagnosticsPublisher.ToLsp(document, d)).ToArray();

        var actions = await new CodeActionHandler(harness.Session).HandleAsync(
            new CodeActionParams(new TextDocumentIdentifier(uri), new Range(new Position(0, 0), new Position(5, 0)), new CodeActionContext(diagnostics)), CancellationToken.None);

        var fix = Assert.Single(actions!, a => a.IsPreferred);
        Assert.Equal(CodeActionKind.QuickFix, fix.Kind);
        Assert.Equal("Change to 'Official'", fix.Title);
        Assert.Equal("Official", Assert.Single(fix.Edit.Changes[uri]).NewText);
    }

    [Fact]
    public async Task Code_actions_carry_the_fixes_of_any_diagnostic_that_has_them()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        string uri = workspace.UriOf("draft.eventschema");
        const string text = "namespace Diplomacy;\n\nrecrod Draft {\n  a: string;\n}\n";
        await harness.OpenAsync(uri, text);
        var document = harness.Session.Workspace.Find(uri)!;
        var compiled = harness.Session.Workspace.Compilation.GetDiagnostics(document.Path).Where(d => d.Fixes.Count > 0).ToArray();
        var diagnostics = compiled.Select(d => Features.DiagnosticsPublisher.ToLsp(document, d)).ToArray();

        var actions = await new CodeActionHandler(harness.Session).HandleAsync(
            new CodeActionParams(new TextDocumentIdentifier(uri), new Range(new Position(0, 0), new Position(5, 0)), new CodeActionContext(diagnostics)), CancellationToken.None);

        Assert.NotEmpty(compiled);
        var fix = Assert.Single(actions!, a => a.IsPreferred);
        Assert.Equal(compiled[0].Fixes[0].Title, fix.Title);
        string fixedText = NavigationTests.Apply(text, System.Text.Json.JsonSerializer.SerializeToElement(fix.Edit.Changes[uri], SchemaLanguageServer.CreateFormatter().JsonSerializerOptions));
        Assert.Equal("namespace Diplomacy;\n\nrecord Draft {\n  a: string;\n}\n", fixedText);
    }

    [Fact]
    public async Task Folding_ranges_and_semantic_tokens_cover_the_document()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        var document = new TextDocumentIdentifier(workspace.UriOf(Common));

        var ranges = await new FoldingRangeHandler(harness.Session).HandleAsync(new FoldingRangeParams(document), CancellationToken.None);
        var tokens = await new SemanticTokensHandler(harness.Session).HandleAsync(new SemanticTokensParams(document), CancellationToken.None);

        Assert.Contains(ranges!, r => r.Kind is null && r.EndLine > r.StartLine);
        Assert.NotEmpty(tokens!.Data);
        Assert.Equal(0, tokens.Data.Count % 5);
    }

    [Fact]
    public async Task A_run_of_comments_on_the_first_lines_folds_from_line_zero()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        string uri = workspace.UriOf("first-lines.eventschema");
        await harness.OpenAsync(uri, "// one\n// two\nnamespace A;\nrecord R { x: int; }\n");

        var ranges = await new FoldingRangeHandler(harness.Session).HandleAsync(new FoldingRangeParams(new TextDocumentIdentifier(uri)), CancellationToken.None);

        var comments = Assert.Single(ranges!, r => r.Kind == FoldingRangeKind.Comment);
        Assert.Equal((0, 1), (comments.StartLine, comments.EndLine));
        Assert.All(ranges!, r => Assert.True(r.StartLine >= 0));
    }

    [Fact]
    public async Task Edits_reach_the_requests_queued_after_them_and_closing_restores_the_file_on_disk()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        string uri = workspace.UriOf(Common);
        string text = workspace.Text(Common);
        await harness.OpenAsync(uri, text);
        var start = HandlerHarness.PositionOf(text, "record Official", offset: 7);
        var outline = new DocumentSymbolHandler(harness.Session);

        new DidChangeHandler(harness.Session).Handle(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
            [new TextDocumentContentChangeEvent(new Range(start, start with { Character = start.Character + "Official".Length }), "Envoy")]));
        var changed = await outline.HandleAsync(new DocumentSymbolParams(new TextDocumentIdentifier(uri)), CancellationToken.None);
        new DidCloseHandler(harness.Session).Handle(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        var closed = await outline.HandleAsync(new DocumentSymbolParams(new TextDocumentIdentifier(uri)), CancellationToken.None);

        Assert.Contains(changed!, s => s.Name == "Envoy");
        Assert.DoesNotContain(closed!, s => s.Name == "Envoy");
        Assert.Contains(closed!, s => s.Name == "Official");
    }

    [Fact]
    public async Task Watched_files_created_and_deleted_on_disk_enter_and_leave_the_workspace_and_shutdown_then_exit_ends_cleanly()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        var watched = new DidChangeWatchedFilesHandler(harness.Session);
        var search = new WorkspaceSymbolHandler(harness.Session);
        workspace.Write("late.eventschema", "namespace Diplomacy;\n\nrecord Latecomer {\n  at: datetime;\n}\n");

        watched.Handle(new DidChangeWatchedFilesParams([new FileEvent(workspace.UriOf("late.eventschema"), FileChangeType.Created)]));
        var created = await search.HandleAsync(new WorkspaceSymbolParams("Latecomer"), CancellationToken.None);
        File.Delete(workspace.PathOf("late.eventschema"));
        watched.Handle(new DidChangeWatchedFilesParams([new FileEvent(workspace.UriOf("late.eventschema"), FileChangeType.Deleted)]));
        var deleted = await search.HandleAsync(new WorkspaceSymbolParams("Latecomer"), CancellationToken.None);
        await new ShutdownHandler(harness.Session).HandleAsync(CancellationToken.None);
        new ExitHandler(harness.Session).Handle();

        Assert.Contains(created!, s => s.Name == "Latecomer");
        Assert.DoesNotContain(deleted!, s => s.Name == "Latecomer");
        await harness.Session.ExitRequested.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(harness.Session.ShutdownRequested);
    }

    [Fact]
    public async Task A_request_cancelled_before_it_runs_is_answered_as_cancelled_and_a_running_one_sees_its_token()
    {
        using var workspace = new Workspace();
        await using var harness = await HandlerHarness.InitializeAsync(workspace.Root);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new HoverHandler(harness.Session).HandleAsync(
            HandlerHarness.At(workspace.UriOf(Common), new Position(0, 0)), cancellation.Token));
        bool sawCancellation = false;
        using var running = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Session.Read(token =>
        {
            running.Cancel();
            sawCancellation = token.IsCancellationRequested;
            token.ThrowIfCancellationRequested();
            return 0;
        }, running.Token));
        Assert.True(sawCancellation);
    }

    [Fact]
    public async Task Requests_before_initialize_are_refused_with_the_protocol_error_code()
    {
        var queue = new Server.RequestQueue(TextWriter.Null);
        var session = new Server.ServerSession(new EventSchema.LanguageServer.Workspace.SchemaWorkspace(TextWriter.Null), queue, TextWriter.Null);
        var running = queue.RunAsync();

        var error = await Assert.ThrowsAsync<StreamJsonRpc.LocalRpcException>(() => new HoverHandler(session).HandleAsync(
            HandlerHarness.At("file:///x.eventschema", new Position(0, 0)), CancellationToken.None));

        Assert.Equal(-32002, error.ErrorCode);
        queue.Complete();
        await running;
    }
}
