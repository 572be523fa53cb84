using System.Text.Json.Serialization;

namespace EventSchema.LanguageServer.Protocol;

/// <summary><c>textDocument/hover</c>'s answer.</summary>
internal sealed record Hover(MarkupContent Contents, Range? Range);

/// <summary><c>textDocument/references</c>.</summary>
internal sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext Context);

/// <summary>Whether the declaration itself counts as a reference.</summary>
internal sealed record ReferenceContext(bool IncludeDeclaration);

/// <summary><c>textDocument/rename</c>.</summary>
internal sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

/// <summary>Edits to several documents, keyed by URI.</summary>
internal sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

/// <summary>The answer to <c>textDocument/prepareRename</c>.</summary>
internal sealed record PrepareRenameResult(Range Range, string Placeholder);

/// <summary><c>textDocument/documentSymbol</c>.</summary>
internal sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

/// <summary>One entry of a document's outline.</summary>
internal sealed record DocumentSymbol(string Name, string? Detail, SymbolKind Kind, Range Range, Range SelectionRange, IReadOnlyList<DocumentSymbol>? Children);

/// <summary><c>textDocument/completion</c>.</summary>
internal sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>The answer to <c>textDocument/completion</c>.</summary>
internal sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

/// <summary>One completion; with <paramref name="TextEdit"/>, the text it replaces (the string typed so far) and what it writes there.</summary>
internal sealed record CompletionItem(string Label, CompletionItemKind Kind, string? Detail, MarkupContent? Documentation, string? InsertText, InsertTextFormat? InsertTextFormat, string? SortText, string? FilterText, TextEdit? TextEdit = null);

/// <summary><c>textDocument/formatting</c>.</summary>
internal sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options);

/// <summary>The editor's indentation settings.</summary>
internal sealed record FormattingOptions(int TabSize, bool InsertSpaces);

/// <summary><c>textDocument/semanticTokens/full</c>.</summary>
internal sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

/// <summary>Tokens as relative (line, start, length, type, modifiers) quintuples.</summary>
internal sealed record SemanticTokens([property: JsonPropertyName("data")] IReadOnlyList<int> Data);

/// <summary><c>textDocument/codeAction</c>.</summary>
internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

/// <summary>The diagnostics the client shows in the range.</summary>
internal sealed record CodeActionContext(IReadOnlyList<LspDiagnostic> Diagnostics);

/// <summary>A fix the user can apply.</summary>
internal sealed record CodeAction(string Title, CodeActionKind Kind, IReadOnlyList<LspDiagnostic> Diagnostics, WorkspaceEdit Edit, bool IsPreferred);

/// <summary><c>workspace/symbol</c>.</summary>
internal sealed record WorkspaceSymbolParams(string Query);

/// <summary>A declaration found by <c>workspace/symbol</c>.</summary>
internal sealed record SymbolInformation(string Name, SymbolKind Kind, Location Location, string? ContainerName);

/// <summary><c>textDocument/foldingRange</c>.</summary>
internal sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

/// <summary>Lines that fold together; a block has no kind.</summary>
internal sealed record FoldingRange(int StartLine, int EndLine, FoldingRangeKind? Kind);
