using System;

namespace EventSchema.Language.Binding;

/// <summary>Where a decorator is written, for tools that offer only the decorators valid there (editor completion).</summary>
[Flags]
public enum DecoratorPlacement
{
    /// <summary>Nowhere.</summary>
    None = 0,
    /// <summary>Before a field of a record or event.</summary>
    Field = 1,
    /// <summary>Before a <c>record</c>.</summary>
    Record = 2,
    /// <summary>Before an <c>event</c>.</summary>
    Event = 4,
    /// <summary>Before an <c>enum</c>.</summary>
    Enum = 8,
    /// <summary>Before a member of an enum.</summary>
    EnumMember = 16,
    /// <summary>Before a <c>scalar</c>.</summary>
    Scalar = 32,
    /// <summary>Before any top-level declaration, when which one follows is not known yet.</summary>
    AnyDeclaration = Record | Event | Enum | Scalar,
}

/// <summary>Which decorators the language accepts where: the binder's own rules, for tools.</summary>
public static class DecoratorRules
{
    /// <summary>
    /// Whether <c>@<paramref name="name"/></c> may be written at any of <paramref name="placement"/>'s places;
    /// false for a name the language does not define.
    /// </summary>
    public static bool IsAllowed(string name, DecoratorPlacement placement)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        DecoratorDefinition? definition = DecoratorDefinition.Find(name);
        return definition is not null && (ToTargets(placement) & definition.Targets) != 0;
    }

    // The placements and the binder's targets share their flag values for the declaration kinds.
    private static DecoratorTargets ToTargets(DecoratorPlacement placement)
        => (DecoratorTargets)((int)placement & (int)DecoratorTargets.All);
}
