using System.Collections.Generic;
using EventSchema.Language.Semantics;

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

/// <summary>
/// One decorator the language defines, with everything tools say about it: what it means (hover, completion, docs),
/// how it is written, and the snippet completion inserts. There is one instance per decorator, compared by reference.
/// A new decorator is one line here and its name in <see cref="All"/>; its signature, snippet and example follow from
/// its arguments unless given. The binder checks its target, type and arguments from this definition alone; what it
/// means beyond that is read where it matters with <c>BoundDecorators.Find</c>.
/// </summary>
internal sealed class DecoratorDefinition(
    string name, DecoratorTargets targets, DecoratorArguments arguments, ConstrainedTypes types,
    string description = "", string? signature = null, string? snippet = null, string? example = null)
{
    public string Name { get; } = name;

    public DecoratorTargets Targets { get; } = targets;

    public DecoratorArguments Arguments { get; } = arguments;

    public ConstrainedTypes Types { get; } = types;

    /// <summary>What the decorator means, in Markdown; every decorator has one.</summary>
    public string Description { get; } = description;

    /// <summary>How it is written, such as <c>@minLength(n)</c>.</summary>
    public string Signature { get; } = signature ?? DefaultSignature(name, arguments);

    /// <summary>How messages show it written with a typical argument, such as <c>@pattern("^[A-Z]{2}$")</c>; its signature unless given.</summary>
    public string Example { get; } = example ?? signature ?? DefaultSignature(name, arguments);

    /// <summary>
    /// What completion inserts after the <c>@</c>, with LSP snippet tab stops, such as <c>minLength(${1:1})</c>. In LSP
    /// snippet syntax <c>$</c>, <c>}</c> and <c>\</c> are escaped with a backslash: the first bare <c>}</c> ends a placeholder.
    /// </summary>
    public string Snippet { get; } = snippet ?? DefaultSnippet(name, arguments);

    public static readonly DecoratorDefinition MinLength = new("minLength", DecoratorTargets.Field | DecoratorTargets.Scalar, DecoratorArguments.Count, ConstrainedTypes.Text, description: "The string has at least n characters (JSON Schema `minLength`).");
    public static readonly DecoratorDefinition MaxLength = new("maxLength", DecoratorTargets.Field | DecoratorTargets.Scalar, DecoratorArguments.Count, ConstrainedTypes.Text, description: "The string has at most n characters (JSON Schema `maxLength`).", snippet: "maxLength(${1:100})");
    public static readonly DecoratorDefinition Pattern = new("pattern", DecoratorTargets.Field | DecoratorTargets.Scalar, DecoratorArguments.String, ConstrainedTypes.Text, description: "The string matches the ECMA-262 regular expression somewhere (anchor it with `^…$`), read as JSON Schema `pattern` is: with the unicode flag, over code points; backreferences and lookarounds are refused so it runs in linear time.", signature: "@pattern(\"regex\")", snippet: "pattern(\"${1:^.+\\$}\")", example: "@pattern(\"^[A-Z]{2}$\")");
    public static readonly DecoratorDefinition Minimum = new("minimum", DecoratorTargets.Field | DecoratorTargets.Scalar, DecoratorArguments.Number, ConstrainedTypes.Number, description: "The number is at least x (JSON Schema `minimum`).");
    public static readonly DecoratorDefinition Maximum = new("maximum", DecoratorTargets.Field | DecoratorTargets.Scalar, DecoratorArguments.Number, ConstrainedTypes.Number, description: "The number is at most x (JSON Schema `maximum`).", snippet: "maximum(${1:100})");
    public static readonly DecoratorDefinition ExclusiveMinimum = new("exclusiveMinimum", DecoratorTargets.Field | DecoratorTargets.Scalar, DecoratorArguments.Number, ConstrainedTypes.Number, description: "The number is greater than x (JSON Schema `exclusiveMinimum`).");
    public static readonly DecoratorDefinition ExclusiveMaximum = new("exclusiveMaximum", DecoratorTargets.Field | DecoratorTargets.Scalar, DecoratorArguments.Number, ConstrainedTypes.Number, description: "The number is less than x (JSON Schema `exclusiveMaximum`).", snippet: "exclusiveMaximum(${1:100})");
    public static readonly DecoratorDefinition MinItems = new("minItems", DecoratorTargets.Field, DecoratorArguments.Count, ConstrainedTypes.Collection, description: "The list, set or map has at least n items (JSON Schema `minItems`).");
    public static readonly DecoratorDefinition MaxItems = new("maxItems", DecoratorTargets.Field, DecoratorArguments.Count, ConstrainedTypes.Collection, description: "The list, set or map has at most n items (JSON Schema `maxItems`).", snippet: "maxItems(${1:100})");
    public static readonly DecoratorDefinition UniqueItems = new("uniqueItems", DecoratorTargets.Field, DecoratorArguments.None, ConstrainedTypes.List, description: "No two items of the list are equal (JSON Schema `uniqueItems`).");
    public static readonly DecoratorDefinition Deprecated = new("deprecated", DecoratorTargets.All, DecoratorArguments.OptionalString, ConstrainedTypes.Any, description: "Marks a declaration, field or enum member as deprecated; the generated C# carries `[Obsolete]` with the reason.");
    public static readonly DecoratorDefinition Json = new("json", DecoratorTargets.Field, DecoratorArguments.String, ConstrainedTypes.Any, description: "The name of the field on the wire (its JSON property name), kept as written under every JSON naming. An enum member takes no `@json`: its JSON value is written `member = \"value\"`.", signature: "@json(\"wireName\")", snippet: "json(\"${1:name}\")");
    public static readonly DecoratorDefinition Version = new("version", DecoratorTargets.VersionedDeclaration, DecoratorArguments.Version, ConstrainedTypes.Any, description: "The current version of a declaration; for an event it is part of the default event type string. History decorators on fields and members refer to these versions.");
    public static readonly DecoratorDefinition Type = new("type", DecoratorTargets.Event, DecoratorArguments.String, ConstrainedTypes.Any, description: "The event type string, replacing the default `namespace.kebab-name.vN`.", signature: "@type(\"event.type.name\")", snippet: "type(\"${1:namespace.event-name.v1}\")", example: "@type(\"diplomacy.event-name.v1\")");
    public static readonly DecoratorDefinition Summary = new("summary", DecoratorTargets.Record | DecoratorTargets.Event, DecoratorArguments.String, ConstrainedTypes.Any, description: "A human-readable summary of a record or event (its `Describe()`); `{a.b}` holes name field paths.", signature: "@summary(\"text with {field.path} holes\")", snippet: "summary(\"${1:{field\\} happened}\")", example: "@summary(\"{name} did something\")");
    public static readonly DecoratorDefinition Added = new("added", DecoratorTargets.Field | DecoratorTargets.EnumMember, DecoratorArguments.Version, ConstrainedTypes.Any, description: "History: the field or enum member exists from version v on.", signature: "@added(v)", snippet: "added(${1:2})");
    public static readonly DecoratorDefinition Removed = new("removed", DecoratorTargets.Field | DecoratorTargets.EnumMember, DecoratorArguments.Version, ConstrainedTypes.Any, description: "History: the field or enum member is gone from version v on; it stays in the schema as history and is not in the current C# type.", signature: "@removed(v)", snippet: "removed(${1:2})");
    public static readonly DecoratorDefinition RenamedFrom = new("renamedFrom", DecoratorTargets.Field, DecoratorArguments.VersionAndName, ConstrainedTypes.Any, description: "History: before version v the field was called `old`; readers of older versions accept the old name.", signature: "@renamedFrom(v, \"old\")", snippet: "renamedFrom(${1:2}, \"${2:oldName}\")");
    public static readonly DecoratorDefinition TypeChangedFrom = new("typeChangedFrom", DecoratorTargets.Field, DecoratorArguments.VersionAndType, ConstrainedTypes.Any, description: "History: before version v the field had type `OldType`.", signature: "@typeChangedFrom(v, OldType)", snippet: "typeChangedFrom(${1:2}, ${2:int})");
    public static readonly DecoratorDefinition MadeOptional = new("madeOptional", DecoratorTargets.Field, DecoratorArguments.Version, ConstrainedTypes.Any, description: "History: the field was required before version v and is optional from v on.", signature: "@madeOptional(v)", snippet: "madeOptional(${1:2})");
    public static readonly DecoratorDefinition MadeRequired = new("madeRequired", DecoratorTargets.Field, DecoratorArguments.Version, ConstrainedTypes.Any, description: "History: the field was optional before version v and is required from v on.", signature: "@madeRequired(v)", snippet: "madeRequired(${1:2})");
    public static readonly DecoratorDefinition Compatibility = new("compatibility", DecoratorTargets.VersionedDeclaration, DecoratorArguments.CompatibilityMode, ConstrainedTypes.Any, description: "The compatibility mode the build checks this declaration's versions under, overriding `EventSchemaCompatibility`: `backward`, `backward-transitive`, `forward`, `forward-transitive`, `full`, `full-transitive` or `none`.", signature: "@compatibility(\"mode\")", snippet: "compatibility(\"${1:backward-transitive}\")");
    public static readonly DecoratorDefinition Discriminator = new("discriminator", DecoratorTargets.Union | DecoratorTargets.Field, DecoratorArguments.String, ConstrainedTypes.Any, description: "The name of the property that says which member of a union follows (default `type`); on a `union` declaration or on a field whose type is a union written in place.", signature: "@discriminator(\"name\")", snippet: "discriminator(\"${1:kind}\")", example: "@discriminator(\"kind\")");
    public static readonly DecoratorDefinition DiscriminatorValue = new("discriminatorValue", DecoratorTargets.Record | DecoratorTargets.Event, DecoratorArguments.String, ConstrainedTypes.Any, description: "The discriminator value that means this record or event in every union it belongs to, instead of its event type or its name.", signature: "@discriminatorValue(\"value\")", snippet: "discriminatorValue(\"${1:value}\")", example: "@discriminatorValue(\"rail\")");

    public static IReadOnlyList<DecoratorDefinition> All { get; } =
    [
        MinLength, MaxLength, Pattern, Minimum, Maximum, ExclusiveMinimum, ExclusiveMaximum,
        MinItems, MaxItems, UniqueItems, Deprecated, Json, Version, Type, Summary,
        Added, Removed, RenamedFrom, TypeChangedFrom, MadeOptional, MadeRequired, Compatibility,
        Discriminator, DiscriminatorValue,
    ];

    /// <summary>Whether it may be written more than once on one target: a field may be renamed, retyped or made optional at several versions.</summary>
    public bool IsRepeatable => Arguments is DecoratorArguments.VersionAndName or DecoratorArguments.VersionAndType || this == MadeOptional || this == MadeRequired;

    private static readonly Dictionary<string, DecoratorDefinition> ByName = CreateIndex();

    private static Dictionary<string, DecoratorDefinition> CreateIndex()
    {
        // Bits index the definitions for BoundDecorators' sets of applied definitions; one ulong holds them all.
        if (All.Count > 64) throw new System.InvalidOperationException("BoundDecorators keeps applied definitions in 64 bits; widen it before adding a 65th decorator.");
        var index = new Dictionary<string, DecoratorDefinition>(System.StringComparer.Ordinal);
        for (int i = 0; i < All.Count; i++)
        {
            All[i].Bit = 1UL << i;
            index[All[i].Name] = All[i];
        }
        return index;
    }

    /// <summary>This definition's bit in a set of definitions (see <see cref="BoundDecorators.HasAnyApplied"/>).</summary>
    internal ulong Bit { get; private set; }

    public static DecoratorDefinition? Find(string name) => ByName.TryGetValue(name, out var definition) ? definition : null;

    private static string DefaultSignature(string name, DecoratorArguments arguments) => arguments switch
    {
        DecoratorArguments.None => "@" + name,
        DecoratorArguments.Count or DecoratorArguments.Version => "@" + name + "(n)",
        DecoratorArguments.Number => "@" + name + "(x)",
        DecoratorArguments.OptionalString => "@" + name + "(\"why\")",
        _ => "@" + name + "(\"text\")",
    };

    private static string DefaultSnippet(string name, DecoratorArguments arguments) => arguments switch
    {
        DecoratorArguments.None => name,
        DecoratorArguments.Count or DecoratorArguments.Version => name + "(${1:1})",
        DecoratorArguments.Number => name + "(${1:0})",
        DecoratorArguments.OptionalString => name + "(\"${1:reason}\")",
        _ => name + "(\"${1}\")",
    };

    /// <summary>
    /// Whether the decorator may constrain a field or scalar of <paramref name="type"/>: the binder's check, which
    /// completion asks too; null when the type is an error (its own diagnostic says why).
    /// </summary>
    public bool? AppliesTo(SchemaType type)
    {
        if (type is ErrorType) return null;
        var primitive = DecoratorBinder.UnderlyingPrimitive(type);
        return Types switch
        {
            ConstrainedTypes.Text => primitive == PrimitiveKind.String,
            ConstrainedTypes.Number => primitive is PrimitiveKind.Int or PrimitiveKind.Long or PrimitiveKind.Double or PrimitiveKind.Decimal,
            ConstrainedTypes.Collection => type is ListType or SetType or MapType,
            ConstrainedTypes.List => type is ListType,
            _ => true,
        };
    }

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
        DecoratorArguments.String => "one string, such as '" + Example + "'",
        DecoratorArguments.OptionalString => "no arguments or one string giving the reason, such as '@deprecated(\"use newField\")'",
        DecoratorArguments.Version => "one whole number of 1 or more, such as '@" + Name + "(2)'",
        DecoratorArguments.VersionAndName => "a version and the former name, such as '@renamedFrom(2, \"date\")'",
        DecoratorArguments.VersionAndType => "a version and the former type, such as '@typeChangedFrom(2, int)' or '@typeChangedFrom(2, \"list<int>\")'",
        DecoratorArguments.CompatibilityMode => "one string naming a mode: " + Evolution.CompatibilityModes.Names,
        _ => "other arguments",
    };
}
