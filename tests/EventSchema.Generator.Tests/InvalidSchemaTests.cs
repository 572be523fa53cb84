using EventSchema.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventSchema.Generator.Tests;

/// <summary>
/// Every case in <c>schemas/invalid</c> reaches the build exactly as its diagnostics baseline says (code,
/// file, line, column, end and message), and the generator neither throws nor emits code that fails to build.
/// A file directly in the folder is a case on its own; a subfolder is one case of several files.
/// </summary>
public sealed class InvalidSchemaTests
{
    public static TheoryData<string> Cases()
    {
        string folder = RepositoryPaths.Schemas("invalid");
        var files = Directory.GetFiles(folder, "*.eventschema").Select(Relative);
        var folders = Directory.GetDirectories(folder).Select(Relative);
        return new(files.Concat(folders).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_diagnostics_match_the_baseline(string relativeCase)
    {
        var schemas = Load(relativeCase);
        var expected = schemas
            .SelectMany(schema => File.ReadAllLines(Path.Combine(RepositoryPaths.Root, schema.Path + ".diagnostics.txt")))
            .Where(line => line.Length > 0)
            .Order(StringComparer.Ordinal)
            .ToList();

        // The baselines hold the front end's diagnostics; declarations left out (ES0080) are checked in DiagnosticsTests.
        var actual = GeneratorHarness.Diagnose(schemas, CompilationFor(relativeCase))
            .Where(diagnostic => diagnostic.Id != "ES0080")
            .Select(Format)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generator_neither_throws_nor_emits_code_that_fails_to_build(string relativeCase)
    {
        var run = GeneratorHarness.Run(Load(relativeCase), compilation: CompilationFor(relativeCase));

        Assert.Empty(run.Failures);
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
    }

    private static List<InMemoryAdditionalText> Load(string relativeCase)
    {
        string full = Path.Combine(RepositoryPaths.Root, relativeCase);
        var files = Directory.Exists(full) ? Directory.GetFiles(full, "*.eventschema").Order(StringComparer.Ordinal).ToArray() : [full];
        // Paths relative to the repository, as the baselines write them.
        return files.Select(path => new InMemoryAdditionalText(Relative(path), File.ReadAllText(path))).ToList();
    }

    /// <summary>
    /// The consumer compilation of a case; each <c>*.schemareference</c> file of a case folder becomes a real referenced
    /// assembly carrying the declarations attribute its first line (<c>assembly formatVersion namespaces</c>) and the
    /// rest of the file describe.
    /// </summary>
    private static CSharpCompilation CompilationFor(string relativeCase)
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        string full = Path.Combine(RepositoryPaths.Root, relativeCase);
        if (!Directory.Exists(full)) return compilation;
        foreach (string path in Directory.GetFiles(full, "*.schemareference").Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            int lineEnd = text.IndexOf('\n') is int end and >= 0 ? end : text.Length;
            string[] header = text[..lineEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string model = lineEnd < text.Length ? text[(lineEnd + 1)..] : string.Empty;
            var library = GeneratorHarness.CreateCompilation(
                $"[assembly: EventSchema.SchemaDeclarations({header[1]}, {SymbolDisplay.FormatLiteral(header[2], true)}, {SymbolDisplay.FormatLiteral(model, true)})]")
                .WithAssemblyName(header[0]);
            using var stream = new MemoryStream();
            var emitted = library.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);
            Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
            compilation = compilation.AddReferences(MetadataReference.CreateFromImage(stream.ToArray()));
        }
        return compilation;
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/');

    private static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        string severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): "
            + $"{severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
