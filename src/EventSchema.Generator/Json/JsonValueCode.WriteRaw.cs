using System.Collections.Generic;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>
/// Writing values below <c>Utf8JsonWriter</c>, into a <c>JsonRawWriter</c> named <c>raw</c>: one statement per simple
/// value, a helper method per collection shape. A statement whose value cannot be written raw (a lone surrogate, a
/// non-finite double, nesting near the depth limit) returns false from the enclosing method, and the caller writes the
/// whole value through the writer instead.
/// </summary>
internal sealed partial class JsonValueCode
{
    public const string RawWriter = "global::EventSchema.Json.JsonRawWriter";

    private readonly Dictionary<string, string> _rawWriteMethods = new(System.StringComparer.Ordinal);

    /// <summary>Statements writing <paramref name="value"/> (known not to be null) into <c>raw</c>.</summary>
    public string WriteRaw(ValueShape shape, string value) => shape.Kind switch
    {
        ShapeKind.String or ShapeKind.Double or ShapeKind.Uri => Checked($"raw.{(shape.Kind == ShapeKind.Double ? "Number" : "String")}({value})"),
        ShapeKind.Bool => $"raw.Boolean({value});",
        ShapeKind.Int or ShapeKind.Long or ShapeKind.Decimal => $"raw.Number({value});",
        ShapeKind.Date or ShapeKind.Time or ShapeKind.DateTime or ShapeKind.Uuid or ShapeKind.Duration => $"raw.String({value});",
        ShapeKind.Record => Checked($"{value}.__WriteJsonRaw(ref raw)"),
        ShapeKind.Enum or ShapeKind.Scalar => Checked($"{JsonCode.ConverterName(shape.TypeName)}.WriteRaw(ref raw, {value})"),
        _ => Checked($"{WriteRawMethod(shape)}(ref raw, {value})"),
    };

    private static string Checked(string call) => $"if (!{call}) return false;";

    private string WriteRawMethod(ValueShape shape)
    {
        if (_rawWriteMethods.TryGetValue(shape.TypeName, out string? existing)) return existing;
        string name = "__WriteJsonRaw" + JsonCode.Int(_rawWriteMethods.Count);
        _rawWriteMethods[shape.TypeName] = name;
        ValueShape element = shape.Element!;
        string item = WriteRawItem(element, "__item");
        string body = shape.Kind switch
        {
            ShapeKind.List => $$"""
                if (!raw.StartArray()) return false;
                for (int __i = 0; __i < value.Count; __i++)
                {
                    raw.Separator();
                    var __item = value[__i];
                    {{Indent(item, 1)}}
                }
                raw.EndArray();
                """,
            ShapeKind.Set => $$"""
                if (!raw.StartArray()) return false;
                // The concrete set enumerates without allocating.
                if (value is global::System.Collections.Generic.HashSet<{{element.DeclaredTypeName}}> __hashSet)
                {
                    foreach (var __item in __hashSet)
                    {
                        raw.Separator();
                        {{Indent(item, 2)}}
                    }
                }
                else
                {
                    foreach (var __item in value)
                    {
                        raw.Separator();
                        {{Indent(item, 2)}}
                    }
                }
                raw.EndArray();
                """,
            _ => $$"""
                if (!raw.StartObject()) return false;
                if (value is global::System.Collections.Generic.Dictionary<{{shape.KeyTypeName}}, {{element.DeclaredTypeName}}> __dictionary)
                {
                    foreach (var __pair in __dictionary)
                    {
                        raw.Separator();
                        if (!raw.String({{KeyText(shape.Key, "__pair.Key")}})) return false;
                        raw.Colon();
                        var __item = __pair.Value;
                        {{Indent(item, 2)}}
                    }
                }
                else
                {
                    foreach (var __pair in value)
                    {
                        raw.Separator();
                        if (!raw.String({{KeyText(shape.Key, "__pair.Key")}})) return false;
                        raw.Colon();
                        var __item = __pair.Value;
                        {{Indent(item, 2)}}
                    }
                }
                raw.EndObject();
                """,
        };
        _sources.Add($$"""
            private static bool {{name}}(ref {{RawWriter}} raw, {{shape.TypeName}} value)
            {
                {{Indent(body, 1)}}
                return true;
            }
            """);
        return name;
    }

    private string WriteRawItem(ValueShape element, string item)
    {
        if (element.IsValueType && !element.IsNullable) return WriteRaw(element, item);
        string present = element.IsValueType ? item + ".GetValueOrDefault()" : item;
        return $$"""
            if ({{item}} is null)
            {
                raw.Null();
            }
            else
            {
                {{Indent(WriteRaw(element, present), 1)}}
            }
            """;
    }
}
