using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using EventSchema.LanguageServer.Features;
using EventSchema.LanguageServer.Handlers;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using EventSchema.LanguageServer.Workspace;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace EventSchema.LanguageServer;

/// <summary>
/// The language server: a StreamJsonRpc endpoint over the LSP base protocol with one handler object per LSP method.
/// Handlers are entered one at a time in arrival order and queue their work on one <see cref="RequestQueue"/>,
/// which keeps edits and the requests that read them in order while <c>$/cancelRequest</c> still reaches a
/// request's cancellation token.
/// </summary>
internal sealed class SchemaLanguageServer : IDisposable
{
    private readonly JsonRpc _rpc;
    private readonly ServerSession _session;
    private readonly DiagnosticsPublisher _diagnostics;
    private readonly List<PublishDiagnosticsParams> _outgoing = [];

    public SchemaLanguageServer(Stream input, Stream output, TextWriter log)
    {
        var queue = new RequestQueue(log);
        _session = new ServerSession(new SchemaWorkspace(log), queue, log);
        _rpc = new LspJsonRpc(new LspMessageHandler(output, input, CreateFormatter(), log))
        {
            // Handlers start in the order their messages arrived; their work then runs on the queue.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            // Protocol failures (an answer that cannot be written, a handler that throws) land in the server's log.
            TraceSource = new TraceSource("EventSchema.LanguageServer", SourceLevels.Warning) { Listeners = { new TextWriterTraceListener(log) { Filter = new ExpectedRefusalFilter() } } },
        };
        foreach (object handler in CreateHandlers(_session)) _rpc.AddLocalRpcTarget(handler);
        _diagnostics = new DiagnosticsPublisher(_session.Workspace, _outgoing.Add, log);
        queue.Idle = PublishDiagnosticsAsync;
    }

    /// <summary>The shared state and work queue, for tests that drive the server in process.</summary>
    internal ServerSession Session => _session;

    /// <summary>The serializer settings of the protocol: camelCase names, absent rather than null members.</summary>
    public static SystemTextJsonFormatter CreateFormatter() => new()
    {
        JsonSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        },
    };

    /// <summary>One handler per LSP method the server answers.</summary>
    private static IEnumerable<object> CreateHandlers(ServerSession session) =>
    [
        new InitializeHandler(session), new InitializedHandler(session), new ShutdownHandler(session), new ExitHandler(session),
        new SetTraceHandler(), new DidChangeConfigurationHandler(), new DidChangeWatchedFilesHandler(session),
        new DidOpenHandler(session), new DidChangeHandler(session), new DidCloseHandler(session), new DidSaveHandler(),
        new HoverHandler(session), new DefinitionHandler(session), new ReferencesHandler(session),
        new PrepareRenameHandler(session), new RenameHandler(session), new DocumentSymbolHandler(session),
        new CompletionHandler(session), new FormattingHandler(session), new CodeActionHandler(session),
        new WorkspaceSymbolHandler(session), new FoldingRangeHandler(session), new SemanticTokensHandler(session),
    ];

    /// <summary>Serves until the client sends <c>exit</c> or closes the stream; 0 when <c>shutdown</c> came first.</summary>
    public async Task<int> RunAsync()
    {
        var queue = _session.Queue.RunAsync();
        _rpc.StartListening();
        await Task.WhenAny(_rpc.Completion, _session.ExitRequested.Task).ConfigureAwait(false);
        _session.Queue.Complete();
        await queue.ConfigureAwait(false);
        _rpc.Dispose();
        return _session.ShutdownRequested ? 0 : 1;
    }

    public void Dispose() => _rpc.Dispose();

    /// <summary>
    /// Asks a client that watches files only on request to send changes to schema and lock files made outside the editor
    /// (a branch switch, a generated lock), and to project files and restore outputs (a contracts package added). Not awaited by the queue: a client slow to answer holds nothing up.
    /// </summary>
    private async Task RegisterFileWatchersAsync()
    {
        var watchers = new DidChangeWatchedFilesRegistrationOptions(
        [
            new FileWatcher("**/*" + SchemaWorkspace.Extension), new FileWatcher("**/" + Language.Evolution.SchemaLock.DefaultFileName),
            // A restore or an edited project file can change the contracts assemblies the schemas use.
            new FileWatcher("**/*" + ProjectAssemblyReferences.ProjectExtension), new FileWatcher("**/obj/" + ProjectAssemblyReferences.AssetsFileName),
        ]);
        try
        {
            await _rpc.InvokeWithParameterObjectAsync(LspMethods.RegisterCapability, new RegistrationParams([new Registration("eventschema-files", LspMethods.DidChangeWatchedFiles, watchers)])).ConfigureAwait(false);
        }
        catch (Exception error) when (error is RemoteInvocationException or ConnectionLostException or ObjectDisposedException)
        {
            _session.Log.WriteLine("The client did not register the file watchers: " + error.Message);
        }
    }

    private async Task PublishDiagnosticsAsync()
    {
        if (!_session.ClientReady) return;
        if (_session.FileWatchersToRegister)
        {
            _session.FileWatchersToRegister = false;
            _ = RegisterFileWatchersAsync();
        }
        _diagnostics.Publish();
        foreach (var notification in _outgoing)
            await _rpc.NotifyWithParameterObjectAsync(LspMethods.PublishDiagnostics, notification).ConfigureAwait(false);
        _outgoing.Clear();
    }
}
