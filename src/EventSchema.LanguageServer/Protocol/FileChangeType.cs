namespace EventSchema.LanguageServer.Protocol;

/// <summary>LSP's <c>FileChangeType</c>: what happened to a watched file on disk.</summary>
internal enum FileChangeType
{
    Created = 1,
    Changed = 2,
    Deleted = 3,
}
