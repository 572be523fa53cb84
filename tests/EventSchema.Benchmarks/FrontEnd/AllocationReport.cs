using EventSchema.Benchmarks.Corpus;
using EventSchema.Language;
using EventSchema.Language.Syntax;
using SchemaText = EventSchema.Language.Text.SourceText;

namespace EventSchema.Benchmarks.FrontEnd;

/// <summary>
/// The bytes each front-end phase allocates on the benchmark corpus, counted on the calling thread: the same work as
/// <see cref="FrontEndBenchmarks"/> (parse, parse + bind, bind only), without timing. The count does not depend on
/// the machine's load or on garbage collections, so it compares two builds exactly, even on a shared machine.
/// </summary>
internal static class AllocationReport
{
    /// <summary>Warm-up rounds, so the count leaves out what the first calls allocate once (JIT, static tables).</summary>
    private const int WarmupRounds = 2;

    public static void Write(TextWriter output)
    {
        output.WriteLine("| Declarations | Parse (bytes) | Parse + bind (bytes) | Bind only (bytes) |");
        output.WriteLine("|---:|---:|---:|---:|");
        foreach (int count in FrontEndBenchmarks.DeclarationCounts)
        {
            var files = SchemaCorpus.Generate(count).SchemaFiles.ToArray();
            var parsed = Parse(files);
            for (int round = 0; round < WarmupRounds; round++)
            {
                Parse(files);
                ParseAndBind(files);
                Bind(parsed);
            }
            long parse = Allocated(() => Parse(files));
            long parseAndBind = Allocated(() => ParseAndBind(files));
            long bind = Allocated(() => Bind(parsed));
            output.WriteLine($"| {count:N0} | {parse:N0} | {parseAndBind:N0} | {bind:N0} |");
        }
    }

    private static long Allocated(Func<object> work)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = work();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(result);
        return allocated;
    }

    private static SyntaxTree[] Parse(CorpusFile[] files)
    {
        var trees = new SyntaxTree[files.Length];
        for (int i = 0; i < trees.Length; i++) trees[i] = SyntaxTree.Parse(new SchemaText(files[i].Path, files[i].Text));
        return trees;
    }

    private static SchemaCompilation ParseAndBind(CorpusFile[] files)
    {
        var compilation = SchemaCompilation.Create(files.Select(f => new SchemaText(f.Path, f.Text)));
        _ = compilation.Diagnostics.Count;
        return compilation;
    }

    private static SchemaCompilation Bind(SyntaxTree[] trees)
    {
        var compilation = SchemaCompilation.Create(trees);
        if (compilation.Diagnostics.Count > 0) throw new InvalidOperationException("The benchmark corpus must bind without diagnostics.");
        return compilation;
    }
}
