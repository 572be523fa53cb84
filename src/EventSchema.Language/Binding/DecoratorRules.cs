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
}
