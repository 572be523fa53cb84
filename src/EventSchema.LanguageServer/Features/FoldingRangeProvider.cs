using EventSchema.Language.Syntax;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Workspace;

namespace EventSchema.LanguageServer.Features;

/// <summary>Folding: record and enum bodies, block comments, runs of line or doc comments, and the <c>using</c> lines.</summary>
internal static class FoldingRangeProvider
{
    public static FoldingRange[] GetRanges(WorkspaceDocument document)
    {
        var lines = document.Lines;
        var root = document.Tree.Root;
        var ranges = new List<FoldingRange>();

        foreach (var member in root.Members)
        {
            var (open, close) = member switch
            {
                RecordDeclarationSyntax record => (record.OpenBrace, record.CloseBrace),
                EnumDeclarationSyntax @enum => (@enum.OpenBrace, @enum.CloseBrace),
                _ => (null, null),
            };
            if (open is null || close is null || open.IsMissing || close.IsMissing) continue;
            int start = lines.GetPosition(open.Span.Start).Line;
            int end = lines.GetPosition(close.Span.Start).Line;
            if (end > start) ranges.Add(new FoldingRange(start, end - 1 > start ? end - 1 : end, null));
        }

        var usings = root.Members.OfType<UsingDirectiveSyntax>().ToList();
        if (usings.Count > 1)
            ranges.Add(new FoldingRange(lines.GetPosition(usings[0].Span.Start).Line, lines.GetPosition(usings[^1].Span.End).Line, FoldingRangeKind.Imports));

        int runStart = -1, runEnd = -1;
        foreach (var token in root.GetTokens())
        {
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (trivia.Kind == TriviaKind.BlockComment)
                {
                    int start = lines.GetPosition(trivia.Span.Start).Line, end = lines.GetPosition(trivia.Span.End).Line;
                    if (end > start) ranges.Add(new FoldingRange(start, end, FoldingRangeKind.Comment));
                }
                else if (trivia.Kind is TriviaKind.LineComment or TriviaKind.DocComment)
                {
                    int line = lines.GetPosition(trivia.Span.Start).Line;
                    // runStart is -1 before the first comment: a run on line 0 must not extend that "run".
                    if (runStart >= 0 && runEnd == line - 1) runEnd = line;
                    else
                    {
                        if (runEnd > runStart) ranges.Add(new FoldingRange(runStart, runEnd, FoldingRangeKind.Comment));
                        runStart = runEnd = line;
                    }
                }
            }
        }
        if (runEnd > runStart) ranges.Add(new FoldingRange(runStart, runEnd, FoldingRangeKind.Comment));
        return ranges.OrderBy(r => r.StartLine).ToArray();
    }
}
