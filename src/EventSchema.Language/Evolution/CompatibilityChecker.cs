using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Export;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Language.Evolution;

/// <summary>
/// Compares a compilation's schemas with the lock file's published versions and reports every breaking change as a
/// located diagnostic (ES0730–ES0799) that names the rule and quotes the lock file. Published versions may never
/// change (whatever the mode); a new version must be compatible with the locked versions the mode names, per
/// declaration (<c>@compatibility</c>) or for the project.
/// </summary>
public static partial class CompatibilityChecker
{
    /// <summary>
    /// Checks <paramref name="compilation"/> against <paramref name="schemaLock"/> under <paramref name="mode"/> (the
    /// project's mode; a declaration's <c>@compatibility</c> overrides it). Returns the breaking changes, ordered by file
    /// and position; empty when everything is compatible. Declarations of referenced assemblies are not checked here
    /// (their own project checks them). Run it on a compilation without errors: a declaration whose types did not bind
    /// is compared as far as it bound.
    /// </summary>
    /// <remarks>The JSON naming is not compared: a host that knows the project's naming passes it to
    /// <see cref="Check(SchemaCompilation, SchemaLock, CompatibilityMode, JsonNaming, CancellationToken)"/>.</remarks>
    public static IReadOnlyList<Diagnostic> Check(SchemaCompilation compilation, SchemaLock schemaLock, CompatibilityMode mode, CancellationToken cancellationToken = default)
        => Check(compilation, schemaLock, mode, naming: null, ignoreDeclaredModes: false, cancellationToken);

    /// <summary>
    /// As <see cref="Check(SchemaCompilation, SchemaLock, CompatibilityMode, CancellationToken)"/>, for a project whose
    /// wire names follow <paramref name="naming"/> (its <c>EventSchemaJsonNaming</c>): when the lock file records another
    /// naming that gives published fields or union members other wire names, each such declaration whose mode is not
    /// <c>none</c> gets a <c>JSON_NAMING_CHANGED</c> error (ES0763). A lock file of format 1 to 3 records no naming, so
    /// none is compared.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(SchemaCompilation compilation, SchemaLock schemaLock, CompatibilityMode mode, JsonNaming naming, CancellationToken cancellationToken = default)
        => Check(compilation, schemaLock, mode, naming, ignoreDeclaredModes: false, cancellationToken);

