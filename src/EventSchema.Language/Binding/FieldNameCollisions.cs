using System;
using System.Collections.Generic;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Binding;

/// <summary>
/// <c>Name</c> and <c>name</c>, or <c>received_by</c> and <c>receivedBy</c>, in one record: both would be the same C#
/// property, and a suffix chosen by the generator would decide which one is which. Reported at the later field.
/// </summary>
internal static class FieldNameCollisions
{
    public static void Report(IReadOnlyList<RecordSymbol> records, IReadOnlyDictionary<string, SourceText> texts, List<Diagnostic> diagnostics)
    {
        Dictionary<string, FieldSymbol>? seen = null;
        foreach (var record in records)
        {
            var fields = record.Fields;
            if (fields.Count < 2) continue;
            seen ??= new Dictionary<string, FieldSymbol>(StringComparer.Ordinal);
            seen.Clear();
            foreach (var field in fields)
            {
                string key = FieldNameHints.CSharpKey(field.Name);
                if (!seen.TryGetValue(key, out var other))
                {
                    seen[key] = field;
                    continue;
                }
                // Fields that both came from one spread were reported in the record that declares them.
                if (field.SpreadFrom is not null && other.SpreadFrom is not null) continue;
                if (!texts.TryGetValue(record.FilePath, out var text)) continue;
                diagnostics.Add(DiagnosticBuilder.At(text, field.NameSpan).FieldsShareCSharpName(field.Name, other.Name, record.Name, key));
            }
        }
    }
}
