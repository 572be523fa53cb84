using System.Collections.Generic;

namespace EventSchema.Language.Evolution;

/// <summary>
/// A lock file written again keeps the versions it had as published, and those name the declarations their fields and
/// union members refer to. When such a declaration moved (renamed, or moved to another namespace, with its shape: see
/// <see cref="CompatibilityChecker"/>), its entry is written under the new name, so the kept versions must name it there
/// too: otherwise the next check could no longer find the shape they refer to, and would report the move as an edit.
/// </summary>
internal static class MovedReferences
{
    /// <summary>
    /// <paramref name="version"/> with every reference to a key of <paramref name="moved"/> (a locked full name) replaced by
    /// its value (where the declaration is now); the same instance when it refers to none of them.
    /// </summary>
    public static DeclarationShape Follow(DeclarationShape version, IReadOnlyDictionary<string, string> moved)
    {
        if (moved.Count == 0) return version;
        string Resolve(string name) => moved.TryGetValue(name, out var now) ? now : name;

        List<FieldShape>? fields = null;
        for (int i = 0; i < version.Fields.Count; i++)
        {
            var field = version.Fields[i];
            var type = field.Type.MapNames(Resolve)!;
            if (type.Equals(field.Type)) continue;
            fields ??= new List<FieldShape>(version.Fields);
            fields[i] = new FieldShape(field.Name, field.JsonName, type, field.IsOptional, field.DefaultJson, field.Constraints)
            {
                KeepsJsonName = field.KeepsJsonName,
                Symbol = field.Symbol,
                Location = field.Location,
            };
        }

        List<UnionMemberShape>? members = null;
        for (int i = 0; i < version.UnionMembers.Count; i++)
        {
            var member = version.UnionMembers[i];
            if (!moved.TryGetValue(member.MemberFullName, out var now)) continue;
            members ??= new List<UnionMemberShape>(version.UnionMembers);
            members[i] = new UnionMemberShape(now, member.DiscriminatorValue) { Symbol = member.Symbol, Location = member.Location };
        }

        var underlyingType = version.UnderlyingType?.MapNames(Resolve);
        bool underlyingMoved = underlyingType is not null && !underlyingType.Equals(version.UnderlyingType);
        if (fields is null && members is null && !underlyingMoved) return version;
        return new DeclarationShape(version.FullName, version.Kind, version.Version, version.EventType, fields ?? version.Fields,
            version.Members, underlyingMoved ? underlyingType : version.UnderlyingType, version.Constraints,
            version.DiscriminatorProperty, members ?? version.UnionMembers)
        {
            Symbol = version.Symbol,
            Location = version.Location,
        };
    }
}
