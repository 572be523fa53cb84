using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace EventSchema.Language.Diagnostics;

/// <summary>Applies the fixes diagnostics carry to the text of their file.</summary>
public static class FixApplier
{
    /// <summary>
    /// Writes the first fix of each diagnostic of <paramref name="text"/> into it. A fix whose span overlaps one already
    /// taken is left out (checking again offers it on the new text), so applying is safe in any order of diagnostics.
    /// </summary>
    /// <param name="text">The file's text, as the diagnostics' spans were measured in it.</param>
    /// <param name="diagnostics">Diagnostics of that file only.</param>
    /// <param name="applied">How many fixes were written.</param>
    /// <returns>The fixed text; <paramref name="text"/> itself when no fix applied.</returns>
    public static string ApplyFirstFixes(string text, IEnumerable<Diagnostic> diagnostics, out int applied)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (diagnostics is null) throw new ArgumentNullException(nameof(diagnostics));
        var chosen = new List<DiagnosticFix>();
        foreach (var fix in diagnostics.Where(d => d.Fixes.Count > 0).Select(d => d.Fixes[0]).OrderBy(f => f.Span.Start).ThenBy(f => f.Span.Length))
        {
            if (fix.Span.Start < 0 || fix.Span.End > text.Length) continue;
            if (chosen.Count > 0 && Overlaps(chosen[chosen.Count - 1], fix)) continue;
            chosen.Add(fix);
        }
        applied = chosen.Count;
        if (applied == 0) return text;

        var builder = new StringBuilder(text.Length);
        int position = 0;
        foreach (var fix in chosen)
        {
            builder.Append(text, position, fix.Span.Start - position).Append(fix.Replacement);
            position = fix.Span.End;
        }
        return builder.Append(text, position, text.Length - position).ToString();
    }

    // Two insertions at one point would be written in an arbitrary order, so they count as overlapping too.
    private static bool Overlaps(DiagnosticFix earlier, DiagnosticFix later)
        => later.Span.Start < earlier.Span.End || (later.Span.Start == earlier.Span.Start);
}
