using System.Collections.Generic;
using System.Text;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Binding;

/// <summary>
/// Finds records that can never be built because their required fields lead back to themselves.
/// Optional fields, fields with defaults and collections break a cycle (they can be empty), so only
/// required fields of record type count. Iterative, so a long chain of records cannot exhaust the stack.
/// </summary>
internal static class RecordCycleDetector
{
    public static void Report(IReadOnlyList<RecordSymbol> records, IReadOnlyDictionary<string, SourceText> texts, List<Diagnostic> diagnostics)
    {
        // VisitState on each record: 0 = not seen, 1 = on the current path, 2 = done, 3 = reported in a cycle.
        foreach (var record in records) record.VisitState = 0;
        var path = new List<RecordSymbol>();
        var pathFields = new List<FieldSymbol>();
        var nextField = new List<int>();

        foreach (var root in records)
        {
            if (root.VisitState != 0) continue;
            path.Add(root);
            nextField.Add(0);
            root.VisitState = 1;
            while (path.Count > 0)
            {
                int top = path.Count - 1;
                var record = path[top];
                var fields = record.Fields;
                int index = nextField[top];
                if (index >= fields.Count)
                {
                    if (record.VisitState == 1) record.VisitState = 2;
                    path.RemoveAt(top);
                    nextField.RemoveAt(top);
                    if (pathFields.Count > 0 && pathFields.Count >= path.Count) pathFields.RemoveAt(pathFields.Count - 1);
                    continue;
                }
                nextField[top] = index + 1;
                var field = fields[index];
                if (field.IsOptional || field.Default is not null || field.Type is not NamedType { Declaration: RecordSymbol target }) continue;
                if (target.VisitState == 0)
                {
                    pathFields.Add(field);
                    path.Add(target);
                    nextField.Add(0);
                    target.VisitState = 1;
                    continue;
                }
                if (target.VisitState != 1) continue;

                // A back edge: the path from target to here, plus this field, is a cycle.
                int start = path.IndexOf(target);
                var cycle = new StringBuilder();
                var cycleFields = new List<FieldSymbol>();
                for (int i = start; i < path.Count - 1; i++) cycleFields.Add(pathFields[i]);
                cycleFields.Add(field);
                foreach (var step in cycleFields)
                {
                    cycle.Append(step.ContainingRecord.Name).Append('.').Append(step.Name).Append(" -> ");
                    step.ContainingRecord.VisitState = 3;
                }
                cycle.Append(target.Name);
                var first = cycleFields[0];
                if (texts.TryGetValue(first.ContainingRecord.FilePath, out var text))
                {
                    diagnostics.Add(DiagnosticBuilder.At(text, first.NameSpan).RecordCycle(cycle.ToString()));
                }
            }
        }
    }
}
