using System;

namespace EventSchema.Language.Binding;

/// <summary>What a decorator may be written on: the binder's rules, and the places tools such as editor completion ask about.</summary>
[Flags]
public enum DecoratorTargets
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>A field of a record or event.</summary>
    Field = 1,
    /// <summary>A <c>record</c>.</summary>
    Record = 2,
    /// <summary>An <c>event</c>.</summary>
    Event = 4,
    /// <summary>An <c>enum</c>.</summary>
    Enum = 8,
    /// <summary>A member of an enum.</summary>
    EnumMember = 16,
    /// <summary>A <c>scalar</c>.</summary>
    Scalar = 32,
    /// <summary>The <c>namespace</c> declaration (no decorator may be written there).</summary>
    Namespace = 64,
    /// <summary>A <c>using</c> directive (no decorator may be written there).</summary>
    Using = 128,
    /// <summary>A <c>union</c>.</summary>
    Union = 256,
    /// <summary>Any top-level declaration, when which one follows is not known yet.</summary>
    AnyDeclaration = Record | Event | Enum | Scalar | Union,
    /// <summary>The declarations that have versions of their own (<c>@version</c>, <c>@compatibility</c>).</summary>
    VersionedDeclaration = Record | Event | Enum | Scalar | Union,
    /// <summary>Every place a decorator may be written.</summary>
    All = Field | Record | Event | Enum | EnumMember | Scalar | Union,
}

internal static class DecoratorTargetsExtensions
{
    public static string Describe(this DecoratorTargets target) => target switch
    {
        DecoratorTargets.Field => "a field",
        DecoratorTargets.Record => "a record",
        DecoratorTargets.Event => "an event",
        DecoratorTargets.Enum => "an enum",
        DecoratorTargets.EnumMember => "an enum member",
        DecoratorTargets.Scalar => "a scalar",
        DecoratorTargets.Namespace => "a namespace",
        DecoratorTargets.Using => "a using directive",
        DecoratorTargets.Union => "a union",
        _ => "this",
    };

    public static string DescribeAll(this DecoratorTargets targets)
    {
        var parts = new System.Collections.Generic.List<string>();
        foreach (DecoratorTargets flag in new[] { DecoratorTargets.Field, DecoratorTargets.Record, DecoratorTargets.Event, DecoratorTargets.Enum, DecoratorTargets.EnumMember, DecoratorTargets.Scalar, DecoratorTargets.Union })
        {
            if ((targets & flag) != 0) parts.Add(flag.Describe().Substring(flag.Describe().IndexOf(' ') + 1) + "s");
        }
        if (parts.Count == 1) return parts[0];
        return string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " and " + parts[parts.Count - 1];
    }
}
