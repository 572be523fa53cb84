using System;
using System.Collections.Generic;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Export;
using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Evolution;

// JSON_NAMING_CHANGED: the lock file records the JSON naming its versions were published with. A field without @json
// (and a union member told apart by its record's name) has that name converted by the naming on the wire, in every
// version the generated code reads or writes; so another naming renames them all at once, without any version.
public static partial class CompatibilityChecker
{
    /// <summary>How many renamed wire names a message lists before it counts the rest.</summary>
    private const int ListedRenames = 3;

    private sealed partial class Run
    {
        private void CheckNaming(DeclarationContext context)
        {
            if (Naming is not { } naming || _lock.JsonNaming is not { } published || naming == published) return;
            var renames = NamingRenames(context.Locked, context.Declaration, published, naming);
            if (renames.Count == 0) return;
            var declaration = context.Declaration;
            string where = _lock.JsonNamingLocation?.ToString() ?? "the lock file";
            string what = declaration.Kind == DeclarationKind.Union ? "members" : "fields";
            var listed = new List<string>(ListedRenames);
            for (int i = 0; i < renames.Count && i < ListedRenames; i++) listed.Add($"\"{renames[i].Old}\" becomes \"{renames[i].New}\"");
            string list = string.Join(", ", listed) + (renames.Count > ListedRenames ? $" and {N(renames.Count - ListedRenames)} more" : "");
            string oldName = JsonNamings.Name(published), newName = JsonNamings.Name(naming);
            string consequence = IgnoreDeclaredModes
                ? "writing the lock file now would record the new names for versions published under the old ones"
                : $"data written with the published versions no longer reads, and their readers do not read what this build writes, which mode '{context.Mode.ToSchemaName()}' of {(declaration.History.Compatibility is not null ? "its '@compatibility'" : "the project")} does not allow";
            string replacement = declaration.Kind == DeclarationKind.Event ? "a new event type" : "a new " + (declaration.Kind == DeclarationKind.Union ? "union" : "record");
            bool pinnable = Pinnable(declaration.Kind, renames);
            var first = renames[0];
            string pin = !pinnable ? "" : declaration.Kind == DeclarationKind.Union
                ? $", or give each renamed member's record its published value with '@discriminatorValue' ('@discriminatorValue(\"{first.Old}\")' on '{first.Name}')"
                : $", or give each renamed field its published name with '@json' ('@json(\"{first.Old}\") {first.Name}')";
            var message = $"The lock file records the published versions of '{declaration.FullName}' under the JSON naming {oldName} ({where}), but the project's naming is now {newName}, which renames {what} on the wire: {list}; {consequence}. " +
                $"To fix it, set EventSchemaJsonNaming (eventschema's --naming) back to {oldName}{pin}; to change the names on purpose, publish them as {replacement}, or accept the break: check with mode 'none' and rewrite the lock file with the new naming ('eventschema lock --force --naming {newName}', or delete it and build the target UpdateEventSchemaLock).";
            Diagnostics.Add(DiagnosticBuilder.At(context.Text, declaration.NameSpan).Incompatible(DiagnosticBuilder.JsonNamingChangedDefinition, message, pinnable ? PinFixes(context, renames) : []));
        }
    }

    /// <summary>
    /// Whether <c>@json</c> (or <c>@discriminatorValue</c>) can keep every published name of <paramref name="renames"/>.
    /// A field is pinned by its published wire name, whatever naming converted it, unless published versions gave it
    /// several (a '@renamedFrom' between them): '@json' is one wire name in every version. A union member's value is
    /// compared as the lock writes it (the record's name), so only a name the naming left as written can be pinned.
    /// </summary>
    private static bool Pinnable(DeclarationKind kind, List<(string Old, string New, string Name)> renames)
    {
        if (kind == DeclarationKind.Union) return renames.TrueForAll(static rename => rename.Old == rename.Name);
        var names = new HashSet<string>(StringComparer.Ordinal);
        return renames.TrueForAll(rename => names.Add(rename.Name));
    }

    /// <summary>
    /// The fix that gives the one renamed field <c>@json</c> with its published name, when a single field declared in
    /// the declaration's own file is renamed (a fix edits one place, and pinning some of several fields fixes nothing).
    /// </summary>
    private static DiagnosticFix[] PinFixes(DeclarationContext context, List<(string Old, string New, string Name)> renames)
    {
        if (renames.Count != 1 || context.Declaration is not RecordSymbol record) return [];
        foreach (var field in record.Fields)
        {
            if (field.Name != renames[0].Name || field.SpreadFrom is not null || field.KeepsJsonName) continue;
            string pin = $"@json(\"{renames[0].Old}\") ";
            return [new DiagnosticFix($"Keep the published name with '{pin.TrimEnd()}'", new TextSpan(field.NameSpan.Start, 0), pin)];
        }
        return [];
    }

    /// <summary>
    /// The wire names of <paramref name="locked"/>'s versions that <paramref name="naming"/> changes from
    /// <paramref name="published"/>, each once, in the order the lock lists them. A field or member whose name is fixed
    /// (<c>@json</c>, <c>@discriminatorValue</c>, an event type, a field spread from a referenced assembly) keeps it.
    /// </summary>
    private static List<(string Old, string New, string Name)> NamingRenames(LockedDeclaration locked, DeclarationSymbol declaration, JsonNaming published, JsonNaming naming)
    {
        var renames = new List<(string Old, string New, string Name)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name, string? currentName)
        {
            string before = JsonNames.Convert(name, published), after = JsonNames.Convert(name, naming);
            if (before != after && seen.Add(before)) renames.Add((before, after, currentName ?? name));
        }
        foreach (var version in locked.Versions)
        {
            switch (locked.Kind)
            {
                case DeclarationKind.Record:
                case DeclarationKind.Event:
                {
                    var derived = version.Version <= declaration.History.CurrentVersion ? declaration.History.ShapeAt(version.Version) : null;
                    var counterparts = derived is null ? null : FieldCounterparts.Match(version.Fields, derived.Fields, published);
                    for (int i = 0; i < version.Fields.Count; i++)
                    {
                        // A name the lock fixes is the same under every naming; one the schema now fixes (@json, even one
                        // equal to the name or the published converted name) keeps its wire name, and whether that is the
                        // published one is checked with the published version.
                        var field = version.Fields[i];
                        if (field.KeepsJsonName) continue;
                        var now = counterparts?[i];
                        if (now is { KeepsJsonName: true }) continue;
                        Add(field.Name, now?.Symbol?.Name);
                    }
                    break;
                }
                case DeclarationKind.Union:
                    foreach (var member in version.UnionMembers)
                    {
                        if (member.DiscriminatorValue is null) continue; // an event's type string
                        // The lock writes an explicit value and a record's name alike; the schema says which it is.
                        var current = declaration.History.Current.FindUnionMember(member.MemberFullName)?.Symbol?.Record;
                        if (current?.DiscriminatorValue is not null) continue;
                        Add(member.DiscriminatorValue, current?.Name);
                    }
                    break;
            }
        }
        return renames;
    }
}
