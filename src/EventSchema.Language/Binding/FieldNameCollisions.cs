using System.Collections.Generic;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Binding;

/// <summary>
/// <c>Name</c> and <c>name</c>, or <c>received_by</c> and <c>receivedBy</c>, in one record: both would be the same C#
/// property, and a suffix chosen by the generator would decide which one is which. Reported at the later field.
/// Most records have few fields, whose pairs are compared in place without building a key per field; a wide record
/// looks each field's key up instead, so thousands of fields cost thousands of steps, not millions.
/// </summary>
internal static class FieldNameCollisions
{
    public static void Report(IReadOnlyList<RecordSymbol> records, IReadOnlyDictionary<string, SourceText> texts, List<Diagnostic> diagnostics)
    {
        foreach (var record in records) Report(record, texts, diagnostics);
    }

    /// <summary>Checks one record, whose fields (spread ones included) are all bound.</summary>
    public static void Report(RecordSymbol record, IReadOnlyDictionary<string, SourceText> texts, List<Diagnostic> diagnostics)
    {
        var fields = record.Fields;
        if (fields.Count > PairwiseLimit)
        {
            var first = new Dictionary<string, FieldSymbol>(fields.Count, System.StringComparer.Ordinal);
            foreach (var field in fields)
            {
                var key = FieldNameHints.CSharpKey(field.Name);
                if (first.TryGetValue(key, out var other)) Collide(record, field, other, texts, diagnostics);
                else first.Add(key, field);
            }
            return;
        }
        for (int i = 1; i < fields.Count; i++)
        {
            var field = fields[i];
            for (int j = 0; j < i; j++)
            {
                var other = fields[j];
                if (!FieldNameHints.SameCSharpName(field.Name, other.Name)) continue;
                Collide(record, field, other, texts, diagnostics);
                break;
            }
        }
    }

    // Up to this many fields the pairs are compared in place; above it, keys are looked up.
    private const int PairwiseLimit = 32;

    /// <summary>Reports <paramref name="field"/> against the first field before it with the same C# name.</summary>
    private static void Collide(RecordSymbol record, FieldSymbol field, FieldSymbol other, IReadOnlyDictionary<string, SourceText> texts, List<Diagnostic> diagnostics)
    {
        // Fields that both came from one spread were reported in the record that declares them.
        if (field.SpreadFrom is not null && other.SpreadFrom is not null) return;
        if (texts.TryGetValue(record.FilePath, out var text))
        {
            var at = DiagnosticBuilder.At(text, field.NameSpan);
            // A field spread in from another record is declared in that record's file.
            if (other.SpreadFrom is null) at = at.Noting(text, other.NameSpan, $"'{other.Name}' is declared here.");
            diagnostics.Add(at.FieldsShareCSharpName(field.Name, other.Name, record.Name, FieldNameHints.CSharpKey(field.Name)));
        }
    }
}
