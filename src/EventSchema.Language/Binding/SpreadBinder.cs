using System;
using System.Collections.Generic;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;

namespace EventSchema.Language.Binding;

/// <summary>
/// Binds <c>...ReportedFact;</c>: once every record's own fields are bound, copies the fields of each spread record
/// into the record that spreads it, at the place the spread is written. A copy is an ordinary field of its record
/// (its wire name, rules, default and documentation are the original's), so everything downstream — validation,
/// JSON, JSON Schema — treats it as declared there; <see cref="FieldSymbol.SpreadFrom"/> remembers where it came from.
/// Records are expanded spread targets first, without recursion, so a long chain cannot exhaust the stack.
/// </summary>
internal sealed class SpreadBinder(Func<FileScope, NameSyntax, DeclarationSymbol?> resolve)
{
    private readonly List<RecordSpreads> _records = new();
    private readonly Dictionary<RecordSymbol, RecordSpreads> _byRecord = new();

    private sealed class RecordSpreads(FileScope file, RecordSymbol record)
    {
        public FileScope File { get; } = file;
        public RecordSymbol Record { get; } = record;
        public List<(SpreadSyntax Syntax, int Position, RecordSymbol? Target)> Items { get; } = new();
        /// <summary>0 not visited, 1 on the path, 2 expanded.</summary>
        public int State { get; set; }
    }

    /// <summary>Notes a spread written in <paramref name="record"/> before its own field number <paramref name="position"/>.</summary>
    public void Add(FileScope file, RecordSymbol record, SpreadSyntax spread, int position)
    {
        if (!_byRecord.TryGetValue(record, out var entry))
        {
            entry = new RecordSpreads(file, record);
            _byRecord[record] = entry;
            _records.Add(entry);
        }
        entry.Items.Add((spread, position, null));
    }

    public void Apply(List<Diagnostic> diagnostics)
    {
        if (_records.Count == 0) return;
        foreach (var entry in _records) ResolveTargets(entry, diagnostics);

        var path = new List<(RecordSpreads Entry, int Next)>();
        foreach (var root in _records)
        {
            if (root.State != 0) continue;
            root.State = 1;
            path.Add((root, 0));
            while (path.Count > 0)
            {
                var (entry, next) = path[path.Count - 1];
                if (next == entry.Items.Count)
                {
                    Expand(entry, diagnostics);
                    entry.State = 2;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }
                path[path.Count - 1] = (entry, next + 1);
                var target = entry.Items[next].Target;
                if (target is null || !_byRecord.TryGetValue(target, out var targetEntry)) continue;
                if (targetEntry.State == 1)
                {
                    var item = entry.Items[next];
                    diagnostics.Add(DiagnosticBuilder.At(entry.File.Tree.Text, item.Syntax.Name.Span).SpreadCycle(DescribeCycle(path, targetEntry)));
                    entry.Items[next] = (item.Syntax, item.Position, null);
                    continue;
                }
                if (targetEntry.State == 0)
                {
                    targetEntry.State = 1;
                    path.Add((targetEntry, 0));
                }
            }
        }
    }

    private void ResolveTargets(RecordSpreads entry, List<Diagnostic> diagnostics)
    {
        for (int i = 0; i < entry.Items.Count; i++)
        {
            var (syntax, position, _) = entry.Items[i];
            var declaration = resolve(entry.File, syntax.Name);
            RecordSymbol? target = null;
            if (declaration is RecordSymbol { IsEvent: false } record)
            {
                target = record;
            }
            else if (declaration is not null)
            {
                string kind = declaration.Kind switch
                {
                    DeclarationKind.Event => "an event",
                    DeclarationKind.Enum => "an enum",
                    _ => "a scalar",
                };
                diagnostics.Add(DiagnosticBuilder.At(entry.File.Tree.Text, syntax.Name.Span).SpreadNotRecord(syntax.Name.Text, kind));
            }
            entry.Items[i] = (syntax, position, target);
        }
    }

    private static string DescribeCycle(List<(RecordSpreads Entry, int Next)> path, RecordSpreads start)
    {
        var names = new List<string>();
        bool inCycle = false;
        foreach (var (entry, _) in path)
        {
            if (ReferenceEquals(entry, start)) inCycle = true;
            if (inCycle) names.Add(entry.Record.Name);
        }
        names.Add(start.Record.Name);
        return string.Join(" spreads ", names);
    }

    /// <summary>Puts the copies of each spread record's fields, already expanded, among the record's own fields.</summary>
    private static void Expand(RecordSpreads entry, List<Diagnostic> diagnostics)
    {
        var record = entry.Record;
        var own = record.Fields;
        var fields = new List<FieldSymbol>(own.Count + 4);
        var origins = new List<string>(own.Count + 4);
        var spreads = new List<RecordSymbol>();
        int ownIndex = 0;
        foreach (var (syntax, position, target) in entry.Items)
        {
            while (ownIndex < position && ownIndex < own.Count)
            {
                fields.Add(own[ownIndex++]);
                origins.Add("its own declaration");
            }
            if (target is null) continue;
            if (!spreads.Contains(target)) spreads.Add(target);
            // A record of a referenced assembly is shared by every compilation that reads it: it is never changed.
            if (target.ReferenceName is null) target.IsSpread = true;
            string origin = "'..." + syntax.Name.Text + "'";
            foreach (var source in target.Fields)
            {
                string? conflict = FindConflict(source, fields, origins, own, out bool byName);
                if (conflict is not null)
                {
                    diagnostics.Add(DiagnosticBuilder.At(entry.File.Tree.Text, syntax.Name.Span).SpreadFieldConflict(
                        byName ? source.Name : "with the wire name " + source.JsonName, record.Name, origin + " and " + conflict));
                    continue;
                }
                fields.Add(Copy(record, source, syntax));
                origins.Add(origin);
            }
        }
        while (ownIndex < own.Count)
        {
            fields.Add(own[ownIndex++]);
            origins.Add("its own declaration");
        }
        record.Fields = fields;
        record.Spreads = spreads;
    }

    private static string? FindConflict(FieldSymbol source, List<FieldSymbol> fields, List<string> origins, IReadOnlyList<FieldSymbol> own, out bool byName)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            byName = string.Equals(fields[i].Name, source.Name, StringComparison.Ordinal);
            if (byName || string.Equals(fields[i].JsonName, source.JsonName, StringComparison.Ordinal)) return origins[i];
        }
        foreach (var field in own)
        {
            byName = string.Equals(field.Name, source.Name, StringComparison.Ordinal);
            if (byName || string.Equals(field.JsonName, source.JsonName, StringComparison.Ordinal)) return "its own declaration";
        }
        byName = false;
        return null;
    }

    private static FieldSymbol Copy(RecordSymbol record, FieldSymbol source, SpreadSyntax syntax)
        => new(record, source.Name, syntax.Name.Span, syntax.Span)
        {
            JsonName = source.JsonName,
            HasFixedJsonName = source.HasFixedJsonName,
            HasExplicitJsonName = source.HasExplicitJsonName,
            Type = source.Type,
            IsOptional = source.IsOptional,
            Default = source.Default,
            Constraints = source.Constraints,
            Documentation = source.Documentation,
            DeprecationMessage = source.DeprecationMessage,
            SpreadFrom = source,
        };
}
