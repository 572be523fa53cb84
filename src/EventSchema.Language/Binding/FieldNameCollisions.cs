using System.Collections.Generic;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Binding;

/// <summary>
/// <c>Name</c> and <c>name</c>, or <c>received_by</c> and <c>receivedBy</c>, in one record: both would be the same C#
/// property, and a suffix chosen by the generator would decide which one is which. Reported at the later field.
/// Records have few fields, so pairs are compared in place, without building a key per field.
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
        for (int i = 1; i < fields.Count; i++)
        {
            var field = fields[i];
            for (int j = 0; j < i; j++)
            {
                var other = fields[j];
                if (!FieldNameHints.SameCSharpName(field.Name, other.Name)) continue;
                // Fields that both came from one spread were reported in the record that declares them.
                if (field.SpreadFrom is null || other.SpreadFrom is null)
                {
                    if (texts.TryGetValue(record.FilePath, out var text))
                    {
                        diagnostics.Add(DiagnosticBuilder.At(text, field.NameSpan).FieldsShareCSharpName(field.Name, other.Name, record.Name, FieldNameHints.CSharpKey(field.Name)));
                    }
                }
                break;
            }
        }
    }
}
