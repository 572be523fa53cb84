using System;
using System.Collections.Generic;
using System.Globalization;
using EventSchema.Language.Binding;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Language.Evolution;

/// <summary>
/// Reads the history decorators of one file's declarations (<c>@version</c>, <c>@compatibility</c>, <c>@added</c>,
/// <c>@removed</c>, <c>@renamedFrom</c>, <c>@typeChangedFrom</c>, <c>@madeOptional</c>, <c>@madeRequired</c>) and checks
/// that every version they describe is a consistent shape (ES0700–ES0729).
/// </summary>
internal sealed class HistoryBinder(SourceText text, List<Diagnostic> diagnostics)
{
    private DiagnosticBuilder At(TextSpan span) => DiagnosticBuilder.At(text, span);

    /// <summary>Gives <paramref name="symbol"/> its version history from its own decorators.</summary>
    public void Declare(DeclarationSymbol symbol, BoundDecorators decorators)
    {
        int version = symbol is RecordSymbol { Version: { } eventVersion } ? eventVersion : decorators.Version ?? 1;
        string? declaredEventType = symbol is RecordSymbol { IsEvent: true } ? decorators.EventType : null;
        // Without @version on a non-event, @compatibility or @type, the history the symbol makes on first use is this one.
        if (version == DeclarationHistory.DefaultVersion(symbol) && decorators.Compatibility is null && declaredEventType is null) return;
        symbol.History = new DeclarationHistory(symbol, version, decorators.Compatibility, declaredEventType);
    }

    /// <summary>
    /// Gives a union written in place as a field's type the version and mode of the record that declares it: the union is
    /// part of that field's type, so a change to its members is a change of the record and takes the record's new version.
    /// </summary>
    public static void DeclareInline(UnionSymbol union, RecordSymbol declaringRecord)
    {
        var record = declaringRecord.History;
        union.History = new DeclarationHistory(union, record.CurrentVersion, record.Compatibility, null);
    }

    /// <summary>
    /// Reads a field's history; <paramref name="resolveTypeName"/>, called with <paramref name="scope"/>, gives the full
    /// name a written type name resolves to, or else the name it most likely meant (null when none is close).
    /// </summary>
    public FieldHistory BindField<TScope>(FieldSymbol field, BoundDecorators decorators, TScope scope, Func<TScope, string, (string? FullName, string? Suggestion)> resolveTypeName)
    {
        // Most fields have no history: they share FieldHistory.None, and nothing is allocated for them.
        if (!HasHistoryDecorator(decorators)) return FieldHistory.None;
        return BindHistory(field, decorators, scope, resolveTypeName);
    }

