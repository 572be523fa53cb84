using System;
using System.Collections.Generic;
using System.Globalization;
using EventSchema.Language.Binding;

namespace EventSchema.Language.Semantics;

/// <summary>
/// The validation rules on a field or scalar, mirroring JSON Schema's keywords. Unset rules are null.
/// Length rules apply to strings, item rules to lists, sets and maps, numeric rules to numbers.
/// </summary>
public sealed record Constraints
{
    /// <summary>No rules.</summary>
    public static Constraints None { get; } = new();

    /// <summary><c>@minLength(n)</c>: at least n characters.</summary>
    public int? MinLength { get; init; }

    /// <summary><c>@maxLength(n)</c>: at most n characters.</summary>
    public int? MaxLength { get; init; }

    /// <summary><c>@pattern("…")</c>: a .NET regular expression the whole value must match somewhere (as in JSON Schema, anchors are the author's).</summary>
    public string? Pattern { get; init; }

    /// <summary><c>@minimum(x)</c>: the value is at least x.</summary>
    public NumericLiteral? Minimum { get; init; }

    /// <summary><c>@maximum(x)</c>: the value is at most x.</summary>
    public NumericLiteral? Maximum { get; init; }

    /// <summary><c>@exclusiveMinimum(x)</c>: the value is greater than x.</summary>
    public NumericLiteral? ExclusiveMinimum { get; init; }

    /// <summary><c>@exclusiveMaximum(x)</c>: the value is less than x.</summary>
    public NumericLiteral? ExclusiveMaximum { get; init; }

    /// <summary><c>@minItems(n)</c>: at least n items.</summary>
    public int? MinItems { get; init; }

    /// <summary><c>@maxItems(n)</c>: at most n items.</summary>
    public int? MaxItems { get; init; }

    /// <summary><c>@uniqueItems</c>: no two items are equal.</summary>
    public bool UniqueItems { get; init; }

    /// <summary>Whether any rule is set.</summary>
    public bool IsEmpty => this == None;

    /// <summary>The rules about a collection itself: <c>@minItems</c>, <c>@maxItems</c>, <c>@uniqueItems</c>.</summary>
    public Constraints CollectionRules => new() { MinItems = MinItems, MaxItems = MaxItems, UniqueItems = UniqueItems };

    /// <summary>
    /// The rules about a value (lengths, pattern, bounds). On a collection field they hold for its innermost items, and
    /// are written on the item type: <c>list&lt;@maxLength(20) string&gt;</c>.
    /// </summary>
    public Constraints ValueRules => this with { MinItems = null, MaxItems = null, UniqueItems = false };

    /// <summary>
    /// The rules as the decorators that set them, in the order the language lists them, such as <c>@minLength(1)</c>;
    /// <paramref name="quote"/> writes the pattern as a schema string literal.
    /// </summary>
    internal IReadOnlyList<string> AsDecorators(Func<string, string> quote)
    {
        var decorators = new List<string>();
        Add(DecoratorDefinition.MinLength, Whole(MinLength));
        Add(DecoratorDefinition.MaxLength, Whole(MaxLength));
        Add(DecoratorDefinition.Pattern, Pattern is null ? null : quote(Pattern));
        Add(DecoratorDefinition.Minimum, Minimum?.Text);
        Add(DecoratorDefinition.Maximum, Maximum?.Text);
        Add(DecoratorDefinition.ExclusiveMinimum, ExclusiveMinimum?.Text);
        Add(DecoratorDefinition.ExclusiveMaximum, ExclusiveMaximum?.Text);
        Add(DecoratorDefinition.MinItems, Whole(MinItems));
        Add(DecoratorDefinition.MaxItems, Whole(MaxItems));
        if (UniqueItems) decorators.Add("@" + DecoratorDefinition.UniqueItems.Name);
        return decorators;

        void Add(DecoratorDefinition definition, string? argument)
        {
            if (argument is not null) decorators.Add("@" + definition.Name + "(" + argument + ")");
        }

        static string? Whole(int? value) => value?.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>A number as written in a schema, kept as text so no precision is lost; <see cref="Value"/> is its decimal value.</summary>
/// <param name="Text">The literal as written, such as <c>-1.5</c> or <c>1e3</c>.</param>
/// <param name="Value">Its value.</param>
public sealed record NumericLiteral(string Text, decimal Value);
