using System.Collections.Generic;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>Writing values: one statement per simple value, a helper method per collection shape.</summary>
internal sealed partial class JsonValueCode
{
    /// <summary>Statements writing <paramref name="value"/> (known not to be null) as a JSON value.</summary>
    public string Write(ValueShape shape, string value) => shape.Kind switch
    {
        ShapeKind.String => $"writer.WriteStringValue({value});",
        ShapeKind.Bool => $"writer.WriteBooleanValue({value});",
        ShapeKind.Int or ShapeKind.Long or ShapeKind.Double or ShapeKind.Decimal => $"writer.WriteNumberValue({value});",
        ShapeKind.Date => $"{JsonCode.ValueWriter}.WriteDate(writer, {value});",
        ShapeKind.Time => $"{JsonCode.ValueWriter}.WriteTime(writer, {value});",
        ShapeKind.DateTime or ShapeKind.Uuid => $"writer.WriteStringValue({value});",
        ShapeKind.Duration => $"{JsonCode.ValueWriter}.WriteDuration(writer, {value});",
        ShapeKind.Uri => $"{JsonCode.ValueWriter}.WriteUri(writer, {value});",
        ShapeKind.Record => $"{value}.WriteJson(writer);",
        ShapeKind.Enum or ShapeKind.Scalar => $"{JsonCode.ConverterName(shape.TypeName)}.WriteValue(writer, {value});",
        _ => $"{WriteMethod(shape)}(writer, {value}, null);",
    };

    /// <summary>
    /// Statements writing property <paramref name="encodedName"/> with <paramref name="value"/> (known not to be null),
    /// in one writer call where <c>Utf8JsonWriter</c> has one.
    /// </summary>
    public string WriteProperty(ValueShape shape, string encodedName, string value) => shape.Kind switch
    {
        ShapeKind.String or ShapeKind.DateTime or ShapeKind.Uuid => $"writer.WriteString({encodedName}, {value});",
        ShapeKind.Bool => $"writer.WriteBoolean({encodedName}, {value});",
        ShapeKind.Int or ShapeKind.Long or ShapeKind.Double or ShapeKind.Decimal => $"writer.WriteNumber({encodedName}, {value});",
        ShapeKind.Date => $"{JsonCode.ValueWriter}.WriteDate(writer, {encodedName}, {value});",
        ShapeKind.Time => $"{JsonCode.ValueWriter}.WriteTime(writer, {encodedName}, {value});",
        ShapeKind.Duration => $"{JsonCode.ValueWriter}.WriteDuration(writer, {encodedName}, {value});",
        ShapeKind.Uri => $"{JsonCode.ValueWriter}.WriteUri(writer, {encodedName}, {value});",
        ShapeKind.Record => $"{value}.__WriteJson(writer, {encodedName});",
        ShapeKind.Enum or ShapeKind.Scalar => $"{JsonCode.ConverterName(shape.TypeName)}.WriteProperty(writer, {encodedName}, {value});",
        _ => $"{WriteMethod(shape)}(writer, {value}, {encodedName});",
    };

    private string WriteMethod(ValueShape shape)
    {
        if (_writeMethods.TryGetValue(shape.TypeName, out string? existing)) return existing;
        string name = "__WriteJson" + JsonCode.Int(_writeMethods.Count);
        _writeMethods[shape.TypeName] = name;
        ValueShape element = shape.Element!;
        string item = WriteItem(element, "__item");
        string body = shape.Kind switch
        {
            ShapeKind.List => $$"""
                {{StartArray}}
                for (int __i = 0; __i < value.Count; __i++)
                {
                    var __item = value[__i];
                    {{Indent(item, 1)}}
                }
                writer.WriteEndArray();
                """,
            ShapeKind.Set => $$"""
                {{StartArray}}
                // The concrete set enumerates without allocating.
                if (value is global::System.Collections.Generic.HashSet<{{element.DeclaredTypeName}}> __hashSet)
                {
                    foreach (var __item in __hashSet)
                    {
                        {{Indent(item, 2)}}
                    }
                }
                else
                {
                    foreach (var __item in value)
                    {
                        {{Indent(item, 2)}}
                    }
                }
                writer.WriteEndArray();
                """,
            _ => $$"""
                {{StartObject}}
                if (value is global::System.Collections.Generic.Dictionary<{{shape.KeyTypeName}}, {{element.DeclaredTypeName}}> __dictionary)
                {
                    foreach (var __pair in __dictionary)
                    {
                        writer.WritePropertyName({{KeyText(shape.Key, "__pair.Key")}});
                        var __item = __pair.Value;
                        {{Indent(item, 2)}}
                    }
                }
                else
                {
                    foreach (var __pair in value)
                    {
                        writer.WritePropertyName({{KeyText(shape.Key, "__pair.Key")}});
                        var __item = __pair.Value;
                        {{Indent(item, 2)}}
                    }
                }
                writer.WriteEndObject();
                """,
        };
        _sources.Add($$"""
            private static void {{name}}({{JsonCode.Writer}} writer, {{shape.TypeName}} value, {{JsonCode.EncodedText}}? name)
            {
                {{Indent(body, 1)}}
            }
            """);
        return name;
    }

    // A collection that is a property's value starts together with the property's name, in one writer call.
    private const string StartArray = "if (name.HasValue) writer.WriteStartArray(name.GetValueOrDefault()); else writer.WriteStartArray();";
    private const string StartObject = "if (name.HasValue) writer.WriteStartObject(name.GetValueOrDefault()); else writer.WriteStartObject();";

    private string WriteItem(ValueShape element, string item)
    {
        if (element.IsValueType && !element.IsNullable) return Write(element, item);
        string present = element.IsValueType ? item + ".GetValueOrDefault()" : item;
        return $$"""
            if ({{item}} is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                {{Indent(Write(element, present), 1)}}
            }
            """;
    }
}
