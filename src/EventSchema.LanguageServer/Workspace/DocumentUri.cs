namespace EventSchema.LanguageServer.Workspace;

/// <summary>Converts between LSP document URIs and the file paths the front end reports.</summary>
internal static class DocumentUri
{
    /// <summary>The local path of a <c>file:</c> URI; other schemes (such as <c>untitled:</c>) keep the URI as their path.</summary>
    public static string ToPath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
            return Path.GetFullPath(parsed.LocalPath);
        return uri;
    }

    /// <summary>The <c>file:</c> URI of a path.</summary>
    public static string FromPath(string path)
        => Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : path;
}
