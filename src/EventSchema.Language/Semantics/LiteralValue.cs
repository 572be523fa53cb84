using EventSchema.Language.Text;

namespace EventSchema.Language.Semantics;

/// <summary>What kind of literal a default value is.</summary>
public enum LiteralKind
{
    /// <summary>A string, <c>"…"</c>.</summary>
    String,
    /// <summary>An integer, <c>42</c> or <c>-1</c>.</summary>
    Integer,
    /// <summary>A number with a fraction or exponent, <c>1.5</c>.</summary>
    Number,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,
    /// <summary><c>null</c>, allowed only for optional fields.</summary>
    Null,
    /// <summary>A bare identifier naming a member of the field's enum type.</summary>
    EnumMember,
    /// <summary><c>[]</c>: the empty list or set.</summary>
    EmptyList,
    /// <summary><c>{}</c>: the empty map.</summary>
    EmptyMap,
}

/// <summary>A bound default value.</summary>
/// <param name="Kind">What kind of literal it is.</param>
/// <param name="Text">The literal as written in the schema.</param>
/// <param name="Value">The decoded value: <see cref="string"/> (escapes decoded), <see cref="long"/>, <see cref="decimal"/>, <see cref="bool"/>, <see cref="EnumMemberSymbol"/>, or null.</param>
/// <param name="Span">Where it is written.</param>
public sealed record LiteralValue(LiteralKind Kind, string Text, object? Value, TextSpan Span);
