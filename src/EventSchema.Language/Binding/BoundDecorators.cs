using System.Collections.Generic;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;

namespace EventSchema.Language.Binding;

/// <summary>What a list of decorators means once checked: constraints, names, version, summary.</summary>
/// <remarks>
/// A value, not an object: binding makes one for every decorated field, member and declaration, and none outlives the
/// binding of what it decorates. Which decorators applied is kept as bits over the written list (and over the
/// definitions, for the quick "any of these?" test), not as a list of its own.
/// </remarks>
internal struct BoundDecorators
{
    /// <summary>Nothing written, nothing applied.</summary>
    public static readonly BoundDecorators Empty = default;

    private const int MaskBits = 64;

    private readonly IReadOnlyList<DecoratorSyntax>? _written;
    private ulong _appliedPositions;
    private List<int>? _appliedBeyondMask;
    private ulong _appliedDefinitions;
    private Constraints? _constraints;

    /// <summary>Bound from <paramref name="written"/>, the decorators as written, which it reads back for <see cref="Find"/> and <see cref="Applied"/>.</summary>
    public BoundDecorators(IReadOnlyList<DecoratorSyntax> written)
    {
        _written = written;
    }

    public Constraints Constraints
    {
        readonly get => _constraints ?? Constraints.None;
        set => _constraints = value;
    }

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

    /// <summary>The decorators applied, in the order written, with their definitions, so later checks can point at them.</summary>
    public readonly AppliedDecorators Applied => new(this);

    /// <summary>Records that the decorator at <paramref name="position"/> of the written list applied as <paramref name="definition"/>.</summary>
    public void MarkApplied(int position, DecoratorDefinition definition)
    {
        if (position < MaskBits) _appliedPositions |= 1UL << position;
        else (_appliedBeyondMask ??= new List<int>()).Add(position);
        _appliedDefinitions |= definition.Bit;
    }

    /// <summary>Whether a decorator of <paramref name="definition"/> applied.</summary>
    public readonly bool HasApplied(DecoratorDefinition definition) => (_appliedDefinitions & definition.Bit) != 0;

    /// <summary>Whether a decorator of any of the definitions whose <see cref="DecoratorDefinition.Bit"/>s make <paramref name="definitions"/> applied.</summary>
    public readonly bool HasAnyApplied(ulong definitions) => (_appliedDefinitions & definitions) != 0;

    /// <summary>The first applied decorator of <paramref name="definition"/>; null when none applied.</summary>
    public readonly DecoratorSyntax? Find(DecoratorDefinition definition)
    {
        if (!HasApplied(definition)) return null;
        foreach (var (applied, syntax) in Applied)
        {
            if (ReferenceEquals(applied, definition)) return syntax;
        }
        return null;
    }

    internal readonly int WrittenCount => _written?.Count ?? 0;

    internal readonly DecoratorSyntax Written(int position) => _written![position];

    internal readonly bool IsApplied(int position)
        => position < MaskBits ? (_appliedPositions & (1UL << position)) != 0 : _appliedBeyondMask?.Contains(position) == true;
}

/// <summary>The applied decorators of a <see cref="BoundDecorators"/>, enumerated without an allocation.</summary>
internal readonly struct AppliedDecorators(BoundDecorators bound)
{
    public Enumerator GetEnumerator() => new(bound);

    public struct Enumerator(BoundDecorators bound)
    {
        private int _position = -1;

        public (DecoratorDefinition Definition, DecoratorSyntax Syntax) Current { get; private set; }

        public bool MoveNext()
        {
            while (++_position < bound.WrittenCount)
            {
                if (!bound.IsApplied(_position)) continue;
                var syntax = bound.Written(_position);
                // An applied decorator has a known name, so its definition is found again.
                Current = (DecoratorDefinition.Find(syntax.Name.Text)!, syntax);
                return true;
            }
            return false;
        }
    }
}
