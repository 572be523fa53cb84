using EventSchema.Language.Export;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Binding;

/// <summary>
/// Whether a union member has a field that could be its union's discriminator on the wire. A field without
/// <c>@json</c> gets its wire name from the JSON naming of the project that generates the record
/// (<c>EventSchemaJsonNaming</c>), which the schema does not know and which a referencing project may set
/// differently; so a field collides when its name, as written or converted by any naming, is the discriminator.
/// The schema is then valid or not whatever the build's naming.
/// </summary>
internal static class DiscriminatorCollisions
{
    private static readonly JsonNaming[] Namings = [JsonNaming.AsWritten, JsonNaming.CamelCase, JsonNaming.SnakeCase, JsonNaming.KebabCase];

    /// <summary>The first field of <paramref name="record"/> that can be <paramref name="property"/> on the wire; null when none can.</summary>
    /// <param name="record">The member.</param>
    /// <param name="property">The discriminator property's name.</param>
    /// <param name="naming">The naming under which it collides; <see cref="JsonNaming.AsWritten"/> when its wire name is the property whatever the naming.</param>
    public static FieldSymbol? Find(RecordSymbol record, string property, out JsonNaming naming)
    {
        foreach (var field in record.Fields)
        {
            naming = JsonNaming.AsWritten;
            if (string.Equals(field.JsonName, property, System.StringComparison.Ordinal)) return field;
            // A field with @json keeps that name under every naming.
            if (field.KeepsJsonName) continue;
            foreach (var candidate in Namings)
            {
                if (!string.Equals(JsonNames.Convert(field.Name, candidate), property, System.StringComparison.Ordinal)) continue;
                naming = candidate;
                return field;
            }
        }
        naming = JsonNaming.AsWritten;
        return null;
    }

    /// <summary>
    /// A discriminator property name none of <paramref name="record"/>'s fields can be on the wire, for the fix a message
    /// offers: <c>kind</c>, <c>type</c>, <c>variant</c>, or <c>kind</c> with a number.
    /// </summary>
    public static string FreeName(RecordSymbol record, string taken)
    {
        foreach (var candidate in new[] { "kind", "type", "variant" })
        {
            if (candidate != taken && Find(record, candidate, out _) is null) return candidate;
        }
        for (int suffix = 2; ; suffix++)
        {
            var candidate = "kind" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (candidate != taken && Find(record, candidate, out _) is null) return candidate;
        }
    }

    /// <summary>The naming's build property value, as a user writes it.</summary>
    public static string Describe(JsonNaming naming) => JsonNamings.Name(naming);
}
