using System.Linq;
using System.Text;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Emit;

/// <summary>
/// Writes a <c>public sealed partial record</c> for a schema record or event: init properties
/// (<c>required</c> unless optional or defaulted), event constants and <c>Describe()</c>, element-wise
/// equality when it holds collections, and the validator.
/// </summary>
internal static class RecordEmitter
{
    private const string EventInterface = "global::EventSchema.IEvent";
    private const string ValidatableInterface = "global::EventSchema.IValidatable";

    public static void Write(CodeWriter writer, RecordSpec record, bool emitValidators)
    {
        var members = new TypeMembers();
        string kind = record.Event is null ? "record" : "event";
        DocComments.Summary(writer, record.Documentation, $"The <c>{CSharpLiterals.XmlText(record.SchemaName)}</c> {kind} of the schema.");
        DocComments.Obsolete(writer, record.DeprecationMessage);
        writer.Line(GeneratedCodeAttribute.Text);
        string bases = record.Event is not null ? " : " + EventInterface : emitValidators ? " : " + ValidatableInterface : string.Empty;
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
                WriteProperty(writer, record, property);
            }
            if (record.Event is not null)
            {
                WriteEventMembers(writer, record.Event);
            }
            SharedInterfaceEmitter.WriteExplicitMembers(writer, record);
            if (record.Properties.Any(property => property.Shape.NeedsStructuralEquality))
            {
                WriteEquality(writer, record, members);
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

    private static void WriteProperty(CodeWriter writer, RecordSpec record, PropertySpec property)
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
        string initializer = property.DefaultExpression is null ? string.Empty : " = " + property.DefaultExpression + ";";
        writer.Line($"public {required}{type} {property.Name} {{ get; init; }}{initializer}");
    }

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

    private static void WriteEventMembers(CodeWriter writer, EventSpec eventSpec)
    {
        writer.Line();
        writer.Line($"string {EventInterface}.EventType => EventType;");
        writer.Line();
        writer.Line($"int {EventInterface}.SchemaVersion => SchemaVersion;");
        writer.Line();
        if (!eventSpec.HasSummary)
        {
            writer.Line("/// <summary>Describes this event for people; without a <c>@summary</c> template, its display name.</summary>");
            writer.Line("public string Describe() => DisplayName;");
            return;
        }
        writer.Line("/// <summary>Describes this event in one sentence, from its <c>@summary</c> template.</summary>");
        writer.Line($"public string Describe() => global::System.FormattableString.Invariant($\"{SummaryInterpolation(eventSpec)}\");");
    }

    private static string SummaryInterpolation(EventSpec eventSpec)
    {
        var builder = new StringBuilder();
        int hole = 0;
        foreach (SummaryPartSpec part in eventSpec.Summary)
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

    private static void WriteEquality(CodeWriter writer, RecordSpec record, TypeMembers members)
    {
        writer.Line();
        writer.Line("/// <summary>Whether <paramref name=\"other\"/> has equal values; lists, sets and maps compare element by element.</summary>");
        using (writer.Braces($"public bool Equals({record.Name}? other)"))
        {
            writer.Line("if (ReferenceEquals(this, other)) return true;");
            writer.Line("if (other is null) return false;");
            if (record.Properties.Count == 0)
            {
                writer.Line("return true;");
            }
            else
            {
                var comparisons = record.Properties.Select(property => Comparison(property, members)).ToList();
                writer.Line("return " + string.Join("\n    && ", comparisons) + ";");
            }
        }
        writer.Line();
        writer.Line("/// <summary>A hash code consistent with <see cref=\"Equals(" + record.Name + "?)\"/>.</summary>");
        using (writer.Braces("public override int GetHashCode()"))
        {
            // Plain arithmetic and one non-generic call per field: an overloaded or generic combiner costs the
            // compiler an overload resolution with type inference for every field of every type.
            writer.Line("int hash = 0;");
            foreach (PropertySpec property in record.Properties)
            {
                writer.Line($"hash = unchecked((hash * -1521134295) + {FieldHash(property, members)});");
            }
            writer.Line("return hash;");
        }
    }

    /// <summary>
    /// The hash of one field, consistent with <see cref="Comparison"/>: the shared comparer's for collections (it
    /// takes null), the value's own for value types (0 for an empty nullable), and 0 or the value's own for references.
    /// </summary>
    private static string FieldHash(PropertySpec property, TypeMembers members)
    {
        string value = "this." + property.Name;
        // The shared comparers take null; the ! is for the comparer interface's annotation.
        if (property.Shape.NeedsStructuralEquality) return $"{members.Comparer(property.Shape)}.GetHashCode({value}!)";
        return property.Shape.IsValueType ? $"{value}.GetHashCode()" : $"global::EventSchema.HashCodes.Of({value})";
    }

    /// <summary>
    /// Whether this and <c>other</c> hold equal values of <paramref name="property"/>, with the semantics of
    /// <c>EqualityComparer&lt;T&gt;.Default</c> (as the compiler's record equality has) in the cheapest form to compile:
    /// the static <c>string.Equals</c> for strings and <c>object.Equals</c> for records (one candidate each, where
    /// <c>==</c> makes the compiler search for user-defined operators), <c>==</c> where it means the same (numbers other
    /// than floating point, enums, dates and scalars, and their nullable forms), <c>Equals</c> for doubles so that NaN
    /// equals NaN, the shared comparer for collections.
    /// </summary>
    private static string Comparison(PropertySpec property, TypeMembers members)
    {
        string left = "this." + property.Name, right = "other." + property.Name;
        ValueShape shape = property.Shape;
        switch (shape.Kind)
        {
            case ShapeKind.List or ShapeKind.Set or ShapeKind.Map:
                return $"{members.Comparer(shape)}.Equals({left}, {right})";
            case ShapeKind.Double:
                return property.IsOptional ? $"global::System.Nullable.Equals({left}, {right})" : $"{left}.Equals({right})";
            case ShapeKind.Uri:
                // Uri's == is its Equals too, but an EqualityComparer keeps this independent of operator overloads.
                return $"global::System.Collections.Generic.EqualityComparer<{shape.TypeName}?>.Default.Equals({left}, {right})";
            case ShapeKind.String:
                return $"string.Equals({left}, {right})";
            case ShapeKind.Record:
                // A record's Equals(object) is its Equals(T); == would make the compiler look for user-defined operators.
                return $"object.Equals({left}, {right})";
            default:
                return $"{left} == {right}";
        }
    }
}
