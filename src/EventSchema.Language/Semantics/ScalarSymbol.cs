using EventSchema.Language.Text;

namespace EventSchema.Language.Semantics;

/// <summary><c>scalar Name : primitive;</c>: a constrained primitive that becomes a value object.</summary>
public sealed class ScalarSymbol : DeclarationSymbol
{
    internal ScalarSymbol(string name, string @namespace, string filePath, TextSpan nameSpan, TextSpan span)
        : base(name, @namespace, filePath, nameSpan, span) { }

    /// <inheritdoc />
    public override DeclarationKind Kind => DeclarationKind.Scalar;

    /// <summary>The primitive it wraps.</summary>
    public PrimitiveType UnderlyingType { get; internal set; } = PrimitiveType.Get(PrimitiveKind.String);

    /// <summary>The constraints every value must meet.</summary>
    public Constraints Constraints { get; internal set; } = Constraints.None;
}
