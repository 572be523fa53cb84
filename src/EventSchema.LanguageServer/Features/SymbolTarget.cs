using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.LanguageServer.Features;

/// <summary>What a position in a schema names, and the span of the name there.</summary>
internal abstract record SymbolTarget(TextSpan Span);

/// <summary>A record, event, enum or scalar, named where it is declared (<paramref name="IsDeclaration"/>) or used as a type.</summary>
internal sealed record DeclarationTarget(DeclarationSymbol Declaration, TextSpan Span, bool IsDeclaration) : SymbolTarget(Span);

/// <summary>A field, at its declaration.</summary>
internal sealed record FieldTarget(FieldSymbol Field, TextSpan Span) : SymbolTarget(Span);

/// <summary>An enum member, at its declaration or in a default value.</summary>
internal sealed record EnumMemberTarget(EnumMemberSymbol Member, TextSpan Span, bool IsDeclaration) : SymbolTarget(Span);

/// <summary>A built-in type such as <c>string</c>, or <c>list</c>, <c>set</c> or <c>map</c>.</summary>
internal sealed record BuiltInTypeTarget(string Keyword, TextSpan Span) : SymbolTarget(Span);

/// <summary>A decorator's name.</summary>
internal sealed record DecoratorTarget(string Name, TextSpan Span) : SymbolTarget(Span);

/// <summary>A namespace in a <c>namespace</c> or <c>using</c> line.</summary>
internal sealed record NamespaceTarget(string Namespace, TextSpan Span) : SymbolTarget(Span);

/// <summary>A type name that did not resolve.</summary>
internal sealed record UnresolvedTypeTarget(string WrittenName, TextSpan Span) : SymbolTarget(Span);
