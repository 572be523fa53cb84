namespace EventSchema.LanguageServer.Protocol;

/// <summary>LSP's <c>DiagnosticSeverity</c>.</summary>
internal enum LspDiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}
