using System.Reflection;
using EventSchema.LanguageServer.Features;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using EventSchema.LanguageServer.Workspace;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>initialize</c>: loads the workspace folders' schema files and announces what the server offers.</summary>
internal sealed class InitializeHandler(ServerSession session)
{
    /// <summary>What the server offers; every feature here has a handler.</summary>
    public static ServerCapabilities Capabilities { get; } = new()
    {
        PositionEncoding = PositionEncodingKind.Utf16,
        TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, TextDocumentSyncKind.Incremental, new SaveOptions(IncludeText: false)),
        HoverProvider = true,
        DefinitionProvider = true,
        ReferencesProvider = true,
        RenameProvider = new RenameOptions(PrepareProvider: true),
        DocumentSymbolProvider = true,
        CompletionProvider = new CompletionOptions(["@", ":", "<", ".", "("]),
        DocumentFormattingProvider = true,
        CodeActionProvider = new CodeActionOptions([CodeActionKind.QuickFix]),
        WorkspaceSymbolProvider = true,
        FoldingRangeProvider = true,
        SemanticTokensProvider = new SemanticTokensOptions(
            new SemanticTokensLegend(SemanticTokensProvider.TokenTypes, SemanticTokensProvider.TokenModifiers), Full: true),
    };

    [JsonRpcMethod(LspMethods.Initialize, UseSingleObjectParameterDeserialization = true)]
    public Task<InitializeResult> HandleAsync(InitializeParams parameters, CancellationToken cancellationToken)
        => session.Queue.Enqueue(_ =>
        {
            if (session.IsInitialized) throw new LocalRpcException("The server is already initialized; 'initialize' is sent once.") { ErrorCode = (int)JsonRpcErrorCode.InvalidRequest };
            foreach (string folder in Folders(parameters))
            {
                session.Log.WriteLine($"Loading schema files under {folder}");
                session.Workspace.AddFolder(folder);
            }
            session.IsInitialized = true;
            session.FileWatchersToRegister = WatchesFilesOnRequest(parameters.Capabilities);
            string version = typeof(InitializeHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            return new InitializeResult(Capabilities, new ServerInfo("EventSchema Language Server", version));
        }, cancellationToken);

    /// <summary>Whether the client offers <c>workspace.didChangeWatchedFiles.dynamicRegistration</c>.</summary>
    private static bool WatchesFilesOnRequest(System.Text.Json.JsonElement? capabilities)
        => capabilities is { ValueKind: System.Text.Json.JsonValueKind.Object } client
            && client.TryGetProperty("workspace", out var workspace) && workspace.ValueKind == System.Text.Json.JsonValueKind.Object
            && workspace.TryGetProperty("didChangeWatchedFiles", out var watched) && watched.ValueKind == System.Text.Json.JsonValueKind.Object
            && watched.TryGetProperty("dynamicRegistration", out var dynamic) && dynamic.ValueKind == System.Text.Json.JsonValueKind.True;

    /// <summary>The workspace folders, else the root URI, else the deprecated root path.</summary>
    private static IEnumerable<string> Folders(InitializeParams parameters)
    {
        if (parameters.WorkspaceFolders is { Count: > 0 }) return parameters.WorkspaceFolders.Select(f => DocumentUri.ToPath(f.Uri));
        if (parameters.RootUri is { } rootUri) return [DocumentUri.ToPath(rootUri)];
        if (parameters.RootPath is { } rootPath) return [rootPath];
        return [];
    }
}