    private FieldHistory BindHistory<TScope>(FieldSymbol field, BoundDecorators decorators, TScope scope, Func<TScope, string, (string? FullName, string? Suggestion)> resolveTypeName)
    {
        var declaration = field.ContainingRecord;
        int current = declaration.History.CurrentVersion;
        var history = new FieldHistory();
        var renames = new List<FieldRename>();
        var typeChanges = new List<FieldTypeChange>();
        var optionality = new List<OptionalityChange>();
        DecoratorSyntax? added = null, removed = null;
        foreach (var (definition, syntax) in decorators.Applied)
        {
            if (!IsHistory(definition) || ReadVersion(definition, syntax, current, DeclarationName(declaration)) is not { } version) continue;
            var arguments = syntax.ArgumentValues;
            if (definition == DecoratorDefinition.Added) { history.AddedIn = version; added = syntax; }
            else if (definition == DecoratorDefinition.Removed) { history.RemovedIn = version; removed = syntax; }
            else if (definition == DecoratorDefinition.MadeOptional || definition == DecoratorDefinition.MadeRequired)
            {
                optionality.Add(new OptionalityChange(version, definition == DecoratorDefinition.MadeOptional, syntax.Span));
            }
            else if (definition == DecoratorDefinition.RenamedFrom)
            {
                if (arguments.Count != 2 || arguments[1].Token.Kind != TokenKind.StringLiteral) continue; // reported as ES0034
                string oldName = StringLiteral.Decode(arguments[1].Token.Text, arguments[1].Token.Span.Start).Value;
                renames.Add(new FieldRename(version, oldName, syntax.Span));
            }
            else if (definition == DecoratorDefinition.TypeChangedFrom)
            {
                if (arguments.Count != 2 || arguments[1].Token.Kind is not (TokenKind.StringLiteral or TokenKind.Identifier)) continue;
                var typeToken = arguments[1].Token;
                // A string the lexer reported ("list<\q>") is not the type that was written: its error is the one to fix.
                if (typeToken.HasLexicalError) continue;
                string typeText = typeToken.Kind == TokenKind.StringLiteral ? StringLiteral.Decode(typeToken.Text, typeToken.Span.Start).Value : typeToken.Text;
                var written = TypeShape.TryParse(typeText, out string? error);
                if (written is null)
                {
                    diagnostics.Add(At(typeToken.Span).UnknownHistoryType(typeText, error!));
                    continue;
                }
                var resolved = written.MapNames(name => resolveTypeName(scope, name).FullName);
                if (resolved is null)
                {
                    diagnostics.Add(UnknownHistoryTypeNames(typeToken, typeText, written, scope, resolveTypeName));
                    continue;
                }
                typeChanges.Add(new FieldTypeChange(version, resolved, syntax.Span));
            }
        }

        if (added is not null && history.AddedIn == 1)
        {
            diagnostics.Add(At(added.Span).AddedInFirstVersion(field.Name));
            history.AddedIn = null;
        }
        if (history.RemovedIn is { } removedIn && history.AddedIn is { } addedIn && removedIn <= addedIn)
        {
            diagnostics.Add(At(removed!.Span).RemovedBeforeAdded(field.Name, removedIn, addedIn));
            history.RemovedIn = null;
        }
        int first = history.AddedIn ?? 1;

        renames.Sort(static (x, y) => x.Version.CompareTo(y.Version));
        typeChanges.Sort(static (x, y) => x.Version.CompareTo(y.Version));
        optionality.Sort(static (x, y) => x.Version.CompareTo(y.Version));
        renames = KeepInLifetime(renames, r => r.Version, r => r.Span, "renamed", field.Name, first, history.RemovedIn);
        typeChanges = KeepInLifetime(typeChanges, c => c.Version, c => c.Span, "given another type", field.Name, first, history.RemovedIn);
        optionality = KeepInLifetime(optionality, c => c.Version, c => c.Span, c => c.BecameOptional ? "made optional" : "made required", field.Name, first, history.RemovedIn);
        renames = KeepOnePerVersion(renames, r => r.Version, r => r.Span, "@renamedFrom", field.Name);
        typeChanges = KeepOnePerVersion(typeChanges, c => c.Version, c => c.Span, "@typeChangedFrom", field.Name);
        optionality = KeepOnePerVersion(optionality, c => c.Version, c => c.Span, "@madeOptional or @madeRequired", field.Name);

        // Each change must change something: compare it with the state from its version on.
        var keptRenames = new List<FieldRename>(renames.Count);
        for (int i = 0; i < renames.Count; i++)
        {
            string after = i + 1 < renames.Count ? renames[i + 1].OldName : field.Name;
            if (string.Equals(renames[i].OldName, after, StringComparison.Ordinal)) diagnostics.Add(At(renames[i].Span).RenamedToSameName(after, renames[i].Version));
            else keptRenames.Add(renames[i]);
        }
        var currentType = TypeShape.From(field.Type);
        var keptTypes = new List<FieldTypeChange>(typeChanges.Count);
        for (int i = 0; i < typeChanges.Count; i++)
        {
            var after = i + 1 < typeChanges.Count ? typeChanges[i + 1].OldType : currentType;
            if (typeChanges[i].OldType.Equals(after)) diagnostics.Add(At(typeChanges[i].Span).TypeChangedToSameType(field.Name, after!.ToString(), typeChanges[i].Version));
            else keptTypes.Add(typeChanges[i]);
        }
        var keptOptionality = new List<OptionalityChange>(optionality.Count);
        for (int i = 0; i < optionality.Count; i++)
        {
            // From this change's version on the field is optional for @madeOptional; the next change (or the declaration) must agree.
            bool stateAfter = optionality[i].BecameOptional;
            bool nextExpects = i + 1 < optionality.Count ? !optionality[i + 1].BecameOptional : field.IsOptional;
            if (stateAfter != nextExpects)
            {
                string laterSource = i + 1 < optionality.Count
                    ? (optionality[i + 1].BecameOptional ? "@madeOptional" : "@madeRequired") + "(" + Number(optionality[i + 1].Version) + ")"
                    : "the declaration";
                diagnostics.Add(At(optionality[i].Span).OptionalityHistoryInconsistent(field.Name, stateAfter, optionality[i].Version, laterSource));
            }
            else keptOptionality.Add(optionality[i]);
        }
        history.Renames = keptRenames;
        history.TypeChanges = keptTypes;
        history.OptionalityChanges = keptOptionality;
        return history;
    }

