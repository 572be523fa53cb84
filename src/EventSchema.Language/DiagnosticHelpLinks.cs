namespace EventSchema.Language;

/// <summary>
/// Where each diagnostic code is explained: <c>{base}#es0020</c>. The build's diagnostics carry it as their help link
/// (a project may change the base) and the language server as the LSP diagnostic's <c>codeDescription</c>.
/// </summary>
public static class DiagnosticHelpLinks
{
    /// <summary>docs/diagnostics.md on the public repository, which has one heading per code.</summary>
    public const string DefaultBase = "https://github.com/eventschema/eventschema/blob/main/docs/diagnostics.md";

    /// <summary>The link for <paramref name="code"/> under <paramref name="baseUrl"/>: docs anchors are the lower-case code.</summary>
    public static string For(string baseUrl, string code)
    {
        if (baseUrl is null) throw new System.ArgumentNullException(nameof(baseUrl));
        if (code is null) throw new System.ArgumentNullException(nameof(code));
        return baseUrl + "#" + code.ToLowerInvariant();
    }
}
