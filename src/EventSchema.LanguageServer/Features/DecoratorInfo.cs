namespace EventSchema.LanguageServer.Features;

/// <summary>What the editor says about one decorator: how it is written, a snippet that writes it, and what it means.</summary>
internal sealed record DecoratorInfo(string Name, string Signature, string Snippet, string Description)
{
    /// <summary>Every decorator of the language, in the order completion lists them.</summary>
    public static readonly IReadOnlyList<DecoratorInfo> All =
    [
        new("minLength", "@minLength(n)", "minLength(${1:1})", "The string has at least n characters (JSON Schema `minLength`)."),
        new("maxLength", "@maxLength(n)", "maxLength(${1:100})", "The string has at most n characters (JSON Schema `maxLength`)."),
        new("pattern", "@pattern(\"regex\")", "pattern(\"${1:^.+$}\")", "The string matches the ECMA-262 regular expression somewhere (anchor it with `^…$`), read as JSON Schema `pattern` is: with the unicode flag, over code points; backreferences and lookarounds are refused so it runs in linear time."),
        new("minimum", "@minimum(x)", "minimum(${1:0})", "The number is at least x (JSON Schema `minimum`)."),
        new("maximum", "@maximum(x)", "maximum(${1:100})", "The number is at most x (JSON Schema `maximum`)."),
        new("exclusiveMinimum", "@exclusiveMinimum(x)", "exclusiveMinimum(${1:0})", "The number is greater than x (JSON Schema `exclusiveMinimum`)."),
        new("exclusiveMaximum", "@exclusiveMaximum(x)", "exclusiveMaximum(${1:100})", "The number is less than x (JSON Schema `exclusiveMaximum`)."),
        new("minItems", "@minItems(n)", "minItems(${1:1})", "The list, set or map has at least n items (JSON Schema `minItems`)."),
        new("maxItems", "@maxItems(n)", "maxItems(${1:100})", "The list, set or map has at most n items (JSON Schema `maxItems`)."),
        new("uniqueItems", "@uniqueItems", "uniqueItems", "No two items of the list are equal (JSON Schema `uniqueItems`)."),
        new("deprecated", "@deprecated(\"why\")", "deprecated(\"${1:reason}\")", "Marks a declaration, field or enum member as deprecated; the generated C# carries `[Obsolete]` with the reason."),
        new("json", "@json(\"wireName\")", "json(\"${1:name}\")", "The name of the field, or the value of the enum member, on the wire."),
        new("version", "@version(n)", "version(${1:1})", "The schema version of an event; it is part of the default event type string."),
        new("type", "@type(\"event.type.name\")", "type(\"${1:namespace.event-name.v1}\")", "The event type string, replacing the default `namespace.kebab-name.vN`."),
        new("summary", "@summary(\"text with {field.path} holes\")", "summary(\"${1:{field} happened}\")", "A human-readable summary of an event; `{a.b}` holes name field paths."),
        new("discriminator", "@discriminator(\"name\")", "discriminator(\"${1:kind}\")", "The name of the property that says on the wire which member of a union an object is; `type` when not given. Written on a `union`, or on a field whose type is a union written in place."),
        new("discriminatorValue", "@discriminatorValue(\"value\")", "discriminatorValue(\"${1:value}\")", "The discriminator value that means this record or event in every union it belongs to, replacing an event's event type or a record's name."),
    ];

    public static DecoratorInfo? Find(string name) => All.FirstOrDefault(d => d.Name == name);
}
