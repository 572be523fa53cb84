namespace EventSchema.Language.Tests.Evolution;

/// <summary>Which compatibility a change breaks.</summary>
[Flags]
public enum Breaks
{
    /// <summary>Compatible in every mode.</summary>
    Nothing = 0,
    /// <summary>New readers cannot read old data.</summary>
    Backward = 1,
    /// <summary>Old readers cannot read new data.</summary>
    Forward = 2,
    /// <summary>Both directions.</summary>
    Both = Backward | Forward,
    /// <summary>An edit of a published version: an error in every mode, none included.</summary>
    Always = 4,
}

/// <summary>
/// One row of the rule table in docs/evolution.md: a schema at version 1 (locked), the same declaration at version 2, the
/// rule the change breaks and which way. In <see cref="New"/>, <c>/*@*/</c> stands right before the token the diagnostic
/// must start at (the lock file when it is not written); <c>===</c> on a line of its own starts another file.
/// <see cref="LockedNaming"/> is the JSON naming the lock records, <see cref="Naming"/> the one the new schema is checked with.
/// </summary>
public sealed record RuleCase(string Change, string Old, string New, string? Rule, string? Code, Breaks Breaks)
{
    public Language.Export.JsonNaming LockedNaming { get; init; } = Language.Export.JsonNaming.AsWritten;

    public Language.Export.JsonNaming Naming { get; init; } = Language.Export.JsonNaming.AsWritten;

    public override string ToString() => Change;
}

/// <summary>The rule table: every change the docs list, with the schemas that make it.</summary>
public static class RuleTable
{
    private const string Ns = "namespace D;\n";

    private static RuleCase Field(string change, string oldField, string newField, string? rule, string? code, Breaks breaks)
        => new(change, Ns + "event E { id: string; " + oldField + " }", Ns + "@version(2)\nevent E { id: string; " + newField + " }", rule, code, breaks);

    private const string Members = "record A { id: string; }\nrecord B { id: string; }\nrecord C { id: string; }\n";

    private static RuleCase Union(string change, string oldUnion, string newUnion, string? rule, string? code, Breaks breaks)
        => new(change, Ns + Members + oldUnion, Ns + Members + newUnion, rule, code, breaks);

