using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using SyntaxTree = EventSchema.Language.Syntax.SyntaxTree;

namespace EventSchema.Generator.Model;

/// <summary>
/// One schema file parsed once and cached by the pipeline until its text changes. Equal by path and
/// text, so a file that is re-read unchanged stays cached; the tree itself is not compared.
/// </summary>
internal sealed class ParsedSchema : IEquatable<ParsedSchema>
{
    private ParsedSchema(string path, string text, SyntaxTree tree)
    {
        Path = path;
        Text = text;
        Tree = tree;
    }

    public string Path { get; }

    public string Text { get; }

    public SyntaxTree Tree { get; }

    public static bool IsSchemaFile(AdditionalText file)
        => file.Path.EndsWith(".eventschema", StringComparison.OrdinalIgnoreCase);

    public static ParsedSchema Parse(AdditionalText file, CancellationToken cancellationToken)
    {
        // An unreadable file reads as empty; the analyzer reports what the front end finds in it.
        string text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        var source = new Language.Text.SourceText(file.Path, text);
        return new ParsedSchema(file.Path, text, SyntaxTree.Parse(source, cancellationToken));
    }

    public bool Equals(ParsedSchema? other)
        => other is not null && (ReferenceEquals(this, other)
            || (string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Text, other.Text, StringComparison.Ordinal)));

    public override bool Equals(object? obj) => Equals(obj as ParsedSchema);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path);
}
