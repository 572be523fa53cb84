using System;
using System.Collections.Generic;
using EventSchema.Language.Binding;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Evolution;

/// <summary>
/// The versions of one record, event, enum, scalar or union, derived from its declaration alone: <c>@version(n)</c> gives
/// the current version (a union written in place as a field's type has its record's), and the history decorators on its
/// fields and members say how each older version differed.
/// </summary>
public sealed class DeclarationHistory
{
    internal DeclarationHistory(DeclarationSymbol declaration, int currentVersion, CompatibilityMode? compatibility, string? declaredEventType)
    {
        Declaration = declaration;
        CurrentVersion = currentVersion;
        Compatibility = compatibility;
        DeclaredEventType = declaredEventType;
    }

    /// <summary>The declaration.</summary>
    public DeclarationSymbol Declaration { get; }

    /// <summary>The current version: <c>@version(n)</c>, or 1.</summary>
    public int CurrentVersion { get; }

    /// <summary>The mode from <c>@compatibility("…")</c>; null when the declaration names none (the project's mode applies).</summary>
    public CompatibilityMode? Compatibility { get; }

    /// <summary>The <c>@type("…")</c> value of an event; null when the event type is derived from the name.</summary>
    public string? DeclaredEventType { get; }

    /// <summary>Whether any version before the current one differs from it by a history decorator.</summary>
    public bool HasHistory => HasHistoryIn(Declaration);

    /// <summary>The current version of a declaration written without <c>@version</c>: an event's own, else 1.</summary>
    internal static int DefaultVersion(DeclarationSymbol declaration) => declaration is RecordSymbol { Version: { } version } ? version : 1;

    /// <summary><see cref="HasHistory"/> of <paramref name="declaration"/>, read without making its history.</summary>
    internal static bool HasHistoryIn(DeclarationSymbol declaration)
    {
        switch (declaration)
        {
            case RecordSymbol record:
                if (record.RemovedFields.Count > 0) return true;
                var fields = record.Fields;
                for (int i = 0; i < fields.Count; i++) if (!fields[i].History.IsEmpty) return true;
                return false;
            case EnumSymbol enumSymbol:
                if (enumSymbol.RemovedMembers.Count > 0) return true;
                var members = enumSymbol.Members;
                for (int i = 0; i < members.Count; i++) if (members[i].History.AddedIn is not null) return true;
                return false;
            default:
                return false;
        }
    }

    /// <summary>Every version's shape, from 1 to <see cref="CurrentVersion"/>.</summary>
    public IReadOnlyList<DeclarationShape> AllVersions()
    {
        var shapes = new List<DeclarationShape>(CurrentVersion);
        for (int version = 1; version <= CurrentVersion; version++) shapes.Add(ShapeAt(version));
        return shapes;
    }

