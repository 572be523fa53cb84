namespace EventSchema.Cli;

/// <summary>Reads and writes schema files, turning I/O failures into one clear line on stderr.</summary>
internal static class SchemaFiles
{
    public static bool TryRead(string path, TextWriter error, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text)
    {
        try
        {
            text = File.ReadAllText(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"eventschema: error: cannot read '{path}': {ex.Message}");
            text = null;
            return false;
        }
    }

    public static bool TryWrite(string path, string text, TextWriter error)
    {
        try
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null) Directory.CreateDirectory(folder);
            // A file rewritten in place (format, check --fix) keeps its byte order mark; new files get none.
            File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: StartsWithByteOrderMark(path)));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"eventschema: error: cannot write '{path}': {ex.Message}");
            return false;
        }
    }

    private static bool StartsWithByteOrderMark(string path)
    {
        if (!File.Exists(path)) return false;
        using var stream = File.OpenRead(path);
        Span<byte> start = stackalloc byte[3];
        return stream.ReadAtLeast(start, 3, throwOnEndOfStream: false) == 3 && start.SequenceEqual("\uFEFF"u8);
    }
}
