using System.Collections.Generic;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;

namespace EventSchema.Language.Binding;

/// <summary>What a list of decorators means once checked: constraints, names, version, summary.</summary>
internal sealed class BoundDecorators
{
    public static readonly BoundDecorators Empty = new(0);

    // Sized to the decorators written, which bounds how many apply; no list around it, since this object is made per field.
    private readonly (DecoratorDefinition Definition, DecoratorSyntax Syntax)[] _applied;
    private int _appliedCount;

    /// <summary>Room for <paramref name="capacity"/> applied decorators: the number written.</summary>
    public BoundDecorators(int capacity)
    {
        _applied = capacity == 0 ? [] : new (DecoratorDefinition, DecoratorSyntax)[capacity];
    }

    public Constraints Constraints { get; set; } = Constraints.None;

    public string? JsonName { get; set; }

    public string? DeprecationMessage { get; set; }

    public int? Version { get; set; }

    /// <summary>The mode from <c>@compatibility("…")</c>.</summary>
    public Evolution.CompatibilityMode? Compatibility { get; set; }

    public string? EventType { get; set; }

    public string? Discriminator { get; set; }

    public string? DiscriminatorValue { get; set; }

    public LiteralSyntax? SummarySyntax { get; set; }

    public StringLiteral? Summary { get; set; }

    /// <summary>The decorators applied so far with their definitions, so later checks can point at them. Lists are short, so a scan beats a dictionary.</summary>
    public AppliedDecorators Applied => new(_applied, _appliedCount);

    public void Add(DecoratorDefinition definition, DecoratorSyntax syntax) => _applied[_appliedCount++] = (definition, syntax);

    public DecoratorSyntax? Find(DecoratorDefinition definition)
    {
        for (int i = 0; i < _appliedCount; i++)
        {
            if (ReferenceEquals(_applied[i].Definition, definition)) return _applied[i].Syntax;
        }
        return null;
    }
}

/// <summary>The applied decorators of a <see cref="BoundDecorators"/>, enumerated without an allocation.</summary>
internal readonly struct AppliedDecorators
{
    private readonly (DecoratorDefinition Definition, DecoratorSyntax Syntax)[] _items;

    public AppliedDecorators((DecoratorDefinition Definition, DecoratorSyntax Syntax)[] items, int count)
    {
        _items = items;
        Count = count;
    }

    public int Count { get; }

    public (DecoratorDefinition Definition, DecoratorSyntax Syntax) this[int index] => _items[index];

    public Enumerator GetEnumerator() => new(_items, Count);

    public struct Enumerator((DecoratorDefinition Definition, DecoratorSyntax Syntax)[] items, int count)
    {
        private int _index = -1;

        public readonly (DecoratorDefinition Definition, DecoratorSyntax Syntax) Current => items[_index];

        public bool MoveNext() => ++_index < count;
    }
}
