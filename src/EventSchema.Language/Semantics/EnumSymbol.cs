using System.Collections.Generic;
using EventSchema.Language.Text;

namespace EventSchema.Language.Semantics;

/// <summary>An <c>enum</c>: a closed set of named values, each with the string it has on the wire.</summary>
public sealed class EnumSymbol : DeclarationSymbol
{
    internal EnumSymbol(string name, string @namespace, string filePath, TextSpan nameSpan, TextSpan span)
        : base(name, @namespace, filePath, nameSpan, span) { }

    /// <inheritdoc />
    public override DeclarationKind Kind => DeclarationKind.Enum;

    /// <summary>The members in declaration order.</summary>
    public IReadOnlyList<EnumMemberSymbol> Members { get; internal set; } = [];

    /// <summary>Members marked <c>@removed(v)</c>: history only, not in <see cref="Members"/>.</summary>
    public IReadOnlyList<EnumMemberSymbol> RemovedMembers { get; internal set; } = [];
}

/// <summary>One member of an enum.</summary>
public sealed class EnumMemberSymbol
{
    internal EnumMemberSymbol(EnumSymbol containingEnum, string name, string jsonValue, TextSpan nameSpan)
    {
        ContainingEnum = containingEnum;
        Name = name;
        JsonValue = jsonValue;
        NameSpan = nameSpan;
    }

    /// <summary>The enum that declares it.</summary>
    public EnumSymbol ContainingEnum { get; }

    /// <summary>The name as written.</summary>
    public string Name { get; }

    /// <summary>The value on the wire: the explicit <c>= "…"</c> value, else <see cref="Name"/>.</summary>
    public string JsonValue { get; }

    /// <summary>The text of its <c>///</c> comment; null when there is none.</summary>
    public string? Documentation { get; internal set; }

    /// <summary>The reason given by <c>@deprecated("…")</c>; null when it is not deprecated.</summary>
    public string? DeprecationMessage { get; internal set; }

    /// <summary>The span of its name.</summary>
    public TextSpan NameSpan { get; }

    /// <summary>What its <c>@added</c> and <c>@removed</c> decorators say.</summary>
    public Evolution.EnumMemberHistory History { get; internal set; } = Evolution.EnumMemberHistory.None;
}
