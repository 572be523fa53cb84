using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using EventSchema.LanguageServer.Features;
using EventSchema.LanguageServer.JsonRpc;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Workspace;

namespace EventSchema.LanguageServer;

/// <summary>The language server: wires LSP methods to the workspace and the feature providers.</summary>
internal sealed class SchemaLanguageServer
{
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly JsonRpcConnection _connection;
    private readonly TextWriter _log;
    private readonly SchemaWorkspace _workspace;
    private readonly DiagnosticsPublisher _diagnostics;
    private bool _initialized;
    private bool _shutdown;

    public SchemaLanguageServer(Stream input, Stream output, TextWriter log)
    {
        _log = log;
        _connection = new JsonRpcConnection(input, output, SerializerOptions, log);
        _workspace = new SchemaWorkspace(log);
        _diagnostics = new DiagnosticsPublisher(_workspace, p => _connection.Notify("textDocument/publishDiagnostics", p));
        _connection.Idle = () => { if (_initialized) _diagnostics.Publish(); };
        Register();
    }

    /// <summary>Serves until the client sends <c>exit</c> or closes the stream; 0 when <c>shutdown</c> came first.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await _connection.RunAsync(cancellationToken).ConfigureAwait(false);
        return _shutdown ? 0 : 1;
    }

    private void Register()
    {
        _connection.OnRequest<InitializeParams, InitializeResult>("initialize", (p, _) => Initialize(p));
        _connection.OnNotification<JsonElement>("initialized", _ => { });
        _connection.OnRequest<JsonElement, object?>("shutdown", (_, _) => { _shutdown = true; return null; });
        _connection.OnNotification<JsonElement>("exit", _ => _connection.Stop());
        _connection.OnNotification<JsonElement>("$/setTrace", _ => { });
        _connection.OnNotification<JsonElement>("workspace/didChangeConfiguration", _ => { });

        _connection.OnNotification<DidOpenTextDocumentParams>("textDocument/didOpen",
            p => _workspace.Open(p.TextDocument.Uri, p.TextDocument.Text, p.TextDocument.Version));
        _connection.OnNotification<DidChangeTextDocumentParams>("textDocument/didChange",
            p => _workspace.Change(p.TextDocument.Uri, p.TextDocument.Version, p.ContentChanges));
        _connection.OnNotification<DidCloseTextDocumentParams>("textDocument/didClose",
            p => _workspace.Close(p.TextDocument.Uri));
        _connection.OnNotification<DidSaveTextDocumentParams>("textDocument/didSave", _ => { });
        _connection.OnNotification<DidChangeWatchedFilesParams>("workspace/didChangeWatchedFiles", p =>
        {
            foreach (var change in p.Changes) _workspace.FileChanged(change.Uri, deleted: change.Type == 3);
        });

        Request<TextDocumentPositionParams, Hover?>("textDocument/hover",
            p => WithDocument(p.TextDocument, d => HoverProvider.GetHover(_workspace.Compilation, d, d.Lines.GetOffset(p.Position))));
        Request<TextDocumentPositionParams, Location[]?>("textDocument/definition",
            p => WithDocument(p.TextDocument, d => DefinitionProvider.GetDefinition(_workspace, d, d.Lines.GetOffset(p.Position))));
        Request<ReferenceParams, Location[]?>("textDocument/references",
            p => WithDocument(p.TextDocument, d => ReferenceFinder.GetReferences(_workspace, d, d.Lines.GetOffset(p.Position), p.Context.IncludeDeclaration)));
        Request<TextDocumentPositionParams, PrepareRenameResult?>("textDocument/prepareRename",
            p => WithDocument(p.TextDocument, d => RenameProvider.PrepareRename(_workspace, d, d.Lines.GetOffset(p.Position))));
        Request<RenameParams, WorkspaceEdit?>("textDocument/rename",
            p => WithDocument(p.TextDocument, d => RenameProvider.Rename(_workspace, d, d.Lines.GetOffset(p.Position), p.NewName)));
        Request<DocumentSymbolParams, DocumentSymbol[]?>("textDocument/documentSymbol",
            p => WithDocument(p.TextDocument, d => DocumentSymbolProvider.GetSymbols(_workspace.Compilation, d)));
        Request<CompletionParams, CompletionList?>("textDocument/completion",
            p => WithDocument(p.TextDocument, d => CompletionProvider.GetCompletions(_workspace.Compilation, d, d.Lines.GetOffset(p.Position))));
        Request<DocumentFormattingParams, TextEdit[]?>("textDocument/formatting",
            p => WithDocument(p.TextDocument, FormattingProvider.Format));
        Request<CodeActionParams, CodeAction[]?>("textDocument/codeAction",
            p => WithDocument(p.TextDocument, d => CodeActionProvider.GetActions(_workspace.Compilation, d, p)));
        Request<WorkspaceSymbolParams, SymbolInformation[]?>("workspace/symbol",
            p => WorkspaceSymbolProvider.Find(_workspace, p.Query));
        Request<FoldingRangeParams, FoldingRange[]?>("textDocument/foldingRange",
            p => WithDocument(p.TextDocument, FoldingRangeProvider.GetRanges));
        Request<SemanticTokensParams, SemanticTokens?>("textDocument/semanticTokens/full",
            p => WithDocument(p.TextDocument, d => SemanticTokensProvider.GetTokens(_workspace.Compilation, d)));
    }

    private void Request<TParams, TResult>(string method, Func<TParams, TResult> handler)
        => _connection.OnRequest<TParams, TResult>(method, (p, _) =>
        {
            if (!_initialized) throw new JsonRpcException(JsonRpcException.ServerNotInitialized, "The server has not been initialized.");
            return handler(p);
        });

    private T? WithDocument<T>(TextDocumentIdentifier identifier, Func<WorkspaceDocument, T?> action)
        where T : class
    {
        var document = _workspace.Find(identifier.Uri);
        return document is null ? null : action(document);
    }

    private InitializeResult Initialize(InitializeParams parameters)
    {
        var folders = new List<string>();
        if (parameters.WorkspaceFolders is { Count: > 0 })
            folders.AddRange(parameters.WorkspaceFolders.Select(f => DocumentUri.ToPath(f.Uri)));
        else if (parameters.RootUri is { } rootUri)
            folders.Add(DocumentUri.ToPath(rootUri));
        else if (parameters.RootPath is { } rootPath)
            folders.Add(rootPath);
        foreach (string folder in folders)
        {
            _log.WriteLine($"Loading schema files under {folder}");
            _workspace.AddFolder(folder);
        }
        _initialized = true;

        var capabilities = new Dictionary<string, object>
        {
            ["positionEncoding"] = "utf-16",
            ["textDocumentSync"] = new { openClose = true, change = 2, save = new { includeText = false } },
            ["hoverProvider"] = true,
            ["definitionProvider"] = true,
            ["referencesProvider"] = true,
            ["renameProvider"] = new { prepareProvider = true },
            ["documentSymbolProvider"] = true,
            ["completionProvider"] = new { triggerCharacters = new[] { "@", ":", "<", "." } },
            ["documentFormattingProvider"] = true,
            ["codeActionProvider"] = new { codeActionKinds = new[] { "quickfix" } },
            ["workspaceSymbolProvider"] = true,
            ["foldingRangeProvider"] = true,
            ["semanticTokensProvider"] = new
            {
                legend = new { tokenTypes = SemanticTokensProvider.TokenTypes, tokenModifiers = SemanticTokensProvider.TokenModifiers },
                full = true,
            },
        };
        string version = typeof(SchemaLanguageServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return new InitializeResult(capabilities, new ServerInfo("EventSchema Language Server", version));
    }
}
