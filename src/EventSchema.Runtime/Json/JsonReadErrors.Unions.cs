using System.Text.Json;

namespace EventSchema.Json;

public static partial class JsonReadErrors
{
    /// <summary>A discriminator value that names no member of the union.</summary>
    public static JsonException UnknownDiscriminator(string value, string property, string unionName, string knownValues)
        => Create(NewerVersion(value, property, unionName, knownValues)
            ?? "The value " + Quote(value) + " of '" + property + "' names no member of " + unionName + "; expected one of: " + knownValues + ".", ChildPath("$", property), null);

    // An event type whose version is newer than the member's current one ('….v3' where '….v2' is known): a producer ahead
    // of this program, which the message says instead of listing what is known. The list may name past versions too
    // ('….v1' to '….v2'), so the newest of the stem is the one the union reads up to.
    private static string? NewerVersion(string value, string property, string unionName, string knownValues)
    {
        if (value is null || knownValues is null || !EventTypeVersionSuffix.TrySplit(value, out string stem, out int version)) return null;
        string prefix = "'" + stem + ".v";
        int known = 0;
        for (int start = knownValues.IndexOf(prefix, System.StringComparison.Ordinal); start >= 0; start = knownValues.IndexOf(prefix, start + prefix.Length, System.StringComparison.Ordinal))
        {
            int digits = start + prefix.Length, end = knownValues.IndexOf('\'', digits);
            if (end > digits && int.TryParse(knownValues.Substring(digits, end - digits), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int listed) && listed > known) known = listed;
        }
        if (known == 0 || known >= version) return null;
        return "The value " + Quote(value) + " of '" + property + "' is version " + version + " of an event that " + unionName + " reads up to version "
            + known + " ('" + stem + ".v" + known + "'): it was written with a newer schema than this program has; update the program's schemas.";
    }

    /// <summary>An object of a union without its discriminator property.</summary>
    public static JsonException MissingDiscriminator(string property, string unionName, string knownValues)
        => Create("Missing the property '" + property + "' that says which member of " + unionName + " the object is; expected one of: " + knownValues + ".", ChildPath("$", property), null);

    /// <summary>A discriminator that is not a string.</summary>
    public static JsonException DiscriminatorNotString(string property, string unionName, string knownValues, JsonTokenType actual)
        => Create("The property '" + property + "' of " + unionName + " must be a string, not " + Describe(actual) + "; expected one of: " + knownValues + ".", ChildPath("$", property), null);

    /// <summary>A discriminator given twice.</summary>
    public static JsonException DuplicateDiscriminator(string property)
        => Create("The property appears more than once in the object; each property may be given only once.", ChildPath("$", property), null);
}
