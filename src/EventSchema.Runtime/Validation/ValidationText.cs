namespace EventSchema;

/// <summary>How validation paths and message subjects are joined, shared by scopes and errors.</summary>
internal static class ValidationText
{
    public static string JoinPath(string? path, string name)
        => string.IsNullOrEmpty(path) ? name : path + "." + name;

    // Nested subjects read as one phrase: "Ambassador" + "Name" gives "Ambassador name".
    public static string JoinSubject(string? subject, string displayName)
        => string.IsNullOrEmpty(subject) ? displayName : subject + " " + LowerFirst(displayName);

    private static string LowerFirst(string text)
    {
        // Leave acronyms such as "URL" alone.
        if (text.Length == 0 || !char.IsUpper(text[0]) || (text.Length > 1 && char.IsUpper(text[1]))) return text;
        return char.ToLowerInvariant(text[0]) + text.Substring(1);
    }
}
