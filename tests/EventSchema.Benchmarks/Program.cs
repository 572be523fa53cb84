using BenchmarkDotNet.Running;
using EventSchema.Benchmarks.Configuration;
using EventSchema.Benchmarks.Corpus;
using EventSchema.Benchmarks.FrontEnd;

namespace EventSchema.Benchmarks;

/// <summary>
/// Runs the benchmarks. <c>--quick</c> selects the quick preset and <c>--profile</c> a short run under
/// CPU sampling; every other argument goes to
/// BenchmarkDotNet (for example <c>--filter *FrontEnd*</c>); without a filter every suite runs.
/// <c>write-corpus DIR [COUNT]</c> writes a generated corpus to disk instead; <c>verify-corpus</c>
/// checks that every corpus size compiles without a diagnostic, without timing anything; <c>allocations</c> prints the
/// bytes each front-end phase allocates on the corpus (see <see cref="AllocationReport"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "write-corpus") return WriteCorpus(args);
        if (args.Length > 0 && args[0] == "verify-corpus") return VerifyCorpus();
        if (args.Length > 0 && args[0] == "allocations")
        {
            AllocationReport.Write(Console.Out);
            return 0;
        }

        bool quick = args.Contains("--quick");
        bool profile = args.Contains("--profile");
        var rest = args.Where(a => a is not ("--quick" or "--profile")).ToList();
        bool chosen = rest.Any(a => a is "--filter" or "-f" or "--list" or "--help" or "-h" or "--info" or "--version");
        if (!chosen) rest.AddRange(["--filter", "*"]);

        var config = profile ? BenchmarkConfigs.Profile() : quick ? BenchmarkConfigs.Quick() : BenchmarkConfigs.Full();
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static int VerifyCorpus()
    {
        foreach (int count in FrontEndBenchmarks.DeclarationCounts)
        {
            var corpus = SchemaCorpus.Generate(count);
            CorpusVerifier.Verify(corpus, FrontEndBenchmarks.CSharpOptions);
            long schemaChars = corpus.SchemaFiles.Sum(f => (long)f.Text.Length);
            long csharpChars = corpus.CSharpFiles.Sum(f => (long)f.Text.Length);
            Console.WriteLine(
                $"{count} declarations in {corpus.SchemaFiles.Count} files: no diagnostics; "
                + $"{schemaChars:N0} schema characters, {csharpChars:N0} C# characters.");
        }
        return 0;
    }

    private static int WriteCorpus(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: write-corpus DIRECTORY [DECLARATIONS]");
            return 2;
        }
        int count = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        var corpus = SchemaCorpus.Generate(count);
        corpus.WriteTo(args[1]);
        Console.WriteLine($"Wrote {corpus.SchemaFiles.Count} schema files and {corpus.CSharpFiles.Count} C# files ({count} declarations) to {args[1]}.");
        return 0;
    }
}
