using EventSchema.Language;
using EventSchema.Language.Binding;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Workspace;

namespace EventSchema.LanguageServer.Features;

/// <summary>Hover: the declaration with its doc comment, a field with its resolved type and constraints, a decorator or built-in type explained.</summary>
internal static class HoverProvider
{
    public static Hover? GetHover(SchemaCompilation compilation, WorkspaceDocument document, int offset)
    {
        var target = SymbolLocator.Locate(compilation, document, offset);
        string? markdown = target switch
        {
            DeclarationTarget d => SchemaDescriptions.Declaration(d.Declaration),
            FieldTarget f => SchemaDescriptions.Field(f.Field),
            EnumMemberTarget m => SchemaDescriptions.EnumMember(m.Member),
            BuiltInTypeTarget b => $"```eventschema\n{b.Keyword}\n```\n\nBuilt-in type. {SchemaDescriptions.BuiltInType(b.Keyword)}",
            DecoratorTarget d => DecoratorDefinition.Find(d.Name) is { } info
                ? $"```eventschema\n{info.Signature}\n```\n\n{info.Description}"
                : null,
            NamespaceTarget n => $"```eventschema\nnamespace {n.Namespace}\n```\n\n{NamespaceContents(compilation, n.Namespace)}",
            _ => null,
        };
        if (markdown is null || target is null) return null;
        return new Hover(MarkupContent.Markdown(markdown), document.Lines.GetRange(target.Span.Start, target.Span.End));
    }

    // "3 declarations", and for a namespace that also (or only) holds others, how many declarations those hold.
    private static string NamespaceContents(Language.SchemaCompilation compilation, string ns)
    {
        int own = compilation.Nameable().Count(d => d.Namespace == ns);
        int below = compilation.Nameable().Count(d => d.Namespace.StartsWith(ns + ".", StringComparison.Ordinal));
        string Count(int n) => n == 1 ? "1 declaration" : $"{n} declarations";
        return below == 0 ? Count(own) + "." : $"{Count(own)}, and {Count(below)} in the namespaces within it.";
    }
}
