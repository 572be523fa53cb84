using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace EventSchema.Benchmarks.WarmCompile;

/// <summary>A project's recorded command line, with the generated sources a build would add to it.</summary>
internal sealed class MeasuredProject
{
    private readonly CompilerCommandLine _commandLine;
    private readonly (string Path, string Text)[] _sources;

    private MeasuredProject(string label, CompilerCommandLine commandLine, IEnumerable<string> generated)
    {
        Label = label;
        _commandLine = commandLine;
        _sources = commandLine.SourcePaths.Concat(generated).Select(path => (path, File.ReadAllText(path))).ToArray();
    }

    public string Label { get; }

    public static MeasuredProject Parse(string argument)
    {
        var separator = argument.IndexOf('=', StringComparison.Ordinal);
        var parts = separator > 0 ? argument[(separator + 1)..].Split(',') : [];
        if (parts.Length is < 2 or > 3)
            throw new ArgumentException($"'{argument}' is not LABEL=BUILD_LOG,PROJECT_DIRECTORY[,GENERATED_DIRECTORY].");
        var label = argument[..separator];
        var commandLine = CompilerCommandLine.FromBuildLog(parts[0], parts[1]);
        IEnumerable<string> generated = parts.Length > 2
            ? Directory.GetFiles(parts[2], "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];
        return new MeasuredProject(label, commandLine, generated);
    }

    public RoundResult CompileOnce()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var pausesBefore = GC.GetTotalPauseDuration();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var stopwatch = Stopwatch.StartNew();
        var trees = _sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), _commandLine.ParseOptions, s.Path));
        var options = new CSharpCompilationOptions(
            _commandLine.OutputKind,
            nullableContextOptions: NullableContextOptions.Enable,
            optimizationLevel: OptimizationLevel.Debug,
            concurrentBuild: false,
            deterministic: true);
        var compilation = CSharpCompilation.Create("Measured", trees, _commandLine.References, options);
        using var peStream = new MemoryStream();
        using var pdbStream = new MemoryStream();
        var emitted = compilation.Emit(peStream, pdbStream, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        stopwatch.Stop();
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        if (!emitted.Success)
        {
            var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5);
            throw new InvalidOperationException($"{Label} does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
        return new RoundResult(
            cpu.TotalMilliseconds,
            stopwatch.Elapsed.TotalMilliseconds,
            (GC.GetTotalPauseDuration() - pausesBefore).TotalMilliseconds,
            (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6);
    }
}
