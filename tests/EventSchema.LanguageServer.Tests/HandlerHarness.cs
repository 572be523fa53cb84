using EventSchema.LanguageServer.Handlers;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using EventSchema.LanguageServer.Workspace;

namespace EventSchema.LanguageServer.Tests;

/// <summary>The server's session and queue without a connection: handlers are called as methods, in the test process.</summary>
internal sealed class HandlerHarness : IAsyncDisposable
{
    private readonly Task _queue;

    private HandlerHarness()
    {
        var queue = new RequestQueue(TextWriter.Null);
        Session = new ServerSession(new SchemaWorkspace(TextWriter.Null), queue, TextWriter.Null);
        _queue = queue.RunAsync();
    }

    public ServerSession Session { get; }

    public static async Task<HandlerHarness> InitializeAsync(string rootFolder)
    {
        var harness = new HandlerHarness();
        await new InitializeHandler(harness.Session).HandleAsync(new InitializeParams(null, new Uri(rootFolder).AbsoluteUri, null, null, null), CancellationToken.None);
        return harness;
    }

    /// <summary>The LSP position of the <paramref name="occurrence"/>-th <paramref name="needle"/> in <paramref name="text"/>, plus <paramref name="offset"/> characters.</summary>
    public static Position PositionOf(string text, string needle, int occurrence = 1, int offset = 0)
    {
        var position = Lsp.PositionOf(text, needle, occurrence, offset);
        return new Position((int)position["line"]!, (int)position["character"]!);
    }

    public static TextDocumentPositionParams At(string uri, Position position) => new(new TextDocumentIdentifier(uri), position);

    /// <summary>Opens a document and waits until the queue has applied it.</summary>
    public async Task OpenAsync(string uri, string text)
    {
        new DidOpenHandler(Session).Handle(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "eventschema", 1, text)));
        await Session.Read(_ => 0, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        Session.Queue.Complete();
        await _queue.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
