using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventSchema.Benchmarks.WarmCompile;

/// <summary>
/// What a recorded csc command line compiles: its references, preprocessor symbols, language version and sources.
/// Analyzers, generators and output options are left out; the measured sources are passed in full instead.
/// </summary>
internal sealed record CompilerCommandLine(
    IReadOnlyList<MetadataReference> References,
    CSharpParseOptions ParseOptions,
    OutputKind OutputKind,
    IReadOnlyList<string> SourcePaths)
{
    /// <summary>
    /// Reads the first line of <paramref name="logPath"/> that runs the SDK's csc (a build log at detailed verbosity or
    /// more). Relative paths are resolved against <paramref name="projectDirectory"/>; paths must not contain spaces.
    /// </summary>
    public static CompilerCommandLine FromBuildLog(string logPath, string projectDirectory)
    {
        var line = File.ReadLines(logPath).FirstOrDefault(l => l.TrimStart().StartsWith('/') && l.Contains("/bincore/csc /", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{logPath} has no csc command line; build with -v:d or -flp:v=diag.");
        // Diagnostic logs end each task's line with the task's id.
        var arguments = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Where(a => !a.StartsWith("(TaskId:", StringComparison.Ordinal));
        var references = new List<MetadataReference>();
        var sources = new List<string>();
        var symbols = Array.Empty<string>();
        var languageVersion = LanguageVersion.Default;
        var outputKind = OutputKind.DynamicallyLinkedLibrary;
        foreach (var argument in arguments)
        {
            if (argument.StartsWith("/reference:", StringComparison.Ordinal))
                references.Add(MetadataReference.CreateFromFile(Resolve(argument["/reference:".Length..], projectDirectory)));
            else if (argument.StartsWith("/define:", StringComparison.Ordinal))
                symbols = argument["/define:".Length..].Split(';', StringSplitOptions.RemoveEmptyEntries);
            else if (argument.StartsWith("/langversion:", StringComparison.Ordinal))
                _ = LanguageVersionFacts.TryParse(argument["/langversion:".Length..], out languageVersion);
            else if (argument == "/target:exe")
                outputKind = OutputKind.ConsoleApplication;
            else if (!argument.StartsWith('/'))
                sources.Add(Resolve(argument, projectDirectory));
        }
        // Documentation comments are trivia to the command-line compiler unless /doc is given, as here.
        var parseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.None, SourceCodeKind.Regular, symbols);
        return new CompilerCommandLine(references, parseOptions, outputKind, sources);
    }

    private static string Resolve(string path, string projectDirectory) =>
        Path.GetFullPath(path.Trim('"'), projectDirectory);
}
