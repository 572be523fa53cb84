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
            File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"eventschema: error: cannot write '{path}': {ex.Message}");
            return false;
        }
    }
}
