namespace EventSchema.LanguageServer.Protocol;

/// <summary>A document as the client opened it.</summary>
internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

/// <summary><c>textDocument/didOpen</c>.</summary>
internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary><c>textDocument/didChange</c>: edits applied in order.</summary>
internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

/// <summary>One edit; without a range it replaces the whole text.</summary>
internal sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

/// <summary><c>textDocument/didClose</c>.</summary>
internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

/// <summary><c>textDocument/didSave</c>.</summary>
internal sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

/// <summary><c>workspace/didChangeWatchedFiles</c>.</summary>
internal sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

/// <summary>A file created, changed or deleted on disk.</summary>
internal sealed record FileEvent(string Uri, FileChangeType Type);

/// <summary><c>textDocument/publishDiagnostics</c>.</summary>
internal sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);

/// <summary>A diagnostic as LSP shows it.</summary>
internal sealed record LspDiagnostic(Range Range, LspDiagnosticSeverity Severity, string Code, string Source, string Message)
{
    /// <summary>Other places the message speaks of; null (left out) when there are none.</summary>
    public IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation { get; init; }

    /// <summary>Where the code is explained: the help link the build's diagnostic carries.</summary>
    public CodeDescription? CodeDescription { get; init; }
}

/// <summary>LSP's <c>CodeDescription</c>: a page about a diagnostic's code, which editors link the code to.</summary>
internal sealed record CodeDescription(string Href);

/// <summary>LSP's <c>DiagnosticRelatedInformation</c>: a place a diagnostic speaks of, and what is there.</summary>
internal sealed record DiagnosticRelatedInformation(Location Location, string Message);
