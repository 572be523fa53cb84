using System;
using System.Collections.Generic;

namespace EventSchema.Language.Evolution;

/// <summary>
/// Lock files of format 1 wrote every map's keys as <c>string</c> and left out empty collection defaults (<c>= []</c>,
/// <c>= {}</c>); formats 1 and 2 wrote <c>list&lt;string?&gt;</c> as <c>list&lt;string&gt;</c>. Read from such a file,
/// a version is taken to have had what the schema says of it in those respects, and nothing else is changed: every
/// other difference stays a difference.
/// </summary>
internal static class LegacyShapes
{
    /// <summary>
    /// <paramref name="locked"/>, read from a file of <paramref name="formatVersion"/>, with what that format did not record
    /// (see above) taken from the same fields (by JSON name) in <paramref name="fromSchema"/>.
    /// </summary>
    public static DeclarationShape Complete(DeclarationShape locked, DeclarationShape? fromSchema, int formatVersion)
    {
        if (fromSchema is null || locked.Fields.Count == 0) return locked;
        var byJsonName = new Dictionary<string, FieldShape>(StringComparer.Ordinal);
        foreach (var field in fromSchema.Fields) byJsonName[field.JsonName] = field;
        var fields = new List<FieldShape>(locked.Fields.Count);
        bool changed = false;
        foreach (var field in locked.Fields)
        {
            var completed = byJsonName.TryGetValue(field.JsonName, out var current) ? Complete(field, current, formatVersion) : field;
            changed |= !ReferenceEquals(completed, field);
            fields.Add(completed);
        }
        if (!changed) return locked;
        return new DeclarationShape(locked.FullName, locked.Kind, locked.Version, locked.EventType, fields, locked.Members,
            locked.UnderlyingType, locked.Constraints, locked.DiscriminatorProperty, locked.UnionMembers)
        {
            Symbol = locked.Symbol,
            Location = locked.Location,
        };
    }

    /// <summary>The default a format 1 file means: none written, while the schema gives an empty collection.</summary>
    public static string? Default(FieldShape locked, FieldShape current)
        => locked.DefaultJson is null && current.DefaultJson is "[]" or "{}" && current.Type.Element is not null ? current.DefaultJson : locked.DefaultJson;

    private static FieldShape Complete(FieldShape locked, FieldShape current, int formatVersion)
    {
        // What the file could have written for the schema's type: no key types in format 1, no nullable items before 3.
        var couldWrite = current.Type.WithoutNullableItems();
        if (formatVersion < 2) couldWrite = couldWrite.WithoutMapKeys();
        var type = !locked.Type.Equals(current.Type) && locked.Type.Equals(couldWrite) ? current.Type : locked.Type;
        var defaultJson = formatVersion < 2 ? Default(locked, current) : locked.DefaultJson;
        if (ReferenceEquals(type, locked.Type) && defaultJson == locked.DefaultJson) return locked;
        return new FieldShape(locked.Name, locked.JsonName, type, locked.IsOptional, defaultJson, locked.Constraints) { Location = locked.Location, KeepsJsonName = locked.KeepsJsonName };
    }
}
