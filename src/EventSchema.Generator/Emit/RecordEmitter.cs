using System.Text;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Emit;

/// <summary>
/// Writes a <c>public sealed partial record</c> for a schema record or event: init properties
/// (<c>required</c> unless optional or defaulted), event constants and <c>Describe()</c>, and the validator.
/// Equality is the compiler's own: a list, set or map property keeps its collection in an
/// <c>EquatableCollection</c> field that compares element by element, so no <c>Equals</c> is generated.
/// </summary>
internal static class RecordEmitter
{
    private const string EventInterface = "global::EventSchema.IEvent";
    private const string ValidatableInterface = "global::EventSchema.IValidatable";
    private const string ScopedValidatableInterface = "global::EventSchema.IScopedValidatable";

    public static void Write(CodeWriter writer, RecordSpec record, bool emitValidators)
    {
        var members = new TypeMembers();
        string kind = record.Event is null ? "record" : "event";
        DocComments.Summary(writer, record.Documentation, $"The <c>{CSharpLiterals.XmlText(record.SchemaName)}</c> {kind} of the schema.");
        DocComments.Obsolete(writer, record.DeprecationMessage);
        writer.Line(GeneratedCodeAttribute.Text);
        string bases = (record.Event is not null, emitValidators) switch
        {
            (true, true) => $" : {EventInterface}, {ScopedValidatableInterface}",
            (true, false) => " : " + EventInterface,
            (false, true) => " : " + ScopedValidatableInterface,
            _ => string.Empty,
        };
        bases = SharedInterfaceEmitter.Bases(record, bases);
        using (writer.Braces($"public sealed partial record {record.Name}{bases}"))
        {
            bool first = true;
            if (record.Event is not null)
            {
                WriteEventConstants(writer, record.Event);
                first = false;
            }
            foreach (PropertySpec property in record.Properties)
            {
                if (!first) writer.Line();
                first = false;
                WriteProperty(writer, record, property, members);
            }
            if (record.Event is not null)
            {
                WriteEventMembers(writer, record);
            }
            else if (record.Summary is { } summary)
            {
                writer.Line();
                writer.Line("/// <summary>Describes this value in words, from its <c>@summary</c> template.</summary>");
                writer.Line($"public string Describe() => global::EventSchema.RecordText.Describe($\"{SummaryInterpolation(summary)}\");");
            }
            SharedInterfaceEmitter.WriteExplicitMembers(writer, record);
            if (RecordTextEmitter.NeedsPrintMembers(record))
            {
                RecordTextEmitter.WritePrintMembers(writer, record);
            }
            if (emitValidators)
            {
                ValidationEmitter.WriteValidate(writer, record, members);
            }
            else if (record.Event is not null)
            {
                writer.Line();
                writer.Line("/// <summary>Validators are turned off for this project (<c>EventSchemaEmitValidators</c> is false): every event counts as valid.</summary>");
                writer.Line($"global::EventSchema.ValidationResult {ValidatableInterface}.Validate() => global::EventSchema.ValidationResult.Success;");
            }
            members.Write(writer);
        }
        SharedInterfaceEmitter.WriteInterface(writer, record);
    }

    private static void WriteProperty(CodeWriter writer, RecordSpec record, PropertySpec property, TypeMembers members)
    {
        if (property.SharedDefault is not null)
        {
            writer.Line($"private static readonly {property.Shape.TypeName} {property.DefaultExpression} = {property.SharedDefault};");
            writer.Line();
        }
        DocComments.Summary(writer, property.Documentation, $"The <c>{CSharpLiterals.XmlText(property.SchemaName)}</c> field.");
        DocComments.Obsolete(writer, property.DeprecationMessage);
        Analysis.RuleMetadataEmitter.WriteForProperty(writer, record, property);
        string type = property.Shape.TypeName + (property.IsOptional ? "?" : string.Empty);
        string required = property.IsRequired ? "required " : string.Empty;
        if (property.Shape.NeedsStructuralEquality)
        {
            WriteCollectionProperty(writer, property, required, type, members);
            return;
        }
        string initializer = property.DefaultExpression is null ? string.Empty : " = " + property.DefaultExpression + ";";
        writer.Line($"public {required}{type} {property.Name} {{ get; init; }}{initializer}");
    }

