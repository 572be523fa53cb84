namespace EventSchema.LanguageServer.Protocol;

// The LSP 3.17 structures the server reads and writes, named and shaped as the specification names them.

/// <summary>A 0-based line and a 0-based UTF-16 character offset in that line.</summary>
internal sealed record Position(int Line, int Character);

/// <summary>A range between two positions; the end is exclusive.</summary>
internal sealed record Range(Position Start, Position End);

/// <summary>A range in a document.</summary>
internal sealed record Location(string Uri, Range Range);

/// <summary>Replaces <see cref="Range"/> with <see cref="NewText"/>.</summary>
internal sealed record TextEdit(Range Range, string NewText);

/// <summary>Names a document.</summary>
internal sealed record TextDocumentIdentifier(string Uri);

/// <summary>Names a document and a version of it.</summary>
internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

/// <summary>The parameters of every request about one position in one document.</summary>
internal record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>Markdown or plain text shown to the user.</summary>
internal sealed record MarkupContent(MarkupKind Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new(MarkupKind.Markdown, value);
}