    /// <summary>
    /// The past versions of an event that are read in their own shape, oldest first: every version before the current
    /// one when history decorators make some version differ from it, and each version has an event type string of its
    /// own (a declared <c>@type</c> without a <c>.vN</c> suffix is one string for every version, so a payload cannot say
    /// which version wrote it). Empty otherwise, and for any declaration that is not an event.
    /// </summary>
    public IReadOnlyList<PastEventVersion> PastEventVersions()
    {
        if (Declaration is not RecordSymbol { IsEvent: true } || CurrentVersion <= 1 || !HasHistory) return [];
        var shapes = AllVersions();
        var eventTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shape in shapes)
        {
            if (!eventTypes.Add(shape.EventType ?? string.Empty)) return [];
        }
        var past = new List<PastEventVersion>(shapes.Count - 1);
        for (int i = 0; i < shapes.Count - 1; i++) past.Add(new PastEventVersion(shapes[i].Version, shapes[i].EventType ?? string.Empty));
        return past;
    }

    /// <summary>The current shape: the declaration as written, without removed fields or members.</summary>
    public DeclarationShape Current => ShapeAt(CurrentVersion);

    /// <summary>
    /// The shape at <paramref name="version"/> (1 to <see cref="CurrentVersion"/>): the fields that existed then, each
    /// with the name, JSON name, type and optionality it had then; the enum members that existed then; the event type
    /// string of that version. Defaults and constraints are not versioned by decorators: every version shows the current
    /// ones, and changes to them are checked against the lock file.
    /// </summary>
    public DeclarationShape ShapeAt(int version)
    {
        if (version < 1 || version > CurrentVersion) throw new ArgumentOutOfRangeException(nameof(version), $"'{Declaration.FullName}' has versions 1 to {CurrentVersion}.");
        DeclarationShape shape;
        switch (Declaration)
        {
            case RecordSymbol record:
                shape = new DeclarationShape(record.FullName, record.Kind, version, record.IsEvent ? EventTypeAt(record, version) : null, FieldsAt(record, version));
                break;
            case EnumSymbol enumSymbol:
                shape = new DeclarationShape(enumSymbol.FullName, DeclarationKind.Enum, version, members: MembersAt(enumSymbol, version));
                break;
            case ScalarSymbol scalar:
                shape = new DeclarationShape(scalar.FullName, DeclarationKind.Scalar, version, underlyingType: TypeShape.From(scalar.UnderlyingType), constraints: scalar.Constraints);
                break;
            case UnionSymbol union:
                // Members are not versioned by decorators, like defaults and constraints: every version shows the current
                // ones, and the lock file keeps the members each version was published with.
                var members = new List<UnionMemberShape>(union.Members.Count);
                foreach (var member in union.Members) members.Add(UnionMemberShape.From(member));
                shape = new DeclarationShape(union.FullName, DeclarationKind.Union, version, discriminatorProperty: union.DiscriminatorProperty, unionMembers: members);
                break;
            default:
                throw new InvalidOperationException("Unknown declaration kind " + Declaration.Kind + ".");
        }
        shape.Symbol = Declaration;
        return shape;
    }

    private string EventTypeAt(RecordSymbol record, int version)
    {
        if (DeclaredEventType is null) return EventTypeNaming.DefaultEventType(record.Namespace, record.Name, version);
        if (version == CurrentVersion) return DeclaredEventType;
        // A declared type names the current version; older versions swap its ".vN" suffix (checked to be there).
        string suffix = ".v" + CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return DeclaredEventType.EndsWith(suffix, StringComparison.Ordinal)
            ? DeclaredEventType.Substring(0, DeclaredEventType.Length - suffix.Length) + ".v" + version.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : DeclaredEventType;
    }

    private static List<FieldShape> FieldsAt(RecordSymbol record, int version)
    {
        var all = AllFields(record);
        var fields = new List<FieldShape>(all.Count);
        foreach (var field in all)
        {
            var history = field.History;
            if (!history.ExistsAt(version)) continue;
            if (TypeShape.From(field.Type) is not { } currentType) continue; // the type did not bind: already an error
            string name = field.Name;
            foreach (var rename in history.Renames)
            {
                if (rename.Version > version) { name = rename.OldName; break; }
            }
            // A rename changes the wire name too, unless @json fixes the wire name at every version.
            string jsonName = name == field.Name || field.HasExplicitJsonName ? field.JsonName : name;
            var type = currentType;
            foreach (var change in history.TypeChanges)
            {
                if (change.Version > version) { type = change.OldType; break; }
            }
            bool optional = field.IsOptional;
            foreach (var change in history.OptionalityChanges)
            {
                if (change.Version > version) { optional = !change.BecameOptional; break; }
            }
            fields.Add(new FieldShape(name, jsonName, type, optional, field.Default is { } literal ? LiteralJson.From(literal) : null, field.Constraints)
            {
                Symbol = field,
                KeepsJsonName = field.KeepsJsonName || jsonName != name,
            });
        }
        return fields;
    }

    /// <summary>The current and the removed fields of a record, in source order.</summary>
    internal static List<FieldSymbol> AllFields(RecordSymbol record)
    {
        var all = new List<FieldSymbol>(record.Fields.Count + record.RemovedFields.Count);
        all.AddRange(record.Fields);
        if (record.RemovedFields.Count > 0)
        {
            all.AddRange(record.RemovedFields);
            all.Sort(static (x, y) => x.Span.Start.CompareTo(y.Span.Start));
        }
        return all;
    }

    private static List<EnumMemberShape> MembersAt(EnumSymbol enumSymbol, int version)
    {
        var all = new List<EnumMemberSymbol>(enumSymbol.Members);
        if (enumSymbol.RemovedMembers.Count > 0)
        {
            all.AddRange(enumSymbol.RemovedMembers);
            all.Sort(static (x, y) => x.NameSpan.Start.CompareTo(y.NameSpan.Start));
        }
        var members = new List<EnumMemberShape>(all.Count);
        foreach (var member in all)
        {
            if (member.History.ExistsAt(version)) members.Add(new EnumMemberShape(member.Name, member.JsonValue) { Symbol = member });
        }
        return members;
    }
}
