using EventSchema.Language.Naming;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Export;

/// <summary>
/// The property name a field has on the wire. The generated serializers and the JSON Schema export both
/// ask here, so the two can never disagree.
/// </summary>
public static class JsonNames
{
    /// <summary>
    /// The wire name of <paramref name="field"/>: its <c>@json("…")</c> name when it has one (even one equal to its
    /// name), else its schema name converted by <paramref name="naming"/>.
    /// </summary>
    public static string WireName(FieldSymbol field, JsonNaming naming)
    {
        if (field is null) throw new System.ArgumentNullException(nameof(field));
        return field.KeepsJsonName ? field.JsonName : Convert(field.Name, naming);
    }

    /// <summary>
    /// The wire name of a field at one version of its record: the <c>@json("…")</c> name when it has one, else the
    /// name it had at that version converted by <paramref name="naming"/> (a rename changes the wire name).
    /// </summary>
    public static string WireName(Evolution.FieldShape field, JsonNaming naming)
    {
        if (field is null) throw new System.ArgumentNullException(nameof(field));
        return field.KeepsJsonName ? field.JsonName : Convert(field.Name, naming);
    }

    /// <summary>
    /// The value of a union's discriminator property that says <paramref name="member"/> follows: its
    /// <c>@discriminatorValue</c>, an event's event type, or the record's name converted by <paramref name="naming"/>.
    /// </summary>
    public static string DiscriminatorValue(UnionMemberSymbol member, JsonNaming naming)
    {
        if (member is null) throw new System.ArgumentNullException(nameof(member));
        var record = member.Record;
        if (record.DiscriminatorValue is { } explicitValue) return explicitValue;
        if (record.EventType is { } eventType) return eventType;
        // The values belong to the union, so the naming of the project that declares the union applies.
        return Convert(record.Name, naming);
    }

    /// <summary>Whether every JSON naming leaves <paramref name="name"/> as written (<c>isbn</c>, but not <c>homePort</c>).</summary>
    internal static bool IsSameUnderEveryNaming(string name)
        => Convert(name, JsonNaming.CamelCase) == name && Convert(name, JsonNaming.SnakeCase) == name && Convert(name, JsonNaming.KebabCase) == name;

    /// <summary>
    /// Converts a schema identifier such as <c>receivedBy</c> or <c>HTTPStatus</c> to <paramref name="naming"/>, word by
    /// word as <see cref="NameWords"/> splits it.
    /// </summary>
    public static string Convert(string name, JsonNaming naming)
    {
        if (name is null) throw new System.ArgumentNullException(nameof(name));
        return naming switch
        {
            JsonNaming.CamelCase => NameWords.ToCamelCase(name),
            JsonNaming.SnakeCase => NameWords.ToSnakeCase(name),
            JsonNaming.KebabCase => NameWords.ToKebabCase(name),
            _ => name,
        };
    }
}
