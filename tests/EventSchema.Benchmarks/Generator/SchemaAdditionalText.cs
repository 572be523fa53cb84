using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EventSchema.Benchmarks.Generator;

/// <summary>A schema file handed to the generator as an additional file, as MSBuild hands it over.</summary>
internal sealed class SchemaAdditionalText(string path, string text) : AdditionalText
{
    // Built once, as the compiler reads each additional file once per build.
    private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

    public override string Path => path;

    public string Content => text;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
