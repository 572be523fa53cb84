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

    /// <summary>The mode from <c>@compatibility("…")</c>.</summary>
    public Evolution.CompatibilityMode? Compatibility { get; set; }

    public string? EventType { get; set; }

    public LiteralSyntax? SummarySyntax { get; set; }

    public StringLiteral? Summary { get; set; }

    /// <summary>The decorators applied so far with their definitions, so later checks can point at them. Lists are short, so a list beats a dictionary.</summary>
    public List<(DecoratorDefinition Definition, DecoratorSyntax Syntax)> Applied { get; } = new(4);

    public DecoratorSyntax? Find(DecoratorDefinition definition)
    {
        foreach (var (applied, syntax) in Applied)
        {
            if (ReferenceEquals(applied, definition)) return syntax;
        }
        return null;
    }
}
