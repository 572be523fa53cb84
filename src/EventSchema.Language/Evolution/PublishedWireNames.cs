using System.Collections.Generic;
using EventSchema.Language.Export;

namespace EventSchema.Language.Evolution;

/// <summary>
/// A lock file rewritten under another JSON naming (every published wire name kept with <c>@json</c>, or unchanged by
/// the naming) keeps saying what its versions were published with: a field the old naming converted is recorded with
/// the wire name it had, as a fixed name, so the new naming recorded beside it does not convert it again.
/// </summary>
internal static class PublishedWireNames
{
    /// <summary>
    /// <paramref name="version"/>, published under <paramref name="published"/>, with each field whose wire name
    /// <paramref name="naming"/> would change recorded under its published wire name; the same shape when there is none.
    /// </summary>
    public static DeclarationShape Keep(DeclarationShape version, JsonNaming published, JsonNaming naming)
    {
        if (published == naming || version.Fields.Count == 0) return version;
        List<FieldShape>? fields = null;
        for (int i = 0; i < version.Fields.Count; i++)
        {
            var field = version.Fields[i];
            string wireName = JsonNames.WireName(field, published);
            if (wireName != JsonNames.WireName(field, naming))
            {
                fields ??= new List<FieldShape>(version.Fields);
                fields[i] = new FieldShape(field.Name, wireName, field.Type, field.IsOptional, field.DefaultJson, field.Constraints)
                {
                    KeepsJsonName = true,
                    Symbol = field.Symbol,
                    Location = field.Location,
                };
            }
        }
        if (fields is null) return version;
        return new DeclarationShape(version.FullName, version.Kind, version.Version, version.EventType, fields, version.Members,
            version.UnderlyingType, version.Constraints, version.DiscriminatorProperty, version.UnionMembers)
        {
            Symbol = version.Symbol,
            Location = version.Location,
        };
    }
}
