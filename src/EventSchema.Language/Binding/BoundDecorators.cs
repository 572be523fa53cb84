using System.Collections.Generic;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;

namespace EventSchema.Language.Binding;

/// <summary>What a list of decorators means once checked: constraints, names, version, summary.</summary>
internal sealed class BoundDecorators
{
    public static readonly BoundDecorators Empty = new();

    public Constraints Constraints { get; set; } = Constraints.None;

    public string? JsonName { get; set; }

    public string? DeprecationMessage { get; set; }

    public int? Version { get; set; }

    public string? EventType { get; set; }

    public LiteralSyntax? SummarySyntax { get; set; }

    public StringLiteral? Summary { get; set; }

    /// <summary>The decorator that set each rule, so later checks can point at it.</summary>
    public Dictionary<DecoratorDefinition, DecoratorSyntax> Applied { get; } = new();
}
