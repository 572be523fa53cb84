using System;

namespace EventSchema.Language.Binding;

/// <summary>Which decorators the language accepts where: the binder's own rules, for tools.</summary>
public static class DecoratorRules
{
    /// <summary>
    /// Whether <c>@<paramref name="name"/></c> may be written at any of <paramref name="places"/>; false for a name
    /// the language does not define.
    /// </summary>
    public static bool IsAllowed(string name, DecoratorTargets places)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        DecoratorDefinition? definition = DecoratorDefinition.Find(name);
        return definition is not null && (places & definition.Targets) != 0;
    }

    /// <summary>
    /// Whether <c>@<paramref name="name"/></c> may be written on a type argument, where it constrains each item or key:
    /// the value rules <c>@minLength</c>, <c>@maxLength</c>, <c>@pattern</c>, <c>@minimum</c>, <c>@maximum</c>,
    /// <c>@exclusiveMinimum</c> and <c>@exclusiveMaximum</c>.
    /// </summary>
    public static bool IsItemRule(string name)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        DecoratorDefinition? definition = DecoratorDefinition.Find(name);
        return definition is not null && IsItemRule(definition);
    }

    internal static bool IsItemRule(DecoratorDefinition definition)
        => definition == DecoratorDefinition.MinLength || definition == DecoratorDefinition.MaxLength || definition == DecoratorDefinition.Pattern
            || definition == DecoratorDefinition.Minimum || definition == DecoratorDefinition.Maximum
            || definition == DecoratorDefinition.ExclusiveMinimum || definition == DecoratorDefinition.ExclusiveMaximum;
}
