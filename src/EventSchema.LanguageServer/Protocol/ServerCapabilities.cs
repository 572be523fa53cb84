namespace EventSchema.LanguageServer.Protocol;

/// <summary>What the server announces in its answer to <c>initialize</c>; a null member is a feature it does not offer.</summary>
internal sealed record ServerCapabilities
{
    public PositionEncodingKind? PositionEncoding { get; init; }
    public TextDocumentSyncOptions? TextDocumentSync { get; init; }
    public bool? HoverProvider { get; init; }
    public bool? DefinitionProvider { get; init; }
    public bool? ReferencesProvider { get; init; }
    public RenameOptions? RenameProvider { get; init; }
    public bool? DocumentSymbolProvider { get; init; }
    public CompletionOptions? CompletionProvider { get; init; }
    public bool? DocumentFormattingProvider { get; init; }
    public CodeActionOptions? CodeActionProvider { get; init; }
    public bool? WorkspaceSymbolProvider { get; init; }
    public bool? FoldingRangeProvider { get; init; }
    public SemanticTokensOptions? SemanticTokensProvider { get; init; }
}

/// <summary>How documents are synchronized: open and close notifications, the kind of change events, saves.</summary>
internal sealed record TextDocumentSyncOptions(bool OpenClose, TextDocumentSyncKind Change, SaveOptions? Save);

/// <summary>Whether <c>didSave</c> carries the saved text.</summary>
internal sealed record SaveOptions(bool IncludeText);

/// <summary>Rename, with a <c>prepareRename</c> step that says what would be renamed.</summary>
internal sealed record RenameOptions(bool PrepareProvider);

/// <summary>The characters that open completion as they are typed.</summary>
internal sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters);

/// <summary>The kinds of code action the server returns.</summary>
internal sealed record CodeActionOptions(IReadOnlyList<CodeActionKind> CodeActionKinds);

/// <summary>Semantic tokens: the legend the token numbers index, and whether whole documents are served.</summary>
internal sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full);

/// <summary>The token type and modifier names, in the order the encoded tokens refer to them.</summary>
internal sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);