    /// <summary>
    /// A collection property over an <c>EquatableCollection</c> field, which the compiler's record equality then
    /// compares element by element. Binding two accessors costs the compiler far less than an <c>Equals</c> and a
    /// <c>GetHashCode</c> written out per type. The getter returns the collection as it was set.
    /// </summary>
    private static void WriteCollectionProperty(CodeWriter writer, PropertySpec property, string required, string type, TypeMembers members)
    {
        string field = CollectionField(property);
        string comparer = members.Comparer(property.Shape);
        // The field's collection is null only when an optional property was never set.
        string value = property.IsOptional ? field + ".Value" : field + ".Value!";
        writer.Line($"public {required}{type} {property.Name} {{ get => {value}; init => {field} = new(value, {comparer}); }}");
        string initializer = property.DefaultExpression is null ? string.Empty : $" = new({property.DefaultExpression}, {comparer})";
        writer.Line($"private readonly global::EventSchema.EquatableCollection<{property.Shape.TypeName}> {field}{initializer};");
    }

    /// <summary>
    /// The field behind a collection property. No other generated member's name starts with <c>__collection</c>, so it
    /// cannot collide with one (as a suffix could: <c>__JsonFooCollection</c> is also the pre-encoded JSON name field of
    /// a property <c>FooCollection</c>).
    /// </summary>
    private static string CollectionField(PropertySpec property) => "__collection" + property.Name;

    private static void WriteEventConstants(CodeWriter writer, EventSpec eventSpec)
    {
        writer.Line($$"""
            /// <summary>The event type string: <c>{{CSharpLiterals.XmlText(eventSpec.EventType)}}</c>.</summary>
            public const string EventType = {{CSharpLiterals.String(eventSpec.EventType)}};

            /// <summary>The schema version, from <c>@version</c>.</summary>
            public const int SchemaVersion = {{eventSpec.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}};

            /// <summary>The event's name for people: "{{CSharpLiterals.XmlText(eventSpec.DisplayName)}}".</summary>
            public const string DisplayName = {{CSharpLiterals.String(eventSpec.DisplayName)}};
            """);
    }

    private static void WriteEventMembers(CodeWriter writer, RecordSpec record)
    {
        writer.Line();
        writer.Line($"string {EventInterface}.EventType => EventType;");
        writer.Line();
        writer.Line($"int {EventInterface}.SchemaVersion => SchemaVersion;");
        writer.Line();
        if (record.Summary is not { } summary)
        {
            writer.Line("/// <summary>Describes this event for people; without a <c>@summary</c> template, its display name.</summary>");
            writer.Line("public string Describe() => DisplayName;");
            return;
        }
        writer.Line("/// <summary>Describes this event in one sentence, from its <c>@summary</c> template.</summary>");
        writer.Line($"public string Describe() => global::EventSchema.RecordText.Describe($\"{SummaryInterpolation(summary)}\");");
    }

    private static string SummaryInterpolation(EquatableArray<SummaryPartSpec> summary)
    {
        var builder = new StringBuilder();
        int hole = 0;
        foreach (SummaryPartSpec part in summary)
        {
            if (part.Text is not null)
            {
                builder.Append(CSharpLiterals.InterpolatedText(part.Text));
                continue;
            }
            // Every step but the last is a record; reading on through ?. keeps a missing optional part from throwing.
            string path = "this";
            for (int i = 0; i < part.Path.Count; i++)
            {
                path += (i == 0 ? "." : "?.") + part.Path[i].PropertyName;
            }
            bool mayBeNull = part.Path.Count > 1 || part.Path[0].MayBeNull || !part.Path[0].IsValueType;
            ValueShape shape = part.Shape!;
            string local = "part" + hole.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string text = shape.Kind is ShapeKind.String or ShapeKind.Scalar
                ? path // null reads as empty text; a scalar formats through its ToString
                : mayBeNull
                ? $"({path} is {{ }} {local} ? {ValueFormatting.ToText(shape, local)} : null)"
                : ValueFormatting.ToText(shape, path);
            // A hole that starts with global:: would read its first ':' as the start of a format specifier.
            bool needsParentheses = text.StartsWith("global::", System.StringComparison.Ordinal);
            builder.Append(needsParentheses ? "{(" : "{").Append(text).Append(needsParentheses ? ")}" : "}");
            hole++;
        }
        return builder.ToString();
    }
}
