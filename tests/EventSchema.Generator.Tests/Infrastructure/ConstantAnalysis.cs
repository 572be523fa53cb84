using System.Collections.Immutable;
using EventSchema.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EventSchema.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the real generator on schemas and consumer code, then the constant analyzer on the compilation that
/// holds the generated code: the rules reach the analyzer only through the attributes the generator wrote.
/// </summary>
public static class ConstantAnalysis
{
    /// <summary>The constant analyzer's diagnostics on <paramref name="consumerCode"/>, sorted by position.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(IEnumerable<AdditionalText> schemas, string consumerCode)
    {
        var run = GeneratorHarness.Run(schemas, compilation: GeneratorHarness.CreateCompilation(consumerCode));
        Assert.Empty(run.GeneratorDiagnostics);

        // One pass binds the code for the compiler's diagnostics and the analyzer's alike.
        var withAnalyzers = run.OutputCompilation.WithAnalyzers([new SchemaConstantAnalyzer()], new AnalyzerOptions([]));
        var all = await withAnalyzers.GetAllDiagnosticsAsync(TestContext.Current.CancellationToken);
        var analyzerIds = new HashSet<string>(ConstantDiagnosticDescriptors.All.Select(descriptor => descriptor.Id), StringComparer.Ordinal);
        var problems = all.Where(d => !analyzerIds.Contains(d.Id) && d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return [.. all.Where(d => analyzerIds.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>The constant analyzer's diagnostics on <paramref name="compilation"/>, sorted by position.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeCompilationAsync(Compilation compilation)
    {
        var withAnalyzers = compilation.WithAnalyzers([new SchemaConstantAnalyzer()], new AnalyzerOptions([]));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);
        return [.. diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Code with the spans expected to be reported marked <c>[|like this|]</c>: the code without the marks, and
    /// the marked spans in order.
    /// </summary>
    public static (string Code, IReadOnlyList<Microsoft.CodeAnalysis.Text.TextSpan> Spans) Marked(string marked)
    {
        var spans = new List<Microsoft.CodeAnalysis.Text.TextSpan>();
        var code = new System.Text.StringBuilder();
        var starts = new Stack<int>();
        for (int i = 0; i < marked.Length; i++)
        {
            if (string.CompareOrdinal(marked, i, "[|", 0, 2) == 0) { starts.Push(code.Length); i++; continue; }
            if (string.CompareOrdinal(marked, i, "|]", 0, 2) == 0) { int start = starts.Pop(); spans.Add(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, code.Length)); i++; continue; }
            code.Append(marked[i]);
        }
        Assert.Empty(starts);
        return (code.ToString(), spans.OrderBy(span => span.Start).ToList());
    }
}
