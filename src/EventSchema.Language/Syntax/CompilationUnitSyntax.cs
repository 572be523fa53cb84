using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary>The root of a file: its top-level members and the end-of-file token that holds the trailing trivia.</summary>
public sealed class CompilationUnitSyntax(IReadOnlyList<SyntaxNode> members, SyntaxToken endOfFile) : SyntaxNode
{
    /// <summary>Namespace and using directives, declarations, and skipped text, in source order.</summary>
    public IReadOnlyList<SyntaxNode> Members { get; } = members;

    /// <summary>The end of the file.</summary>
    public SyntaxToken EndOfFile { get; } = endOfFile;

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        foreach (var member in Members) yield return member;
        yield return EndOfFile;
    }
}
