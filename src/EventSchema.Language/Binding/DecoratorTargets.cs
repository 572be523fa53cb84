using System;

namespace EventSchema.Language.Binding;

/// <summary>What a decorator may be written on.</summary>
[Flags]
internal enum DecoratorTargets
{
    None = 0,
    Field = 1,
    Record = 2,
    Event = 4,
    Enum = 8,
    EnumMember = 16,
    Scalar = 32,
    Namespace = 64,
    Using = 128,
    All = Field | Record | Event | Enum | EnumMember | Scalar,
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
        _ => "this",
    };

    public static string DescribeAll(this DecoratorTargets targets)
    {
        var parts = new System.Collections.Generic.List<string>();
        foreach (DecoratorTargets flag in new[] { DecoratorTargets.Field, DecoratorTargets.Record, DecoratorTargets.Event, DecoratorTargets.Enum, DecoratorTargets.EnumMember, DecoratorTargets.Scalar })
        {
            if ((targets & flag) != 0) parts.Add(flag.Describe().Substring(flag.Describe().IndexOf(' ') + 1) + "s");
        }
        if (parts.Count == 1) return parts[0];
        return string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " and " + parts[parts.Count - 1];
    }
}
