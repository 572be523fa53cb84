using System;
using System.Collections.Generic;

namespace EventSchema.Language.Diagnostics;

/// <summary>The one order diagnostics are listed in: file path (ordinal), span start, span length, code, message.</summary>
internal static class DiagnosticOrder
{
    public static int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int result = string.CompareOrdinal(x.FilePath, y.FilePath);
        if (result != 0) return result;
        result = x.Span.Start.CompareTo(y.Span.Start);
        if (result != 0) return result;
        result = x.Span.Length.CompareTo(y.Span.Length);
        if (result != 0) return result;
        result = string.CompareOrdinal(x.Code, y.Code);
        return result != 0 ? result : string.CompareOrdinal(x.Message, y.Message);
    }

    /// <summary>Sorts and removes exact duplicates.</summary>
    public static List<Diagnostic> SortAndDeduplicate(List<Diagnostic> diagnostics)
    {
        diagnostics.Sort(Compare);
        var result = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            if (result.Count > 0 && result[result.Count - 1] == diagnostic) continue;
            result.Add(diagnostic);
        }
        return result;
    }
}
