using EventSchema.Language.Evolution;
using EventSchema.Language.Text;

namespace EventSchema.LanguageServer.Workspace;

/// <summary>
/// One <c>eventschema.lock.json</c> as last read from disk: its read result and a document that maps its
/// diagnostics to LSP positions. It is read again only when its timestamp or length changes.
/// </summary>
internal sealed class SchemaLockFile
{
    private SchemaLockFile(string path, DateTime lastWriteUtc, long length, string text)
    {
        Path = path;
        LastWriteUtc = lastWriteUtc;
        Length = length;
        Document = new WorkspaceDocument(path, DocumentUri.FromPath(path), text);
        Read = SchemaLock.Read(new SourceText(path, text));
    }

    public string Path { get; }

    public DateTime LastWriteUtc { get; }

    public long Length { get; }

    /// <summary>The lock's text, path and URI; diagnostics located in the lock are published on it.</summary>
    public WorkspaceDocument Document { get; }

    /// <summary>The parsed lock, or null with ES0720/ES0721 in its diagnostics.</summary>
    public SchemaLockReadResult Read { get; }

    /// <summary>
    /// The lock at <paramref name="path"/>: <paramref name="previous"/> when the file has not changed since it was read,
    /// a fresh read otherwise, null when the file is gone or cannot be read.
    /// </summary>
    public static SchemaLockFile? Load(string path, SchemaLockFile? previous, TextWriter log)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return null;
            if (previous is not null && previous.LastWriteUtc == info.LastWriteTimeUtc && previous.Length == info.Length) return previous;
            return new SchemaLockFile(path, info.LastWriteTimeUtc, info.Length, File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"Cannot read {path}: {ex.Message}");
            return null;
        }
    }
}
