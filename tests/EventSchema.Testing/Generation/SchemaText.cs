using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EventSchema.Testing.Generation;

/// <summary>A schema file handed to the generator as an additional file, held in memory.</summary>
public class SchemaText(string path, string text) : AdditionalText
{
    /// <inheritdoc />
    public override string Path => path;

    /// <summary>The file's text.</summary>
    public string Text => text;

    /// <inheritdoc />
    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
}
