using System.Collections.Generic;

namespace EventSchema.Language.Binding;

/// <summary>The arguments a decorator takes.</summary>
internal enum DecoratorArguments
{
    /// <summary>None: <c>@uniqueItems</c>.</summary>
    None,
    /// <summary>One non-negative whole number: <c>@minLength(1)</c>.</summary>
    Count,
    /// <summary>One number: <c>@minimum(-1.5)</c>.</summary>
    Number,
    /// <summary>One string: <c>@pattern("…")</c>.</summary>
    String,
    /// <summary>An optional string: <c>@deprecated</c> or <c>@deprecated("why")</c>.</summary>
    OptionalString,
    /// <summary>One positive whole number: <c>@version(2)</c>.</summary>
    Version,
    /// <summary>A version and a former name: <c>@renamedFrom(3, "date")</c>.</summary>
    VersionAndName,
    /// <summary>A version and a former type: <c>@typeChangedFrom(3, int)</c> or <c>@typeChangedFrom(3, "list&lt;int&gt;")</c>.</summary>
    VersionAndType,
    /// <summary>A compatibility mode name: <c>@compatibility("full")</c>.</summary>
    CompatibilityMode,
}

/// <summary>What the type of a constrained field or scalar must be for a constraint decorator to apply.</summary>
internal enum ConstrainedTypes
{
    Any,
    Text,
    Number,
    Collection,
    List,
}

/// <summary>One decorator the language defines. There is one instance per decorator, compared by reference.</summary>
internal sealed class DecoratorDefinition(string name, DecoratorTargets targets, DecoratorArguments arguments, ConstrainedTypes types)
{
    public string Name { get; } = name;

    public DecoratorTargets Targets { get; } = targets;

    public DecoratorArguments Arguments { get; } = arguments;

    public ConstrainedTypes Types { get; } = types;

    public static readonly DecoratorDefinition MinLength = new("minLength", DecoratorTargets.Field | DecoratorTargets.Scalar, DecoratorArguments.Count, ConstrainedTypes.Text);
    public static readonly DecoratorDefinition MaxLength = new("maxLength", DecoratorTargets.Field | DecoratorTargets.Scalar, DecoratorArguments.Count, ConstrainedTypes.Text);
    public static readonly DecoratorDefinition Pattern = new("pattern", DecoratorTargets.Field | DecoratorTargets.Scalar, DecoratorArguments.String, ConstrainedTypes.Text);
    public static readonly DecoratorDefinition Minimum = new("minimum", DecoratorTargets.Field | DecoratorTargets.Scalar, DecoratorArguments.Number, ConstrainedTypes.Number);
    public static readonly DecoratorDefinition Maximum = new("maximum", DecoratorTargets.Field | DecoratorTargets.Scalar, DecoratorArguments.Number, ConstrainedTypes.Number);
    public static readonly DecoratorDefinition ExclusiveMinimum = new("exclusiveMinimum", DecoratorTargets.Field | DecoratorTargets.Scalar, DecoratorArguments.Number, ConstrainedTypes.Number);
    public static readonly DecoratorDefinition ExclusiveMaximum = new("exclusiveMaximum", DecoratorTargets.Field | DecoratorTargets.Scalar, DecoratorArguments.Number, ConstrainedTypes.Number);
    public static readonly DecoratorDefinition MinItems = new("minItems", DecoratorTargets.Field, DecoratorArguments.Count, ConstrainedTypes.Collection);
    public static readonly DecoratorDefinition MaxItems = new("maxItems", DecoratorTargets.Field, DecoratorArguments.Count, ConstrainedTypes.Collection);
    public static readonly DecoratorDefinition UniqueItems = new("uniqueItems", DecoratorTargets.Field, DecoratorArguments.None, ConstrainedTypes.List);
    public static readonly DecoratorDefinition Deprecated = new("deprecated", DecoratorTargets.All, DecoratorArguments.OptionalString, ConstrainedTypes.Any);
    public static readonly DecoratorDefinition Json = new("json", DecoratorTargets.Field, DecoratorArguments.String, ConstrainedTypes.Any);
    public static readonly DecoratorDefinition Version = new("version", DecoratorTargets.AnyDeclaration, DecoratorArguments.Version, ConstrainedTypes.Any);
    public static readonly DecoratorDefinition Type = new("type", DecoratorTargets.Event, DecoratorArguments.String, ConstrainedTypes.Any);
    public static readonly DecoratorDefinition Summary = new("summary", DecoratorTargets.Record | DecoratorTargets.Event, DecoratorArguments.String, ConstrainedTypes.Any);
    public static readonly DecoratorDefinition Added = new("added", DecoratorTargets.Field | DecoratorTargets.EnumMember, DecoratorArguments.Version, ConstrainedTypes.Any);
    public static readonly DecoratorDefinition Removed = new("removed", DecoratorTargets.Field | DecoratorTargets.EnumMember, DecoratorArguments.Version, ConstrainedTypes.Any);
    public static readonly DecoratorDefinition RenamedFrom = new("renamedFrom", DecoratorTargets.Field, DecoratorArguments.VersionAndName, ConstrainedTypes.Any);
    public static readonly DecoratorDefinition TypeChangedFrom = new("typeChangedFrom", DecoratorTargets.Field, DecoratorArguments.VersionAndType, ConstrainedTypes.Any);
    public static readonly DecoratorDefinition MadeOptional = new("madeOptional", DecoratorTargets.Field, DecoratorArguments.Version, ConstrainedTypes.Any);
    public static readonly DecoratorDefinition MadeRequired = new("madeRequired", DecoratorTargets.Field, DecoratorArguments.Version, ConstrainedTypes.Any);
    public static readonly DecoratorDefinition Compatibility = new("compatibility", DecoratorTargets.AnyDeclaration, DecoratorArguments.CompatibilityMode, ConstrainedTypes.Any);

