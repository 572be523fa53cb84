using System.Text.Json;

namespace EventSchema.Json;

public static partial class JsonReadErrors
{
    /// <summary>A discriminator value that names no member of the union.</summary>
    public static JsonException UnknownDiscriminator(string value, string property, string unionName, string knownValues)
        => Create("The value " + Quote(value) + " of '" + property + "' names no member of " + unionName + "; expected one of: " + knownValues + ".", ChildPath("$", property), null);

    /// <summary>An object of a union without its discriminator property.</summary>
    public static JsonException MissingDiscriminator(string property, string unionName, string knownValues)
        => Create("Missing the property '" + property + "' that says which member of " + unionName + " the object is; expected one of: " + knownValues + ".", "$", null);

    /// <summary>A discriminator that is not a string.</summary>
    public static JsonException DiscriminatorNotString(string property, string unionName, string knownValues, JsonTokenType actual)
        => Create("The property '" + property + "' of " + unionName + " must be a string, not " + Describe(actual) + "; expected one of: " + knownValues + ".", ChildPath("$", property), null);

    /// <summary>A discriminator given twice.</summary>
    public static JsonException DuplicateDiscriminator(string property)
        => Create("The property appears more than once in the object; each property may be given only once.", ChildPath("$", property), null);
}
