using EventSchema.Benchmarks.Corpus;
using EventSchema.Language;
using EventSchema.Language.Semantics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaText = EventSchema.Language.Text.SourceText;

namespace EventSchema.Benchmarks.FrontEnd;

/// <summary>
/// Refuses to benchmark a corpus that does not compile cleanly, or whose C# is not the same size:
/// timing broken or unequal input proves nothing.
/// </summary>
internal static class CorpusVerifier
{
    private const int MaxListed = 20;

    public static void Verify(SchemaCorpus corpus, CSharpParseOptions options)
    {
        var compilation = SchemaCompilation.Create(corpus.SchemaFiles.Select(f => new SchemaText(f.Path, f.Text)));
        if (compilation.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException(
                $"The generated corpus of {corpus.DeclarationCount} declarations has {compilation.Diagnostics.Count} diagnostics:"
                + Environment.NewLine + string.Join(Environment.NewLine, compilation.Diagnostics.Take(MaxListed)));
        }

        int schemaFields = compilation.Declarations.OfType<RecordSymbol>().Sum(r => r.Fields.Count);
        int csharpDeclarations = 0, csharpProperties = 0;
        foreach (var file in corpus.CSharpFiles)
        {
            var tree = CSharpSyntaxTree.ParseText(file.Text, options, file.Path);
            var errors = tree.GetDiagnostics().ToList();
            if (errors.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The equivalent C# file {file.Path} has {errors.Count} diagnostics:"
                    + Environment.NewLine + string.Join(Environment.NewLine, errors.Take(MaxListed)));
            }
            var nodes = tree.GetRoot().DescendantNodes().ToList();
            csharpDeclarations += nodes.Count(n => n is BaseTypeDeclarationSyntax);
            csharpProperties += nodes.Count(n => n is PropertyDeclarationSyntax);
        }

        Require(compilation.Declarations.Count == corpus.DeclarationCount,
            $"the front end found {compilation.Declarations.Count} declarations, not {corpus.DeclarationCount}");
        Require(csharpDeclarations == corpus.DeclarationCount,
            $"the C# holds {csharpDeclarations} type declarations, not {corpus.DeclarationCount}");
        Require(csharpProperties == schemaFields,
            $"the C# holds {csharpProperties} properties but the schemas {schemaFields} fields");
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition) throw new InvalidOperationException("The corpus is not what it claims: " + problem + ".");
    }
}