    private static IReadOnlyList<Diagnostic> Check(SchemaCompilation compilation, SchemaLock schemaLock, CompatibilityMode mode, JsonNaming? naming, bool ignoreDeclaredModes, CancellationToken cancellationToken)
    {
        if (compilation is null) throw new ArgumentNullException(nameof(compilation));
        if (schemaLock is null) throw new ArgumentNullException(nameof(schemaLock));
        if (schemaLock.Source is null)
        {
            // A lock built in memory has no file to point at: read its written form, so every quote has a location.
            schemaLock = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, schemaLock.Write())).Lock ?? schemaLock;
        }
        // A format 1 file did not record map key types and empty collection defaults: the schema's are taken as unchanged.
        var run = new Run(compilation, schemaLock.CompletedFrom(compilation), mode, cancellationToken) { IgnoreDeclaredModes = ignoreDeclaredModes, Naming = naming };
        run.CheckAll();
        return DiagnosticOrder.SortAndDeduplicate(run.Diagnostics);
    }

    /// <summary>
    /// The edits of versions <paramref name="schemaLock"/> records as published (what mode <c>none</c> still reports),
    /// leaving out declarations that are no longer declared: rewriting the lock is how such a removal is made deliberate.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CheckPublishedVersions(SchemaCompilation compilation, SchemaLock schemaLock, CancellationToken cancellationToken = default)
        => CheckPublishedVersions(compilation, schemaLock, naming: null, cancellationToken);

    /// <summary>
    /// As <see cref="CheckPublishedVersions(SchemaCompilation, SchemaLock, CancellationToken)"/>, and also, whatever the
    /// mode, a JSON naming other than the one the lock file records when it gives published fields or union members
    /// other wire names (ES0763): writing the lock then would record the new naming for versions published under the old.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CheckPublishedVersions(SchemaCompilation compilation, SchemaLock schemaLock, JsonNaming naming, CancellationToken cancellationToken = default)
        => CheckPublishedVersions(compilation, schemaLock, (JsonNaming?)naming, cancellationToken);

    private static IReadOnlyList<Diagnostic> CheckPublishedVersions(SchemaCompilation compilation, SchemaLock schemaLock, JsonNaming? naming, CancellationToken cancellationToken)
    {
        var edits = new List<Diagnostic>();
        // Mode none everywhere, a declaration's '@compatibility' included: its breaks are for 'check', not for the lock.
        foreach (var diagnostic in Check(compilation, schemaLock, CompatibilityMode.None, naming, ignoreDeclaredModes: true, cancellationToken))
        {
            if (diagnostic.Code != DiagnosticBuilder.DeclarationRemovedDefinition.Code) edits.Add(diagnostic);
        }
        return edits;
    }

    /// <summary>
    /// The declarations <paramref name="schemaLock"/> records that are no longer declared under that name but moved: each
    /// locked full name with the full name of the declaration of the same kind and shape that replaced it, paired as
    /// <see cref="Check(SchemaCompilation, SchemaLock, CompatibilityMode, CancellationToken)"/> pairs them.
    /// </summary>
    internal static IReadOnlyDictionary<string, string> MovedDeclarations(SchemaCompilation compilation, SchemaLock schemaLock)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declaration in compilation.Declarations) declared.Add(declaration.FullName);
        bool anyGone = false;
        foreach (var locked in schemaLock.Declarations) anyGone |= !declared.Contains(locked.FullName);
        if (!anyGone) return new Dictionary<string, string>(StringComparer.Ordinal);
        return new Run(compilation, schemaLock.CompletedFrom(compilation), CompatibilityMode.None, CancellationToken.None).MovedDeclarations();
    }

    private sealed partial class Run
    {
        private readonly SchemaCompilation _compilation;
        private readonly SchemaLock _lock;
        private readonly CompatibilityMode _mode;
        private readonly CancellationToken _cancellationToken;
        private readonly SchemaLocator _locator;
        private readonly Dictionary<string, DeclarationSymbol> _current = new(StringComparer.Ordinal);
        private readonly TypeRelations _relations;
        private readonly Dictionary<string, DeclarationSymbol?> _resolved = new(StringComparer.Ordinal);

        public List<Diagnostic> Diagnostics { get; } = new();

        /// <summary>Whether a declaration's <c>@compatibility</c> is ignored, so only edits of published versions are reported.</summary>
        public bool IgnoreDeclaredModes { get; init; }

        /// <summary>
        /// The project's JSON naming, compared with the one the lock records; null when the host does not know it. When
        /// <see cref="IgnoreDeclaredModes"/> is set, a naming that changes wire names is reported whatever the mode.
        /// </summary>
        public JsonNaming? Naming { get; init; }

        public Run(SchemaCompilation compilation, SchemaLock schemaLock, CompatibilityMode mode, CancellationToken cancellationToken)
        {
            _compilation = compilation;
            _lock = schemaLock;
            _mode = mode;
            _cancellationToken = cancellationToken;
            _locator = new SchemaLocator(compilation);
            foreach (var declaration in compilation.Declarations)
            {
                if (!_current.ContainsKey(declaration.FullName)) _current[declaration.FullName] = declaration;
            }
            // Older types resolve in the lock (their newest locked version), newer ones in the schema.
            _relations = new TypeRelations(
                name => _lock.Find(name)?.Latest ?? (_current.TryGetValue(name, out var d) ? d.History.Current : null),
                name => _current.TryGetValue(name, out var d) ? d.History.Current : null);
        }

        public void CheckAll()
        {
            // Every locked name is resolved first: a union's members are matched through the records they became.
            foreach (var locked in _lock.Declarations)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                _resolved[locked.FullName] = _current.TryGetValue(locked.FullName, out var same) ? same : FindMoved(locked);
            }
            foreach (var locked in _lock.Declarations)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var declaration = _resolved[locked.FullName];
                if (declaration is null)
                {
                    if (_mode != CompatibilityMode.None) ReportDeclarationRemoved(locked);
                    continue;
                }
                CheckDeclaration(locked, declaration);
            }
        }

        /// <summary>
        /// A type the lock names that is declared nowhere now, neither here nor in a referenced assembly, when the new type
        /// refers to a referenced assembly's declaration: what a library's rename looks like from a project that uses it,
        /// whose own lock never recorded the library's shapes. Null otherwise.
        /// </summary>
        private string? RenamedByReference(TypeShape locked, TypeShape now)
        {
            bool fromReference = false;
            foreach (var name in now.NamedReferences())
            {
                if (_compilation.GetDeclaration(name) is { } declaration && _locator.TextOf(declaration) is null) fromReference = true;
            }
            if (!fromReference) return null;
            foreach (var name in locked.NamedReferences())
            {
                if (_lock.Find(name) is null && _compilation.GetDeclaration(name) is null) return name;
            }
            return null;
        }

        /// <summary>The one published field with no counterpart at this version whose type is <paramref name="field"/>'s; null when none or several.</summary>
        private FieldShape? FormerNameOf(FieldShape field, DeclarationShape published, IReadOnlyList<FieldShape?> counterparts)
        {
            FieldShape? former = null;
            for (int i = 0; i < published.Fields.Count; i++)
            {
                if (counterparts[i] is not null || _relations.Relate(published.Fields[i].Type, field.Type) != TypeRelation.Same) continue;
                if (former is not null) return null;
                former = published.Fields[i];
            }
            return former;
        }

        /// <summary>Each locked declaration no longer declared under its name that moved, with the name it has now.</summary>
        public Dictionary<string, string> MovedDeclarations()
        {
            var moved = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var locked in _lock.Declarations)
            {
                if (!_current.ContainsKey(locked.FullName) && FindMoved(locked) is { } declaration) moved[locked.FullName] = declaration.FullName;
            }
            return moved;
        }

        /// <summary>A declaration of the same kind and shape under another name that the lock does not know: the locked one moved.</summary>
        private DeclarationSymbol? FindMoved(LockedDeclaration locked)
        {
            DeclarationSymbol? found = null;
            foreach (var declaration in _current.Values)
            {
                if (declaration.Kind != locked.Kind || _lock.Find(declaration.FullName) is not null) continue;
                if (declaration.History.CurrentVersion < locked.Latest.Version) continue;
                if (!_relations.StructurallyEqual(locked.Latest, declaration.History.ShapeAt(locked.Latest.Version))) continue;
                // Prefer the same simple name; otherwise one match only, so a guess never hides a removal.
                if (declaration.Name == locked.Latest.Name) return declaration;
                if (found is not null) return null;
                found = declaration;
            }
            return found;
        }

        private void CheckDeclaration(LockedDeclaration locked, DeclarationSymbol declaration)
        {
            var text = _locator.TextOf(declaration);
            if (text is null) return; // declared by a referenced assembly
            var syntax = _locator.SyntaxOf(declaration);
            var history = declaration.History;
            var mode = IgnoreDeclaredModes ? _mode : history.Compatibility ?? _mode;
            var context = new DeclarationContext(text, declaration, syntax, locked, mode);
            if (declaration.Kind != locked.Kind)
            {
                Report(context, DiagnosticBuilder.DeclarationKindChangedDefinition, declaration.NameSpan,
                    $"'{declaration.FullName}' is now {Article(declaration.Kind)}, but the lock file records it as {Article(locked.Kind)} ({locked.Location?.ToString() ?? "lock file"}). Keep the kind, and declare a new type for the new one.");
                return;
            }
            if (history.CurrentVersion < locked.Latest.Version)
            {
                if (declaration is UnionSymbol { IsInline: true }) return; // its record's version: reported on the record
                var span = syntax is not null && SchemaLocator.DecoratorSpan(syntax.Decorators, "version") is { } versionSpan ? versionSpan : declaration.NameSpan;
                Report(context, DiagnosticBuilder.VersionDecreasedDefinition, span,
                    $"'{declaration.FullName}' is at version {N(history.CurrentVersion)}, but the lock file already records version {N(locked.Latest.Version)} ({locked.Latest.Location?.ToString() ?? "lock file"}); published versions cannot be taken back. Set '@version({N(locked.Latest.Version)})' or higher.");
                return;
            }
            foreach (var published in locked.Versions)
            {
                CheckPublishedVersion(context, published, history.ShapeAt(published.Version), published.Version == history.CurrentVersion);
            }
            if (mode != CompatibilityMode.None || IgnoreDeclaredModes) CheckNaming(context);
            if (history.CurrentVersion == locked.Latest.Version || mode == CompatibilityMode.None) return;
            var newest = history.Current;
            if (mode.IsTransitive())
            {
                foreach (var published in locked.Versions) CheckNewVersion(context, published, newest);
            }
            else
            {
                CheckNewVersion(context, locked.Latest, newest);
            }
        }

        // Published versions.

        private void CheckPublishedVersion(DeclarationContext context, DeclarationShape published, DeclarationShape derived, bool isCurrent)
        {
            var declaration = context.Declaration;
            // Messages are built only when something is reported: most checks find nothing.
            string where() => published.Location?.ToString() ?? "the lock file";
            // The change belongs to the first version after the locked ones; the schema may already be at it.
            int newVersion = Math.Max(declaration.History.CurrentVersion, context.Locked.Latest.Version + 1);
            string bump() => declaration.History.CurrentVersion >= newVersion
                ? $"describe the change with a history decorator of version {N(newVersion)}, or undo the edit"
                : $"raise '@version' to {N(newVersion)} and describe the change with a history decorator, or undo the edit";
            // Rules and defaults have no history decorators: they belong to the version that states them.
            string bumpForRule() => $"raise '@version' to {N(newVersion)}, whose readers then hold the new rule, or undo the edit";
            string versionText() => $"version {N(published.Version)} of '{declaration.FullName}'";
            if (published.EventType is not null && derived.EventType is not null && published.EventType != derived.EventType)
            {
                var span = context.Syntax is not null && SchemaLocator.DecoratorSpan(context.Syntax.Decorators, "type") is { } typeSpan ? typeSpan : declaration.NameSpan;
                string suffix = ".v" + N(published.Version);
                string stem = published.EventType.EndsWith(suffix, StringComparison.Ordinal) ? published.EventType.Substring(0, published.EventType.Length - suffix.Length) : published.EventType;
                Report(context, DiagnosticBuilder.EventTypeChangedDefinition, span,
                    $"The event type of {versionText()} is now \"{derived.EventType}\", but the lock file records \"{published.EventType}\" ({where()}); stored events and consumers carry that string. Keep it with '@type(\"{stem}.v{N(declaration.History.CurrentVersion)}\")'.");
            }
            switch (published.Kind)
            {
                case DeclarationKind.Enum:
                    foreach (var member in published.Members)
                    {
                        if (derived.FindMemberByJsonValue(member.JsonValue) is null)
                        {
                            Edited(context, declaration.NameSpan, $"{versionText()} has the enum value \"{member.JsonValue}\" in the lock file ({member.Location?.ToString() ?? where()}), but the schema no longer has it at that version; mark the member '@removed({N(newVersion)})' instead of deleting it, and {bump()}.");
                        }
                    }
                    foreach (var member in derived.Members)
                    {
                        if (published.FindMemberByJsonValue(member.JsonValue) is null)
                        {
                            Edited(context, member.Symbol?.NameSpan ?? declaration.NameSpan, $"{versionText()} is published without the enum value \"{member.JsonValue}\" ({where()}); mark '{member.Name}' '@added(N)' with a new version N, that is: {bump()}.");
                        }
                    }
                    return;
                case DeclarationKind.Union:
                    // Older versions show the current members (they are not versioned by decorators): only the current one is compared.
                    if (isCurrent) CheckPublishedUnion(context, published, derived);
                    return;
                case DeclarationKind.Scalar:
                    if (!isCurrent) return;
                    if (published.UnderlyingType is not null && derived.UnderlyingType is not null && !published.UnderlyingType.Equals(derived.UnderlyingType))
                    {
                        var scalarSyntax = context.Syntax as ScalarDeclarationSyntax;
                        Edited(context, scalarSyntax?.UnderlyingType.Span ?? declaration.NameSpan, $"{versionText()} wraps '{published.UnderlyingType}' in the lock file ({where()}), but the schema now says '{derived.UnderlyingType}'; {bump()}.");
                    }
                    foreach (var change in ConstraintComparison.Compare(published.Constraints, derived.Constraints))
                    {
                        Edited(context, ConstraintSpan(context.Syntax?.Decorators, change.Decorator, declaration.NameSpan), $"{versionText()} has {DescribeConstraint(change.Decorator, change.Older)} in the lock file ({where()}), but the schema now has {DescribeConstraint(change.Decorator, change.Newer)}; {bumpForRule()}.");
                    }
                    return;
            }
            var naming = PublishedNaming;
            var counterparts = FieldCounterparts.Match(published.Fields, derived.Fields, naming);
            for (int i = 0; i < published.Fields.Count; i++)
            {
                var lockedField = published.Fields[i];
                var field = counterparts[i];
                string fieldWhere() => lockedField.Location?.ToString() ?? where();
                if (field is null)
                {
                    Edited(context, declaration.NameSpan, $"{versionText()} has the field `{lockedField}` in the lock file ({fieldWhere()}), but the schema no longer has it at that version; keep it as history with '@removed(N)' (or '@renamedFrom(N, \"{lockedField.Name}\")' on its new name), where N is the new version: {bump()}.");
                    continue;
                }
                // Found only to place a report: an unchanged field (nearly all of them) never needs its syntax.
                FieldDeclarationSyntax? FieldSyntax() => field.Symbol is { } symbol ? _locator.SyntaxOf(symbol) : null;
                var nameSpan = field.Symbol?.NameSpan ?? declaration.NameSpan;
                string publishedWireName = PublishedWireName(lockedField, field, naming), wireName = JsonNames.WireName(field, naming);
                if (publishedWireName != wireName && field.Symbol is not null)
                {
                    var span = field.Symbol.HasExplicitJsonName && FieldSyntax() is { } fieldSyntax ? SchemaLocator.DecoratorSpan(fieldSyntax.Decorators, "json") ?? nameSpan : nameSpan;
                    Edited(context, span, WireNameEdited(versionText(), lockedField, field, publishedWireName, wireName, naming, fieldWhere()));
                }
                else if (field.Name != lockedField.Name && !lockedField.KeepsJsonName && !field.KeepsJsonName)
                {
                    // The naming converts the name, so another name is another wire name under some naming. A field whose
                    // wire name is fixed on both sides may be called anything in C#: readers never see that name.
                    Edited(context, nameSpan, $"{versionText()} calls the field \"{lockedField.JsonName}\" '{lockedField.Name}' in the lock file ({fieldWhere()}), but the schema now calls it '{field.Name}' at that version; {bump()} ('@renamedFrom').");
                }
                if (_relations.Relate(lockedField.Type, field.Type) != TypeRelation.Same)
                {
                    string change = $"{versionText()} has `{lockedField}` in the lock file ({fieldWhere()}), but the schema now gives '{field.Name}' the type '{field.Type}' at that version";
                    Edited(context, FieldSyntax()?.Type.Span ?? nameSpan, RenamedByReference(lockedField.Type, field.Type) is { } gone
                        ? $"{change}. '{gone}' is declared nowhere any more, and the new type comes from a referenced assembly: if that library only renamed or moved the type, with the same shape, nothing changed on the wire, and this project's lock file just needs writing again ('eventschema lock --force --reference path/to/Library.dll', or delete it and build the target UpdateEventSchemaLock); otherwise {bump()}. The history decorator of a type change is '@typeChangedFrom'."
                        : $"{change}; {bump()}. The history decorator of a type change is '@typeChangedFrom'.");
                }
                if (field.IsOptional != lockedField.IsOptional)
                {
                    var span = FieldSyntax()?.Question?.Span ?? nameSpan;
                    Edited(context, span, $"{versionText()} has `{lockedField}` in the lock file ({fieldWhere()}), but the schema now makes '{field.Name}' {(field.IsOptional ? "optional" : "required")} at that version; {bump()} ('@madeOptional' or '@madeRequired').");
                }
                if (!isCurrent) continue;
                if (field.DefaultJson != lockedField.DefaultJson)
                {
                    var span = FieldSyntax()?.DefaultValue?.Span ?? nameSpan;
                    Edited(context, span, $"{versionText()} has `{lockedField}` in the lock file ({fieldWhere()}), but the schema now gives '{field.Name}' {(field.DefaultJson is null ? "no default" : "the default " + field.DefaultJson)}; {bumpForRule()}.");
                }
                foreach (var change in ConstraintComparison.Compare(lockedField.Constraints, field.Constraints))
                {
                    Edited(context, FieldConstraintSpan(FieldSyntax(), change.Decorator, nameSpan), $"{versionText()} has {DescribeConstraint(change.Decorator, change.Older)} on '{field.Name}' in the lock file ({fieldWhere()}), but the schema now has {DescribeConstraint(change.Decorator, change.Newer)}; {bumpForRule()}.");
                }
            }
            foreach (var field in derived.Fields)
            {
                if (FieldCounterparts.IsPaired(counterparts, field)) continue;
                // A published field of the same type that is gone at this version is most likely this one, renamed.
                var former = FormerNameOf(field, published, counterparts);
                string decorator = former is null
                    ? "mark it '@added(N)'"
                    : $"if it is the published '{former.Name}' under a new name, mark it '@renamedFrom(N, \"{former.Name}\")', otherwise '@added(N)',";
                Edited(context, field.Symbol?.NameSpan ?? declaration.NameSpan, $"{versionText()} is published without the field '{field.Name}' ({where()}); {decorator} with a new version N, that is: {bump()}.");
            }
        }

        /// <summary>
        /// The naming the lock's versions were published with: the one it records, else (an older lock) the project's, else
        /// none that converts. Fields are compared by their wire names under it; a change of the naming itself is
        /// <c>JSON_NAMING_CHANGED</c>'s.
        /// </summary>
        private JsonNaming PublishedNaming => _lock.JsonNaming ?? Naming ?? JsonNaming.AsWritten;

        /// <summary>
        /// The wire name <paramref name="locked"/> was published with. A field spread from a referenced assembly keeps
        /// its key under every naming, which lock files did not say before they recorded the naming.
        /// </summary>
        private static string PublishedWireName(FieldShape locked, FieldShape current, JsonNaming naming)
            => current.Symbol is { HasFixedJsonName: true } ? locked.JsonName : JsonNames.WireName(locked, naming);

        /// <summary>
        /// What a published version's field changed on the wire, and how to keep the published name: '@json' names a field
        /// on the wire in every version, the ones before its '@renamedFrom' too, so only a field without it is renamed on
        /// the wire by '@renamedFrom'.
        /// </summary>
        private static string WireNameEdited(string versionText, FieldShape locked, FieldShape field, string publishedWireName, string wireName, JsonNaming naming, string where)
        {
            string underNaming = $"under the JSON naming {JsonNamings.Name(naming)}";
            string published = locked.KeepsJsonName
                ? $"{versionText} fixes the wire name of '{locked.Name}' as \"{publishedWireName}\" in the lock file ({where})"
                : $"{versionText} writes the field '{locked.Name}' as \"{publishedWireName}\"{(publishedWireName == locked.Name ? "" : $" (its name {underNaming})")} in the lock file ({where})";
            string keep = $"'@json(\"{publishedWireName}\")'";
            var symbol = field.Symbol!;
            if (!symbol.HasExplicitJsonName)
            {
                string converted = wireName == field.Name ? "" : " " + underNaming;
                string origin = field.Name == symbol.Name ? (converted.Length == 0 ? "" : $" (its name{converted})") : $" ('{field.Name}', its name before '@renamedFrom'{converted})";
                return $"{published}, but without '@json' the field is now written as \"{wireName}\" at that version{origin}; {(locked.KeepsJsonName ? "give it back " : "write ")}{keep} to keep the published wire name.";
            }
            string json = $"'@json(\"{symbol.JsonName}\")'";
            bool withoutJsonRestores = JsonNames.Convert(field.Name, naming) == publishedWireName;
            if (field.Name == symbol.Name)
            {
                return $"{published}, but {json} now fixes it as \"{wireName}\"; {(withoutJsonRestores ? "remove the '@json'" : "write " + keep)} to keep the published wire name.";
            }
            string renamed = $"{published}, but {json} names '{symbol.Name}' \"{wireName}\" on the wire in every version, those before its '@renamedFrom' too (a rename changes the wire name only of a field without '@json')";
            return withoutJsonRestores
                ? $"{renamed}; write {keep} to keep the published wire name in every version, or remove the '@json' to rename the field on the wire from its '@renamedFrom' on (readers of the older versions then miss it, a forward break)."
                : $"{renamed}; write {keep} to keep the published wire name.";
        }

        private void Edited(DeclarationContext context, TextSpan span, string message)
            => Report(context, DiagnosticBuilder.PublishedVersionEditedDefinition, span, Capitalize(message));

        // New versions.

        private void CheckNewVersion(DeclarationContext context, DeclarationShape published, DeclarationShape newest)
        {
            var declaration = context.Declaration;
            var mode = context.Mode;
            bool backward = mode.ChecksBackward(), forward = mode.ChecksForward();
            string where() => published.Location?.ToString() ?? "the lock file";
            int older = published.Version, newer = newest.Version;
            switch (published.Kind)
            {
                case DeclarationKind.Union:
                    CheckNewUnion(context, published, newest);
                    return;
                case DeclarationKind.Enum:
                    foreach (var member in published.Members)
                    {
                        if (backward && newest.FindMemberByJsonValue(member.JsonValue) is null)
                        {
                            Break(context, DiagnosticBuilder.EnumValueRemovedDefinition, declaration.NameSpan, published, newest, backwardBreak: true,
                                $"Version {N(newer)} of '{declaration.FullName}' has no enum value \"{member.JsonValue}\", which version {N(older)} has ({member.Location?.ToString() ?? where()})", "keep the member, marked '@deprecated'");
                        }
                    }
                    foreach (var member in newest.Members)
                    {
                        if (forward && published.FindMemberByJsonValue(member.JsonValue) is null)
                        {
                            Break(context, DiagnosticBuilder.EnumValueAddedDefinition, member.Symbol?.NameSpan ?? declaration.NameSpan, published, newest, backwardBreak: false,
                                $"Version {N(newer)} of '{declaration.FullName}' adds the enum value \"{member.JsonValue}\", which version {N(older)} does not know ({where()})", "leave the enum as it is, or use a backward compatibility mode");
                        }
                    }
                    return;
                case DeclarationKind.Scalar:
                {
                    var scalarSyntax = context.Syntax as ScalarDeclarationSyntax;
                    if (published.UnderlyingType is not null && newest.UnderlyingType is not null)
                    {
                        TypeChange(context, published, newest, published.UnderlyingType, newest.UnderlyingType, scalarSyntax?.UnderlyingType.Span ?? declaration.NameSpan, "the scalar", where);
                    }
                    ConstraintChanges(context, published, newest, published.Constraints, newest.Constraints, decorator => ConstraintSpan(context.Syntax?.Decorators, decorator, declaration.NameSpan), "'" + declaration.Name + "'", where);
                    return;
                }
            }

            // Fields are matched through the history: the same field symbol at both versions, whatever its name then.
            var naming = PublishedNaming;
            var derivedOld = declaration.History.ShapeAt(older);
            var olderCounterparts = FieldCounterparts.Match(published.Fields, derivedOld.Fields, naming);
            var newestCounterparts = FieldCounterparts.Match(published.Fields, newest.Fields, naming);
            var matched = new HashSet<FieldSymbol>();
            for (int i = 0; i < published.Fields.Count; i++)
            {
                var lockedField = published.Fields[i];
                string fieldWhere() => lockedField.Location?.ToString() ?? where();
                var symbol = olderCounterparts[i]?.Symbol;
                FieldShape? field = null;
                if (symbol is not null)
                {
                    foreach (var candidate in newest.Fields)
                    {
                        if (ReferenceEquals(candidate.Symbol, symbol)) { field = candidate; break; }
                    }
                }
                else
                {
                    field = newestCounterparts[i];
                }
                if (field is null)
                {
                    if (forward && !lockedField.MayBeOmitted)
                    {
                        Break(context, DiagnosticBuilder.FieldRemovedDefinition, declaration.NameSpan, published, newest, backwardBreak: false,
                            $"Version {N(newer)} of '{declaration.FullName}' has no field '{lockedField.Name}', which version {N(older)} requires: `{lockedField}` ({fieldWhere()})",
                            "keep the field, make it optional in a version of its own first, or give it a default");
                    }
                    continue;
                }
                matched.Add(field.Symbol!);
                var fieldSyntax = _locator.SyntaxOf(field.Symbol!);
                var nameSpan = field.Symbol!.NameSpan;
                // An event's readers know which version wrote the data (its event type says so) and read it under that version's
                // names. A record is read in its current shape wherever it appears; its reader also takes the former names its
                // history gives, unless another field has that name at some version, and then the rename breaks backward too.
                // The wire names, under the naming the versions were published with: a new naming is JSON_NAMING_CHANGED's.
                string publishedWireName = PublishedWireName(lockedField, field, naming), wireName = JsonNames.WireName(field, naming);
                bool renameBreaksBackward = backward && published.Kind != DeclarationKind.Event && FormerNameTaken(declaration, field.Symbol!, publishedWireName, naming);
                if (wireName != publishedWireName && (forward || renameBreaksBackward))
                {
                    // Old readers do not know the new name: a required field fails, an optional one silently reads as absent.
                    var renameSpan = FirstRenameAfter(field.Symbol!, older)?.Span ?? JsonSpan(field.Symbol!) ?? nameSpan;
                    Break(context, DiagnosticBuilder.FieldRenamedDefinition, renameSpan, published, newest, backwardBreak: renameBreaksBackward,
                        renameBreaksBackward
                            ? $"Version {N(newer)} of the record '{declaration.FullName}' reads the field \"{publishedWireName}\" as \"{wireName}\", but another field of the record has that name at some version, so its reader cannot take it as the former name: `{lockedField}` ({fieldWhere()})"
                            : $"Version {N(newer)} of '{declaration.FullName}' writes the field \"{publishedWireName}\" as \"{wireName}\", and readers of version {N(older)} look for \"{publishedWireName}\": `{lockedField}` ({fieldWhere()})",
                        $"keep the wire name with '@json(\"{publishedWireName}\")'");
                }
                TypeChange(context, published, newest, lockedField.Type, field.Type, fieldSyntax?.Type.Span ?? nameSpan, "'" + field.Name + "'", fieldWhere);
                // Optional fields may be null and defaulted ones absent; a required field without a default is neither.
                if (forward && (!lockedField.IsOptional && field.IsOptional || !lockedField.MayBeOmitted && field.MayBeOmitted))
                {
                    var span = field.IsOptional ? fieldSyntax?.Question?.Span ?? nameSpan : fieldSyntax?.DefaultValue?.Span ?? nameSpan;
                    Break(context, DiagnosticBuilder.FieldMadeOptionalDefinition, span, published, newest, backwardBreak: false,
                        $"'{field.Name}' may be {(field.IsOptional ? "null or left out" : "left out")} in version {N(newer)} of '{declaration.FullName}', but version {N(older)} requires a value: `{lockedField}` ({fieldWhere()})",
                        field.IsOptional ? "keep it required (a default lets readers fill it in, not writers leave it out)" : "keep it without a default, or use a backward compatibility mode");
                }
                if (backward && (lockedField.IsOptional && !field.IsOptional || lockedField.MayBeOmitted && !field.MayBeOmitted))
                {
                    Break(context, DiagnosticBuilder.FieldMadeRequiredDefinition, nameSpan, published, newest, backwardBreak: true,
                        $"'{field.Name}' requires a value in version {N(newer)} of '{declaration.FullName}', but version {N(older)} may {(lockedField.IsOptional ? "write null or leave it out" : "leave it out")}: `{lockedField}` ({fieldWhere()})",
                        lockedField.IsOptional ? "keep it optional" : "keep its default");
                }
                // What a payload that leaves the field out means: its default, null for an optional field without one.
                // Where both versions allow leaving it out, a different meaning breaks both directions, whatever changed.
                string? absentBefore = lockedField.DefaultJson ?? (lockedField.IsOptional ? "null" : null);
                string? absentNow = field.DefaultJson ?? (field.IsOptional ? "null" : null);
                if ((backward || forward) && absentBefore is not null && absentNow is not null && absentBefore != absentNow)
                {
                    Break(context, DiagnosticBuilder.DefaultChangedDefinition, fieldSyntax?.DefaultValue?.Span ?? nameSpan, published, newest, backwardBreak: backward,
                        $"A payload that leaves '{field.Name}' out means {absentNow} in version {N(newer)} of '{declaration.FullName}', but {absentBefore} in version {N(older)}: `{lockedField}` ({fieldWhere()}); payloads that leave it out change meaning",
                        lockedField.DefaultJson is null ? "leave it without a default" : $"keep the default {lockedField.DefaultJson}");
                }
                ConstraintChanges(context, published, newest, lockedField.Constraints, field.Constraints, decorator => FieldConstraintSpan(fieldSyntax, decorator, nameSpan), "'" + field.Name + "'", fieldWhere);
            }
            foreach (var field in newest.Fields)
            {
                if (field.Symbol is null || matched.Contains(field.Symbol)) continue;
                if (backward && !field.MayBeOmitted)
                {
                    Break(context, DiagnosticBuilder.RequiredFieldAddedDefinition, field.Symbol.NameSpan, published, newest, backwardBreak: true,
                        $"Version {N(newer)} of '{declaration.FullName}' requires the field '{field.Name}', which version {N(older)} does not have ({where()})",
                        $"make it optional ('{field.Name}?') or give it a default");
                }
            }
        }

        private void TypeChange(DeclarationContext context, DeclarationShape published, DeclarationShape newest, TypeShape older, TypeShape newer, TextSpan span, string what, Func<string> where)
        {
            var relation = _relations.Relate(older, newer);
            bool backward = context.Mode.ChecksBackward(), forward = context.Mode.ChecksForward();
            string detail() => $"{Capitalize(what)} has type '{newer}' in version {N(newest.Version)} of '{context.Declaration.FullName}', and '{older}' in version {N(published.Version)} ({where()})";
            switch (relation)
            {
                case TypeRelation.Widened when forward:
                    Break(context, DiagnosticBuilder.FieldTypeWidenedDefinition, span, published, newest, backwardBreak: false, detail() + ": a wider type", $"keep '{older}', or use a backward compatibility mode");
                    break;
                case TypeRelation.Narrowed when backward:
                    Break(context, DiagnosticBuilder.FieldTypeNarrowedDefinition, span, published, newest, backwardBreak: true, detail() + ": a narrower type", $"keep '{older}'");
                    break;
                case TypeRelation.Unrelated when backward || forward:
                    Break(context, DiagnosticBuilder.FieldTypeChangedDefinition, span, published, newest, backwardBreak: backward, detail() + ": neither reads the other's values", "add a field with the new type and retire the old one over two versions");
                    break;
            }
        }

        private void ConstraintChanges(DeclarationContext context, DeclarationShape published, DeclarationShape newest, Constraints older, Constraints newer, Func<string, TextSpan> spanOf, string what, Func<string> where)
        {
            bool backward = context.Mode.ChecksBackward(), forward = context.Mode.ChecksForward();
            foreach (var change in ConstraintComparison.Compare(older, newer))
            {
                bool breaksBackward = backward && change.BreaksBackward;
                if (!breaksBackward && !(forward && change.BreaksForward)) continue;
                Break(context, change.Definition, spanOf(change.Decorator), published, newest, backwardBreak: breaksBackward,
                    $"{Capitalize(what)} has {DescribeConstraint(change.Decorator, change.Newer)} in version {N(newest.Version)} of '{context.Declaration.FullName}', and {DescribeConstraint(change.Decorator, change.Older)} in version {N(published.Version)} ({where()})",
                    change.Older is null ? "leave it out" : $"keep {DescribeConstraint(change.Decorator, change.Older)}");
            }
        }

        private void Break(DeclarationContext context, DiagnosticDefinition definition, TextSpan span, DeclarationShape published, DeclarationShape newest, bool backwardBreak, string detail, string fix)
        {
            // Which values two patterns share is not decided, so a changed pattern may break rather than does.
            string cannot = definition == DiagnosticBuilder.PatternChangedDefinition ? "may fail to read" : "cannot read";
            string consequence = backwardBreak
                ? $"version {N(newest.Version)} {cannot} data written with version {N(published.Version)} (backward compatibility)"
                : $"readers of version {N(published.Version)} {cannot} data written with version {N(newest.Version)} (forward compatibility)";
            string source = context.Declaration.History.Compatibility is not null ? "its '@compatibility'" : "the project";
            Report(context, definition, span, $"{detail}; {consequence}, which mode '{context.Mode.ToSchemaName()}' of {source} requires. To fix it, {fix}.");
        }

        private void ReportDeclarationRemoved(LockedDeclaration locked)
        {
            var location = locked.Location ?? throw new InvalidOperationException("A lock read from text locates every declaration.");
            Diagnostics.Add(DiagnosticBuilder.At(location.Text, location.Span).DeclarationRemoved(locked.FullName, Article(locked.Kind), locked.Latest.Version));
        }

        private void Report(DeclarationContext context, DiagnosticDefinition definition, TextSpan span, string message)
            => Diagnostics.Add(DiagnosticBuilder.At(context.Text, span).Incompatible(definition, message));

        /// <summary>Whether a field other than <paramref name="field"/> has the wire name <paramref name="wireName"/> at some version of the record.</summary>
        private static bool FormerNameTaken(DeclarationSymbol declaration, FieldSymbol field, string wireName, JsonNaming naming)
        {
            foreach (var shape in declaration.History.AllVersions())
            {
                foreach (var other in shape.Fields)
                {
                    if (!ReferenceEquals(other.Symbol, field) && string.Equals(JsonNames.WireName(other, naming), wireName, StringComparison.Ordinal)) return true;
                }
            }
            return false;
        }

        private static FieldRename? FirstRenameAfter(FieldSymbol field, int olderVersion)
        {
            foreach (var rename in field.History.Renames)
            {
                if (rename.Version > olderVersion) return rename;
            }
            return null;
        }

        /// <summary>The field's <c>@json</c>, which names it on the wire when no rename does.</summary>
        private TextSpan? JsonSpan(FieldSymbol field)
            => field.HasExplicitJsonName && _locator.SyntaxOf(field) is { } syntax ? SchemaLocator.DecoratorSpan(syntax.Decorators, "json") : null;
    }

    private sealed record DeclarationContext(SourceText Text, DeclarationSymbol Declaration, DeclarationSyntax? Syntax, LockedDeclaration Locked, CompatibilityMode Mode);

    /// <summary>Where a field's constraint is written: its own decorator, or the one on its collection's items.</summary>
    private static TextSpan FieldConstraintSpan(FieldDeclarationSyntax? field, string decorator, TextSpan fallback)
        => field is not null && SchemaLocator.FieldDecoratorSpan(field, decorator) is { } span ? span : fallback;

    private static TextSpan ConstraintSpan(IReadOnlyList<DecoratorSyntax>? decorators, string decorator, TextSpan fallback)
        => decorators is not null && SchemaLocator.DecoratorSpan(decorators, decorator) is { } span ? span : fallback;

    private static string DescribeConstraint(string decorator, string? value)
    {
        if (value is null) return decorator == "uniqueItems" ? "no '@uniqueItems'" : $"no '@{decorator}'";
        if (decorator == "uniqueItems") return "'@uniqueItems'";
        return value.StartsWith("@", StringComparison.Ordinal) ? "'" + value + "'" : $"'@{decorator}({value})'";
    }

    private static string Article(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Record => "a record",
        DeclarationKind.Event => "an event",
        DeclarationKind.Enum => "an enum",
        DeclarationKind.Union => "a union",
        _ => "a scalar",
    };

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Capitalize(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text.Substring(1) : text;
}
