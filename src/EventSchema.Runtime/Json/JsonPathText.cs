namespace EventSchema.Json;

/// <summary>
/// JSON paths as readers report them and validation errors carry them: <c>$.sources[0].outlet</c>, with a name that
/// is not a plain identifier written as <c>['port-code']</c>.
/// </summary>
internal static class JsonPathText
{
    /// <summary>The path of the value itself.</summary>
    public const string Root = "$";

    /// <summary>The path of the property or map key <paramref name="name"/> of the value at <paramref name="parent"/>.</summary>
    public static string Child(string? parent, string name)
    {
        parent ??= Root;
        var plain = name.Length > 0;
        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_')) { plain = false; break; }
        }
        return plain ? parent + "." + name : parent + "['" + name.Replace("\\", "\\\\").Replace("'", "\\'") + "']";
    }
}
