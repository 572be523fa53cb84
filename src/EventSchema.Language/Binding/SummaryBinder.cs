using System;
using System.Collections.Generic;
using System.Text;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Binding;

/// <summary>Parses a <c>@summary</c> template into text and <c>{field.path}</c> holes, resolving each path through nested records.</summary>
internal sealed class SummaryBinder
{
    private readonly SourceText _text;
    private readonly List<Diagnostic> _diagnostics;

    public SummaryBinder(SourceText text, List<Diagnostic> diagnostics)
    {
        _text = text;
        _diagnostics = diagnostics;
    }

    /// <summary>The template, or null when it has errors (each reported at its own place in the string).</summary>
    public SummaryTemplate? Bind(RecordSymbol record, StringLiteral literal)
    {
        string template = literal.Value;
        var segments = new List<SummarySegment>();
        var pending = StringBuilderCache.Acquire();
        bool ok = true;
        int i = 0;
        while (i < template.Length)
        {
            char c = template[i];
            if (c == '{')
            {
                if (i + 1 < template.Length && template[i + 1] == '{')
                {
                    pending.Append('{');
                    i += 2;
                    continue;
                }
                int close = template.IndexOf('}', i + 1);
                int nextOpen = template.IndexOf('{', i + 1);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close))
                {
                    Report(literal.MapSpan(i, 1), "'{' opens a hole that is never closed.");
                    ok = false;
                    i++;
                    continue;
                }
                string path = template.Substring(i + 1, close - i - 1);
                if (path.Trim().Length == 0)
                {
                    Report(literal.MapSpan(i, close - i + 1), "The hole '{" + path + "}' names no field.");
                    ok = false;
                }
                else
                {
                    var fields = ResolvePath(record, path, literal, i + 1);
                    if (fields is null) ok = false;
                    else
                    {
                        if (pending.Length > 0)
                        {
                            segments.Add(new SummaryText(pending.ToString()));
                            pending.Clear();
                        }
                        segments.Add(new SummaryHole(path, fields));
                    }
                }
                i = close + 1;
                continue;
            }
            if (c == '}')
            {
                if (i + 1 < template.Length && template[i + 1] == '}')
                {
                    pending.Append('}');
                    i += 2;
                    continue;
                }
                Report(literal.MapSpan(i, 1), "'}' closes no hole.");
                ok = false;
                i++;
                continue;
            }
            pending.Append(c);
            i++;
        }
        string rest = StringBuilderCache.ToStringAndRelease(pending);
        if (!ok) return null;
        if (rest.Length > 0) segments.Add(new SummaryText(rest));
        return new SummaryTemplate(template, segments);
    }

    private void Report(TextSpan span, string problem)
        => _diagnostics.Add(DiagnosticBuilder.At(_text, span).SummaryMalformed(problem));

    private static string TrimSegments(string path)
    {
        var parts = path.Split('.');
        for (int i = 0; i < parts.Length; i++) parts[i] = parts[i].Trim();
        return string.Join(".", parts);
    }

    private List<FieldSymbol>? ResolvePath(RecordSymbol record, string path, StringLiteral literal, int pathStart)
    {
        var fields = new List<FieldSymbol>();
        var current = record;
        int segmentStart = 0;
        while (true)
        {
            int dot = path.IndexOf('.', segmentStart);
            int segmentEnd = dot < 0 ? path.Length : dot;
            int segmentLength = segmentEnd - segmentStart;
            FieldSymbol? found = null;
            var currentFields = current.Fields;
            for (int f = 0; f < currentFields.Count; f++)
            {
                // Compared in place: the segment's text is only cut out to report it.
                var field = currentFields[f];
                if (field.Name.Length == segmentLength && string.CompareOrdinal(field.Name, 0, path, segmentStart, segmentLength) == 0)
                {
                    found = field;
                    break;
                }
            }
            string segment = found?.Name ?? path.Substring(segmentStart, segmentLength);
            var segmentSpan = literal.MapSpan(pathStart + segmentStart, segmentEnd - segmentStart);
            if (found is null)
            {
                var names = new List<string>();
                foreach (var field in current.Fields) names.Add(field.Name);
                // A suggestion that reads the same as what was written helps no one: say what actually differs.
                if (segment.Trim().Length != segment.Length)
                {
                    _diagnostics.Add(DiagnosticBuilder.At(_text, literal.MapSpan(pathStart, path.Length)).SummaryHoleSpaces(path, TrimSegments(path)));
                    return null;
                }
                string? sameButCase = names.Find(name => string.Equals(name, segment, StringComparison.OrdinalIgnoreCase));
                if (sameButCase is not null)
                {
                    _diagnostics.Add(DiagnosticBuilder.At(_text, segmentSpan).SummaryFieldCase(path, current.Name, segment, sameButCase));
                    return null;
                }
                _diagnostics.Add(DiagnosticBuilder.At(_text, segmentSpan.Length == 0 ? literal.MapSpan(pathStart, path.Length) : segmentSpan)
                    .SummaryUnknownField(path, current.Name, segment, NameSimilarity.FindClosest(segment, names)));
                return null;
            }
            fields.Add(found);
            if (dot < 0) return fields;
            switch (found.Type)
            {
                case NamedType { Declaration: RecordSymbol next }:
                    current = next;
                    segmentStart = dot + 1;
                    continue;
                case ErrorType:
                    return null; // the type's own error is reported
                default:
                    _diagnostics.Add(DiagnosticBuilder.At(_text, literal.MapSpan(pathStart + dot, path.Length - dot))
                        .SummaryNotRecordField(path, segment, found.Type.DisplayName));
                    return null;
            }
        }
    }
}