    /// <summary>Reads an enum member's <c>@added</c> and <c>@removed</c>.</summary>
    public EnumMemberHistory BindMember(EnumMemberSymbol member, BoundDecorators decorators)
    {
        if (!HasHistoryDecorator(decorators)) return EnumMemberHistory.None;
        int current = member.ContainingEnum.History.CurrentVersion;
        var history = new EnumMemberHistory();
        DecoratorSyntax? removed = null;
        foreach (var (definition, syntax) in decorators.Applied)
        {
            if (definition != DecoratorDefinition.Added && definition != DecoratorDefinition.Removed) continue; // others are ES0032
            if (ReadVersion(definition, syntax, current, DeclarationName(member.ContainingEnum)) is not { } version) continue;
            if (definition == DecoratorDefinition.Added)
            {
                if (version == 1) diagnostics.Add(At(syntax.Span).AddedInFirstVersion(member.Name));
                else history.AddedIn = version;
            }
            else
            {
                history.RemovedIn = version;
                removed = syntax;
            }
        }
        if (history.RemovedIn is { } removedIn && history.AddedIn is { } addedIn && removedIn <= addedIn)
        {
            diagnostics.Add(At(removed!.Span).RemovedBeforeAdded(member.Name, removedIn, addedIn));
            history.RemovedIn = null;
        }
        return history;
    }

    /// <summary>Checks the versions of a record or event as a whole: no two fields share a name at a version; an event's <c>@type</c> names its version.</summary>
    public void CheckRecord(RecordSymbol record, BoundDecorators decorators)
    {
        if (!DeclarationHistory.HasHistoryIn(record)) return;
        var history = record.History;
        if (record.IsEvent && history.DeclaredEventType is { } declared && history.CurrentVersion > 1
            && !declared.EndsWith(".v" + Number(history.CurrentVersion), StringComparison.Ordinal)
            && decorators.Find(DecoratorDefinition.Type) is { ArgumentList.Arguments.Count: 1 } typeDecorator)
        {
            diagnostics.Add(At(typeDecorator.Arguments[0].Span).EventTypeNotVersioned(declared, history.CurrentVersion));
        }
        foreach (int version in VersionsWithChanges(history))
        {
            var names = new Dictionary<string, FieldShape>(StringComparer.Ordinal);
            var jsonNames = new Dictionary<string, FieldShape>(StringComparer.Ordinal);
            foreach (var field in history.ShapeAt(version).Fields)
            {
                bool nameTaken = names.TryGetValue(field.Name, out var sameName);
                bool jsonTaken = jsonNames.TryGetValue(field.JsonName, out var sameJson);
                if (nameTaken || jsonTaken)
                {
                    var other = nameTaken ? sameName! : sameJson!;
                    // Report at the field written later, whose history makes the clash.
                    var later = field.Symbol!.Span.Start > other.Symbol!.Span.Start ? field : other;
                    diagnostics.Add(At(later.Symbol!.NameSpan).HistoryNameClash(nameTaken ? field.Name : field.JsonName, nameTaken ? "name" : "JSON name", version,
                        later == field ? other.Symbol!.Name : field.Symbol!.Name, later.Symbol!.Name));
                    break;
                }
                names[field.Name] = field;
                jsonNames[field.JsonName] = field;
            }
        }
    }