    public static IReadOnlyList<RuleCase> Cases { get; } =
    [
        Field("Optional field added", "", "@added(2) /*@*/note?: string;", null, null, Breaks.Nothing),
        Field("Defaulted field added", "", "@added(2) /*@*/count: int = 0;", null, null, Breaks.Nothing),
        Field("Required field added", "", "@added(2) /*@*/count: int;", "REQUIRED_FIELD_ADDED", "ES0734", Breaks.Backward),
        Field("Optional field removed", "note?: string;", "@removed(2) note?: string;", null, null, Breaks.Nothing),
        Field("Defaulted field removed", "count: int = 0;", "@removed(2) count: int = 0;", null, null, Breaks.Nothing),
        new("Required field removed", Ns + "event E { id: string; note: string; }", Ns + "@version(2)\nevent /*@*/E { id: string; @removed(2) note: string; }", "FIELD_REMOVED", "ES0733", Breaks.Forward),
        Field("Field renamed with @renamedFrom", "when: date;", "/*@*/@renamedFrom(2, \"when\") occurredOn: date;", "FIELD_RENAMED", "ES0735", Breaks.Forward),
        Field("Optional field renamed with @renamedFrom", "when?: date;", "/*@*/@renamedFrom(2, \"when\") occurredOn?: date;", "FIELD_RENAMED", "ES0735", Breaks.Forward),
        Field("Defaulted field renamed with @renamedFrom", "count: int = 0;", "/*@*/@renamedFrom(2, \"count\") total: int = 0;", "FIELD_RENAMED", "ES0735", Breaks.Forward),
        new("Record field renamed with @renamedFrom", Ns + "record R { when: date; }", Ns + "@version(2)\nrecord R { /*@*/@renamedFrom(2, \"when\") occurredOn: date; }", "FIELD_RENAMED", "ES0735", Breaks.Forward),
        new("Record field renamed onto a name another field takes", Ns + "record R { when: date; }", Ns + "@version(2)\nrecord R { /*@*/@renamedFrom(2, \"when\") occurredOn: date; @added(2) when?: string; }", "FIELD_RENAMED", "ES0735", Breaks.Both),
        Field("C# name changed, wire name kept with @json", "when: date;", "@renamedFrom(2, \"when\") @json(\"when\") occurredOn: date;", null, null, Breaks.Nothing),
        new("C# name changed in place, wire name kept with @json", Ns + "event E { id: string; when: date; }", Ns + "event E { id: string; @json(\"when\") occurredOn: date; }", null, null, Breaks.Nothing),
        Field("C# name changed, wire name a naming converted kept with @json", "receivedBy: string;", "@renamedFrom(2, \"receivedBy\") @json(\"received_by\") acceptedBy: string;", null, null, Breaks.Nothing) with
        {
            LockedNaming = Language.Export.JsonNaming.SnakeCase,
            Naming = Language.Export.JsonNaming.SnakeCase,
        },
        Field("Wire name fixed with @json renamed with @renamedFrom", "@json(\"when\") occurredOn: date;", "/*@*/@renamedFrom(2, \"when\") occurredOn: date;", "FIELD_RENAMED", "ES0735", Breaks.Forward),
        new("Wire name fixed with @json changed in place", Ns + "event E { id: string; @json(\"when\") occurredOn: date; }", Ns + "event E { id: string; /*@*/@json(\"occurred\") occurredOn: date; }", "PUBLISHED_VERSION_EDITED", "ES0730", Breaks.Always),
        new("Field renamed without @renamedFrom", Ns + "event E { id: string; when: date; }", Ns + "event /*@*/E { id: string; occurredOn: date; }", "PUBLISHED_VERSION_EDITED", "ES0730", Breaks.Always),
        Field("Type widened (int to long)", "count: int;", "@typeChangedFrom(2, int) count: /*@*/long;", "FIELD_TYPE_WIDENED", "ES0737", Breaks.Forward),
        Field("Type widened (set to list)", "tags: set<string>;", "@typeChangedFrom(2, \"set<string>\") tags: /*@*/list<string>;", "FIELD_TYPE_WIDENED", "ES0737", Breaks.Forward),
        Field("Type narrowed (long to int)", "count: long;", "@typeChangedFrom(2, long) count: /*@*/int;", "FIELD_TYPE_NARROWED", "ES0738", Breaks.Backward),
        Field("Type changed to an unrelated type", "count: string;", "@typeChangedFrom(2, string) count: /*@*/int;", "FIELD_TYPE_CHANGED", "ES0736", Breaks.Both),
        Field("Required field made optional", "note: string;", "@madeOptional(2) note/*@*/?: string;", "FIELD_MADE_OPTIONAL", "ES0739", Breaks.Forward),
        Field("Optional field made required", "note?: string;", "@madeRequired(2) /*@*/note: string;", "FIELD_MADE_REQUIRED", "ES0740", Breaks.Backward),
        Field("Optional field made required with a default", "note?: string = \"\";", "@madeRequired(2) /*@*/note: string = \"\";", "FIELD_MADE_REQUIRED", "ES0740", Breaks.Backward),
        Field("Default removed", "count: int = 1;", "/*@*/count: int;", "FIELD_MADE_REQUIRED", "ES0740", Breaks.Backward),
        Field("Default changed", "count: int = 1;", "count: int /*@*/= 2;", "DEFAULT_CHANGED", "ES0741", Breaks.Both),
        Field("Empty collection default removed", "pledges: map<string, int> = {};", "/*@*/pledges: map<string, int>;", "FIELD_MADE_REQUIRED", "ES0740", Breaks.Backward),
        Field("Empty collection default added to a required field", "tags: list<string>;", "tags: list<string> /*@*/= [];", "FIELD_MADE_OPTIONAL", "ES0739", Breaks.Forward),
        new("Map key type narrowed (string to enum)", Ns + "enum K { a, b }\nevent E { id: string; counts: map<string, int>; }", Ns + "enum K { a, b }\n@version(2)\nevent E { id: string; @typeChangedFrom(2, \"map<string, int>\") counts: /*@*/map<K, int>; }", "FIELD_TYPE_NARROWED", "ES0738", Breaks.Backward),
        new("Map key type widened (enum to string)", Ns + "enum K { a, b }\nevent E { id: string; counts: map<K, int>; }", Ns + "enum K { a, b }\n@version(2)\nevent E { id: string; @typeChangedFrom(2, \"map<K, int>\") counts: /*@*/map<string, int>; }", "FIELD_TYPE_WIDENED", "ES0737", Breaks.Forward),
        new("Items may be null (list<string> to list<string?>)", Ns + "event E { id: string; notes: list<string>; }", Ns + "@version(2)\nevent E { id: string; @typeChangedFrom(2, \"list<string>\") notes: /*@*/list<string?>; }", "FIELD_TYPE_WIDENED", "ES0737", Breaks.Forward),
        new("Items may no longer be null (map<string, int?> to map<string, int>)", Ns + "event E { id: string; counts: map<string, int?>; }", Ns + "@version(2)\nevent E { id: string; @typeChangedFrom(2, \"map<string, int?>\") counts: /*@*/map<string, int>; }", "FIELD_TYPE_NARROWED", "ES0738", Breaks.Backward),
        Field("Default removed from an optional field", "note?: string = \"none\";", "/*@*/note?: string;", "DEFAULT_CHANGED", "ES0741", Breaks.Both),
        Field("Default added to an optional field", "note?: string;", "note?: string /*@*/= \"none\";", "DEFAULT_CHANGED", "ES0741", Breaks.Both),
        Field("Default added to a required field", "count: int;", "count: int /*@*/= 2;", "FIELD_MADE_OPTIONAL", "ES0739", Breaks.Forward),
        Field("Minimum length increased", "@minLength(1) name: string;", "/*@*/@minLength(2) name: string;", "MIN_LENGTH_INCREASED", "ES0742", Breaks.Backward),
        Field("Minimum length decreased", "@minLength(2) name: string;", "/*@*/@minLength(1) name: string;", "MIN_LENGTH_DECREASED", "ES0743", Breaks.Forward),
        Field("Maximum length decreased", "@maxLength(200) name: string;", "/*@*/@maxLength(100) name: string;", "MAX_LENGTH_DECREASED", "ES0744", Breaks.Backward),
        Field("Maximum length increased", "@maxLength(100) name: string;", "/*@*/@maxLength(200) name: string;", "MAX_LENGTH_INCREASED", "ES0745", Breaks.Forward),
        Field("Maximum length removed", "@maxLength(100) name: string;", "/*@*/name: string;", "MAX_LENGTH_INCREASED", "ES0745", Breaks.Forward),
        Field("Item maximum length decreased", "tags: list<@maxLength(20) string>;", "tags: list</*@*/@maxLength(10) string>;", "MAX_LENGTH_DECREASED", "ES0744", Breaks.Backward),
        Field("Pattern added", "code: string;", "/*@*/@pattern(\"^[A-Z]+$\") code: string;", "PATTERN_ADDED", "ES0746", Breaks.Backward),
        Field("Pattern removed", "@pattern(\"^[A-Z]+$\") code: string;", "/*@*/code: string;", "PATTERN_REMOVED", "ES0747", Breaks.Forward),
        Field("Pattern changed", "@pattern(\"^[A-Z]+$\") code: string;", "/*@*/@pattern(\"^[A-Z]{2}$\") code: string;", "PATTERN_CHANGED", "ES0748", Breaks.Both),
        Field("Minimum raised", "@minimum(0) count: int;", "/*@*/@minimum(1) count: int;", "MINIMUM_INCREASED", "ES0749", Breaks.Backward),
        Field("Minimum made exclusive", "@minimum(0) count: int;", "/*@*/@exclusiveMinimum(0) count: int;", "MINIMUM_INCREASED", "ES0749", Breaks.Backward),
        Field("Minimum lowered", "@minimum(1) count: int;", "/*@*/@minimum(0) count: int;", "MINIMUM_DECREASED", "ES0750", Breaks.Forward),
        Field("Maximum lowered", "@maximum(10) count: int;", "/*@*/@maximum(9) count: int;", "MAXIMUM_DECREASED", "ES0751", Breaks.Backward),
        Field("Maximum raised", "@exclusiveMaximum(10) count: int;", "/*@*/@exclusiveMaximum(11) count: int;", "MAXIMUM_INCREASED", "ES0752", Breaks.Forward),
        Field("Minimum items increased", "@minItems(1) tags: list<string>;", "/*@*/@minItems(2) tags: list<string>;", "MIN_ITEMS_INCREASED", "ES0753", Breaks.Backward),
        Field("Minimum items decreased", "@minItems(2) tags: list<string>;", "/*@*/@minItems(1) tags: list<string>;", "MIN_ITEMS_DECREASED", "ES0754", Breaks.Forward),
        Field("Maximum items decreased", "@maxItems(5) tags: list<string>;", "/*@*/@maxItems(4) tags: list<string>;", "MAX_ITEMS_DECREASED", "ES0755", Breaks.Backward),
        Field("Maximum items increased", "@maxItems(4) tags: list<string>;", "/*@*/@maxItems(5) tags: list<string>;", "MAX_ITEMS_INCREASED", "ES0756", Breaks.Forward),
        Field("Unique items required", "tags: list<string>;", "/*@*/@uniqueItems tags: list<string>;", "UNIQUE_ITEMS_ADDED", "ES0757", Breaks.Backward),
        Field("Unique items no longer required", "@uniqueItems tags: list<string>;", "/*@*/tags: list<string>;", "UNIQUE_ITEMS_REMOVED", "ES0758", Breaks.Forward),
        new("Enum value added", Ns + "enum Channel { Press }", Ns + "@version(2)\nenum Channel { Press, @added(2) /*@*/Radio }", "ENUM_VALUE_ADDED", "ES0760", Breaks.Forward),
        new("Enum value removed", Ns + "enum Channel { Press, Radio }", Ns + "@version(2)\nenum /*@*/Channel { Press, @removed(2) Radio }", "ENUM_VALUE_REMOVED", "ES0759", Breaks.Backward),
        new("Scalar maximum length decreased", Ns + "@maxLength(3) scalar Code : string;", Ns + "@version(2) /*@*/@maxLength(2) scalar Code : string;", "MAX_LENGTH_DECREASED", "ES0744", Breaks.Backward),
        new("Scalar type widened", Ns + "scalar Count : int;", Ns + "@version(2) scalar Count : /*@*/long;", "FIELD_TYPE_WIDENED", "ES0737", Breaks.Forward),
        new("Event type string changed", Ns + "event E { id: string; }", Ns + "@version(2) /*@*/@type(\"press.e.v2\")\nevent E { id: string; }", "EVENT_TYPE_CHANGED", "ES0761", Breaks.Always),
        new("Published version edited without a new @version", Ns + "event E { id: string; }", Ns + "event E { id: string; /*@*/note: string; }", "PUBLISHED_VERSION_EDITED", "ES0730", Breaks.Always),
        new("Constraint edited without a new @version", Ns + "event E { @maxLength(5) id: string; }", Ns + "event E { /*@*/@maxLength(6) id: string; }", "PUBLISHED_VERSION_EDITED", "ES0730", Breaks.Always),
        new("Item constraint edited without a new @version", Ns + "event E { id: string; codes: map<string, @pattern(\"^[A-Z]+$\") string>; }", Ns + "event E { id: string; codes: map<string, /*@*/@pattern(\"^[A-Z]{2}$\") string>; }", "PUBLISHED_VERSION_EDITED", "ES0730", Breaks.Always),
        new("Version lowered", Ns + "@version(2) event E { id: string; }", Ns + "/*@*/@version(1) event E { id: string; }", "VERSION_DECREASED", "ES0731", Breaks.Always),
        new("Field names renamed by a new JSON naming (EventSchemaJsonNaming)", Ns + "event E { id: string; receivedBy: string; }", Ns + "event /*@*/E { id: string; receivedBy: string; }", "JSON_NAMING_CHANGED", "ES0763", Breaks.Both) { Naming = Language.Export.JsonNaming.SnakeCase },
        new("New JSON naming, every wire name kept (one-word names, @json)", Ns + "event E { id: string; @json(\"received_by\") receivedBy: string; }", Ns + "event E { id: string; @json(\"received_by\") receivedBy: string; }", null, null, Breaks.Nothing) { Naming = Language.Export.JsonNaming.SnakeCase },
        new("Union member's record name renamed by a new JSON naming", Ns + Members + "union U = A | B;", Ns + Members + "union /*@*/U = A | B;", "JSON_NAMING_CHANGED", "ES0763", Breaks.Both) { Naming = Language.Export.JsonNaming.CamelCase },
        new("Declaration kind changed", Ns + "record R { id: string; }", Ns + "event /*@*/R { id: string; }", "DECLARATION_KIND_CHANGED", "ES0762", Breaks.Always),
        new("Record moved to another namespace or file", Ns + "record R { id: string; }\nevent E { r: R; }", Ns + "using Moved;\nevent E { r: R; }\n===\nnamespace Moved;\nrecord R { id: string; }", null, null, Breaks.Nothing),
        new("Record that refers to itself renamed", Ns + "record Node { code: string; next?: Node; }\nevent E { nodes: list<Node>; }", Ns + "record Vertex { code: string; next?: Vertex; }\nevent E { nodes: list<Vertex>; }", null, null, Breaks.Nothing),
        new("Records that refer to each other renamed", Ns + "record A { b?: B; }\nrecord B { a?: A; }\nevent E { a: A; }", Ns + "record First { b?: Second; }\nrecord Second { a?: First; }\nevent E { a: First; }", null, null, Breaks.Nothing),
        new("Record removed", Ns + "record R { id: string; }\nrecord Kept { id: string; }", Ns + "record Kept { id: string; }", "DECLARATION_REMOVED", "ES0732", Breaks.Both),
        Union("Union member added", "union U = A | B;", "@version(2)\nunion U = A | B | /*@*/C;", "UNION_MEMBER_ADDED", "ES0766", Breaks.Forward),
        Union("Union member removed", "union U = A | B | C;", "@version(2)\nunion /*@*/U = A | B;", "UNION_MEMBER_REMOVED", "ES0765", Breaks.Backward),
        Union("Union discriminator property changed", "@discriminator(\"kind\") union U = A | B;", "@version(2) /*@*/@discriminator(\"tag\")\nunion U = A | B;", "UNION_DISCRIMINATOR_CHANGED", "ES0767", Breaks.Both),
        new("Union member's discriminator value changed",
            Ns + "@discriminatorValue(\"a\") record A { id: string; }\nrecord B { id: string; }\nunion U = A | B;",
            Ns + "/*@*/@discriminatorValue(\"first\") record A { id: string; }\nrecord B { id: string; }\n@version(2)\nunion U = A | B;",
            "UNION_DISCRIMINATOR_VALUE_CHANGED", "ES0768", Breaks.Both),
        new("Event member told apart by a value instead of its event type",
            Ns + "event A { id: string; }\nevent B { id: string; }\nunion U = A | B;",
            Ns + "/*@*/@discriminatorValue(\"a\") event A { id: string; }\nevent B { id: string; }\n@version(2)\nunion U = A | B;",
            "UNION_DISCRIMINATOR_VALUE_CHANGED", "ES0768", Breaks.Both),
        Union("Member added to a union written in place", "event E { id: string; leg: A | B; }", "@version(2)\nevent E { id: string; leg: A | B | /*@*/C; }", "UNION_MEMBER_ADDED", "ES0766", Breaks.Forward),
        Union("Union member added without a new @version", "union U = A | B;", "union U = A | B | /*@*/C;", "PUBLISHED_VERSION_EDITED", "ES0730", Breaks.Always),
        Union("Union renamed, same members", "union U = A | B;\nevent E { u: U; }", "union V = A | B;\nevent E { u: V; }", null, null, Breaks.Nothing),
        new("Union member moved to another namespace",
            Ns + "record A { id: string; }\nrecord B { id: string; }\nunion U = A | B;",
            Ns + "using Moved;\nrecord B { id: string; }\nunion U = A | B;\n===\nnamespace Moved;\nrecord A { id: string; }",
            null, null, Breaks.Nothing),
        Union("Union removed", "union U = A | B;", "", "DECLARATION_REMOVED", "ES0732", Breaks.Both),
    ];

    /// <summary>Whether <paramref name="mode"/> reports a change that breaks <paramref name="breaks"/>.</summary>
    public static bool IsReported(Breaks breaks, Language.Evolution.CompatibilityMode mode)
        => (breaks & Breaks.Always) != 0
           || (breaks & Breaks.Backward) != 0 && Language.Evolution.CompatibilityModes.ChecksBackward(mode)
           || (breaks & Breaks.Forward) != 0 && Language.Evolution.CompatibilityModes.ChecksForward(mode);
}