    public static IReadOnlyList<DecoratorDefinition> All { get; } =
    [
        MinLength, MaxLength, Pattern, Minimum, Maximum, ExclusiveMinimum, ExclusiveMaximum,
        MinItems, MaxItems, UniqueItems, Deprecated, Json, Version, Type, Summary,
        Added, Removed, RenamedFrom, TypeChangedFrom, MadeOptional, MadeRequired, Compatibility,
    ];

    /// <summary>Whether it may be written more than once on one target: a field may be renamed, retyped or made optional at several versions.</summary>
    public bool IsRepeatable => Arguments is DecoratorArguments.VersionAndName or DecoratorArguments.VersionAndType || this == MadeOptional || this == MadeRequired;

    private static readonly Dictionary<string, DecoratorDefinition> ByName = CreateIndex();

    private static Dictionary<string, DecoratorDefinition> CreateIndex()
    {
        var index = new Dictionary<string, DecoratorDefinition>(System.StringComparer.Ordinal);
        foreach (var definition in All) index[definition.Name] = definition;
        return index;
    }

    public static DecoratorDefinition? Find(string name) => ByName.TryGetValue(name, out var definition) ? definition : null;

    public string DescribeTypes() => Types switch
    {
        ConstrainedTypes.Text => "strings (string fields and string scalars)",
        ConstrainedTypes.Number => "numbers (int, long, double, decimal and scalars of them)",
        ConstrainedTypes.Collection => "lists, sets and maps",
        ConstrainedTypes.List => "lists (sets and maps are unique already)",
        _ => "any type",
    };

    public string DescribeArguments() => Arguments switch
    {
        DecoratorArguments.None => "no arguments: write '@" + Name + "'",
        DecoratorArguments.Count => "one whole number, such as '@" + Name + "(1)'",
        DecoratorArguments.Number => "one number, such as '@" + Name + "(0)'",
        DecoratorArguments.String => Name switch
        {
            "pattern" => "one string, such as '@pattern(\"^[A-Z]{2}$\")'",
            "json" => "one string, such as '@json(\"wireName\")'",
            "type" => "one string, such as '@type(\"diplomacy.event-name.v1\")'",
            _ => "one string, such as '@summary(\"{name} did something\")'",
        },
        DecoratorArguments.OptionalString => "no arguments or one string giving the reason, such as '@deprecated(\"use newField\")'",
        DecoratorArguments.Version => "one whole number of 1 or more, such as '@" + Name + "(2)'",
        DecoratorArguments.VersionAndName => "a version and the former name, such as '@renamedFrom(2, \"date\")'",
        DecoratorArguments.VersionAndType => "a version and the former type, such as '@typeChangedFrom(2, int)' or '@typeChangedFrom(2, \"list<int>\")'",
        DecoratorArguments.CompatibilityMode => "one string naming a mode: " + Evolution.CompatibilityModes.Names,
        _ => "other arguments",
    };
}