    /// <summary>Checks that an enum has members at every version.</summary>
    public void CheckEnum(EnumSymbol enumSymbol)
    {
        if (!DeclarationHistory.HasHistoryIn(enumSymbol) || enumSymbol.Members.Count + enumSymbol.RemovedMembers.Count == 0) return;
        var history = enumSymbol.History;
        foreach (int version in VersionsWithChanges(history))
        {
            if (history.ShapeAt(version).Members.Count == 0)
            {
                diagnostics.Add(At(enumSymbol.NameSpan).EnumEmptyAtVersion(enumSymbol.Name, version));
                return;
            }
        }
    }

    /// <summary>Version 1 and every version at which a history decorator changes something: the only versions that can differ.</summary>
    internal static SortedSet<int> VersionsWithChanges(DeclarationHistory history)
    {
        var versions = new SortedSet<int> { 1 };
        void Add(int? version) { if (version is { } v && v >= 1 && v <= history.CurrentVersion) versions.Add(v); }
        switch (history.Declaration)
        {
            case RecordSymbol record:
                foreach (var field in DeclarationHistory.AllFields(record))
                {
                    var h = field.History;
                    Add(h.AddedIn); Add(h.RemovedIn);
                    foreach (var r in h.Renames) Add(r.Version);
                    foreach (var t in h.TypeChanges) Add(t.Version);
                    foreach (var o in h.OptionalityChanges) Add(o.Version);
                }
                break;
            case EnumSymbol enumSymbol:
                foreach (var member in enumSymbol.Members) Add(member.History.AddedIn);
                foreach (var member in enumSymbol.RemovedMembers) { Add(member.History.AddedIn); Add(member.History.RemovedIn); }
                break;
        }
        return versions;
    }

    /// <summary>
    /// ES0708 for the names in <c>@typeChangedFrom</c> that resolve to nothing, with the closest names and a fix that
    /// writes them: <c>strng</c> becomes <c>string</c>, and in a string (<c>"map&lt;strng, Oficial&gt;"</c>) only those
    /// names change. A qualified suggestion for a bare name is written as a string, the form a qualified former type takes.
    /// </summary>
    private Diagnostic UnknownHistoryTypeNames<TScope>(SyntaxToken typeToken, string typeText, TypeShape written, TScope scope, Func<TScope, string, (string? FullName, string? Suggestion)> resolveTypeName)
    {
        var unresolved = new List<string>();
        string? corrected = typeText;
        written.MapNames(name =>
        {
            var (fullName, suggestion) = resolveTypeName(scope, name);
            if (fullName is null && !unresolved.Contains(name))
            {
                unresolved.Add(name);
                corrected = suggestion is null || corrected is null ? null : ReplaceName(corrected, name, suggestion);
            }
            return name;
        });
        // As written, left to right, whatever order the shape keeps a map's key and value in.
        unresolved.Sort((x, y) => typeText.IndexOf(x, StringComparison.Ordinal).CompareTo(typeText.IndexOf(y, StringComparison.Ordinal)));
        bool asString = typeToken.Kind == TokenKind.StringLiteral || corrected?.IndexOf('.') >= 0;
        string? correctedToken = corrected is null ? null : asString ? StringLiteral.Encode(corrected) : corrected;
        return At(typeToken.Span).UnknownHistoryTypeName(typeText, unresolved, corrected, typeToken.Text, correctedToken);
    }

    // Every whole occurrence of the name (not part of a longer or dotted name) in a written type such as "map<strng, strng>".
    private static string ReplaceName(string typeText, string name, string replacement)
    {
        var result = new System.Text.StringBuilder(typeText.Length + replacement.Length);
        int done = 0;
        for (int at = typeText.IndexOf(name, StringComparison.Ordinal); at >= 0; at = typeText.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            int end = at + name.Length;
            if ((at > 0 && IsNamePart(typeText[at - 1])) || (end < typeText.Length && IsNamePart(typeText[end]))) continue;
            result.Append(typeText, done, at - done).Append(replacement);
            done = end;
        }
        return result.Append(typeText, done, typeText.Length - done).ToString();
    }

    private static bool IsNamePart(char c) => CharacterFacts.IsAsciiIdentifierPart(c) || c == '.';

    private static bool HasHistoryDecorator(BoundDecorators decorators) => decorators.HasAnyApplied(HistoryDefinitions);

    private static readonly ulong HistoryDefinitions = DecoratorDefinition.Added.Bit | DecoratorDefinition.Removed.Bit | DecoratorDefinition.RenamedFrom.Bit
        | DecoratorDefinition.TypeChangedFrom.Bit | DecoratorDefinition.MadeOptional.Bit | DecoratorDefinition.MadeRequired.Bit;

    private static bool IsHistory(DecoratorDefinition definition)
        => definition == DecoratorDefinition.Added || definition == DecoratorDefinition.Removed || definition == DecoratorDefinition.RenamedFrom
           || definition == DecoratorDefinition.TypeChangedFrom || definition == DecoratorDefinition.MadeOptional || definition == DecoratorDefinition.MadeRequired;

    private static string DeclarationName(DeclarationSymbol declaration) => declaration.Name;

    /// <summary>The decorator's version argument when it is within 2..current (1 for <c>@added</c>, reported separately); null when not.</summary>
    private int? ReadVersion(DecoratorDefinition definition, DecoratorSyntax syntax, int current, string declarationName)
    {
        var arguments = syntax.ArgumentValues;
        if (arguments.Count == 0 || arguments[0].Token.Kind != TokenKind.NumberLiteral) return null; // ES0034
        var token = arguments[0].Token;
        if (!DecoratorBinder.IsWholeNumber(token.Text) || !int.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int version) || version < 1)
        {
            return null; // reported as ES0034 or ES0035
        }
        if (version == 1 && definition == DecoratorDefinition.Added) return 1;
        if (version == 1 || version > current)
        {
            diagnostics.Add(At(token.Span).HistoryVersionOutOfRange("@" + definition.Name, version, declarationName, current));
            return null;
        }
        return version;
    }

    private List<T> KeepInLifetime<T>(List<T> changes, Func<T, int> version, Func<T, TextSpan> span, string what, string fieldName, int first, int? removedIn)
        => KeepInLifetime(changes, version, span, _ => what, fieldName, first, removedIn);

    private List<T> KeepInLifetime<T>(List<T> changes, Func<T, int> version, Func<T, TextSpan> span, Func<T, string> what, string fieldName, int first, int? removedIn)
    {
        var kept = new List<T>(changes.Count);
        foreach (var change in changes)
        {
            int v = version(change);
            // A change at version v compares version v-1 with version v, so the field must exist at both.
            if (v <= first || removedIn is { } removed && v >= removed)
            {
                diagnostics.Add(At(span(change)).ChangeOutsideLifetime(fieldName, what(change), v, first, removedIn));
                continue;
            }
            kept.Add(change);
        }
        return kept;
    }

    private List<T> KeepOnePerVersion<T>(List<T> changes, Func<T, int> version, Func<T, TextSpan> span, string decorators, string fieldName)
    {
        var kept = new List<T>(changes.Count);
        foreach (var change in changes)
        {
            if (kept.Count > 0 && version(kept[kept.Count - 1]) == version(change))
            {
                diagnostics.Add(At(span(change)).ConflictingHistoryChanges(fieldName, decorators, version(change)));
                continue;
            }
            kept.Add(change);
        }
        return kept;
    }

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
