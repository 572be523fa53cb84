using System.Collections.Generic;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>
/// The C# that writes and reads one value of a given shape, for one generated type. Collections get a
/// private helper method per distinct shape (so nesting such as <c>list&lt;list&lt;int&gt;&gt;</c> works), collected
/// here and emitted once at the end of the type.
/// </summary>
internal sealed class JsonValueCode
{
    private readonly Dictionary<string, string> _writeMethods = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, string> _readMethods = new(System.StringComparer.Ordinal);
    private readonly List<string> _sources = new();

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

    /// <summary>An expression reading a value of <paramref name="shape"/>; the reader is on its first token, and null is refused.</summary>
    public string Read(ValueShape shape) => shape.Kind switch
    {
        ShapeKind.String => $"{JsonCode.ValueReader}.ReadString(ref reader, options)",
        ShapeKind.Bool => $"{JsonCode.ValueReader}.ReadBoolean(ref reader)",
        ShapeKind.Int => $"{JsonCode.ValueReader}.ReadInt32(ref reader)",
        ShapeKind.Long => $"{JsonCode.ValueReader}.ReadInt64(ref reader)",
        ShapeKind.Double => $"{JsonCode.ValueReader}.ReadDouble(ref reader)",
        ShapeKind.Decimal => $"{JsonCode.ValueReader}.ReadDecimal(ref reader)",
        ShapeKind.Date => shape.TypeName.EndsWith("DateOnly", System.StringComparison.Ordinal)
            ? $"{JsonCode.ValueReader}.ReadDate(ref reader)"
            : $"{JsonCode.ValueReader}.ReadDateAsDateTime(ref reader)",
        ShapeKind.Time => $"{JsonCode.ValueReader}.ReadTime(ref reader)",
        ShapeKind.DateTime => $"{JsonCode.ValueReader}.ReadDateTimeOffset(ref reader)",
        ShapeKind.Duration => $"{JsonCode.ValueReader}.ReadDuration(ref reader)",
        ShapeKind.Uuid => $"{JsonCode.ValueReader}.ReadGuid(ref reader)",
        ShapeKind.Uri => $"{JsonCode.ValueReader}.ReadUri(ref reader, options)",
        ShapeKind.Record => $"{shape.TypeName}.__ReadJson(ref reader, options)",
        ShapeKind.Enum => $"{JsonCode.ConverterName(shape.TypeName)}.ReadValue(ref reader)",
        ShapeKind.Scalar => $"{JsonCode.ConverterName(shape.TypeName)}.ReadValue(ref reader, options)",
        _ => $"{ReadMethod(shape)}(ref reader, options)",
    };

    /// <summary>The collected helper methods.</summary>
    public IReadOnlyList<string> Sources => _sources;

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

    /// <summary>The property name a map key is written as: its canonical text.</summary>
    private static string KeyText(ValueShape? key, string value) => key?.Kind switch
    {
        null or ShapeKind.String => value,
        ShapeKind.Enum => $"{key.Element!.TypeName}.ToJsonValue({value})",
        ShapeKind.Scalar => $"global::EventSchema.Json.JsonMapKeys.Text({value}.Value, {CSharpLiterals(SimpleName(key.TypeName))})",
        _ => $"global::EventSchema.Json.JsonMapKeys.Text({value})",
    };

    /// <summary>An expression reading a map key of <paramref name="key"/> from the property name <paramref name="text"/>; a JsonException when it is none.</summary>
    private static string ReadKey(ValueShape? key, string text) => key?.Kind switch
    {
        null or ShapeKind.String => text,
        ShapeKind.Int => $"global::EventSchema.Json.JsonMapKeys.ParseInt32({text})",
        ShapeKind.Long => $"global::EventSchema.Json.JsonMapKeys.ParseInt64({text})",
        ShapeKind.Uuid => $"global::EventSchema.Json.JsonMapKeys.ParseGuid({text})",
        ShapeKind.Date => key.TypeName.EndsWith("DateOnly", System.StringComparison.Ordinal)
            ? $"global::EventSchema.Json.JsonMapKeys.ParseDate({text})"
            : $"global::EventSchema.Json.JsonMapKeys.ParseDateAsDateTime({text})",
        ShapeKind.Enum => $"({key.Element!.TypeName}.TryFromJsonValue({text}, out var __enumKey) ? __enumKey : throw global::EventSchema.Json.JsonMapKeys.InvalidKey({text}, {CSharpLiterals(SimpleName(key.TypeName) + " value")}))",
        _ => $"({key.TypeName}.TryFrom({text}, out var __scalarKey) ? __scalarKey : throw global::EventSchema.Json.JsonMapKeys.InvalidKey({text}, {CSharpLiterals(SimpleName(key.TypeName))}))",
    };

    private static string CSharpLiterals(string text) => Emit.CSharpLiterals.String(text);

    private static string SimpleName(string typeName) => typeName.Substring(typeName.LastIndexOf('.') + 1);

    private string ReadMethod(ValueShape shape)
    {
        if (_readMethods.TryGetValue(shape.TypeName, out string? existing)) return existing;
        string name = "__ReadJson" + JsonCode.Int(_readMethods.Count);
        _readMethods[shape.TypeName] = name;
        ValueShape element = shape.Element!;
        string read = element.IsNullable
            ? $"(reader.TokenType == {JsonCode.TokenType}.Null ? default({element.DeclaredTypeName}) : {Read(element)})"
            : Read(element);
        string body = shape.Kind switch
        {
            ShapeKind.List => $$"""
                {{JsonCode.ValueReader}}.ExpectStartArray(ref reader, options);
                var __items = new global::EventSchema.Json.JsonArrayBuilder<{{element.DeclaredTypeName}}>();
                try
                {
                    while (true)
                    {
                        {{JsonCode.ValueReader}}.Read(ref reader);
                        if (reader.TokenType == {{JsonCode.TokenType}}.EndArray) break;
                        {{JsonCode.ValueReader}}.CheckCollectionSize(__items.Count, options);
                        __items.Add({{read}});
                    }
                }
                catch ({{JsonCode.JsonException}} __error) when ({{JsonCode.Errors}}.NoteItem(__error, __items.Count))
                {
                    throw;
                }
                return __items.ToArray();
                """,
            ShapeKind.Set => $$"""
                {{JsonCode.ValueReader}}.ExpectStartArray(ref reader, options);
                var __items = new global::System.Collections.Generic.HashSet<{{element.DeclaredTypeName}}>();
                int __index = 0;
                try
                {
                    while (true)
                    {
                        {{JsonCode.ValueReader}}.Read(ref reader);
                        if (reader.TokenType == {{JsonCode.TokenType}}.EndArray) break;
                        {{JsonCode.ValueReader}}.CheckCollectionSize(__index, options);
                        if (!__items.Add({{read}})) throw {{JsonCode.Errors}}.DuplicateItem();
                        __index++;
                    }
                }
                catch ({{JsonCode.JsonException}} __error) when ({{JsonCode.Errors}}.NoteItem(__error, __index))
                {
                    throw;
                }
                return __items;
                """,
            _ => $$"""
                {{JsonCode.ValueReader}}.ExpectStartObject(ref reader, options);
                var __items = new global::System.Collections.Generic.Dictionary<{{shape.KeyTypeName}}, {{element.DeclaredTypeName}}>({{(shape.Key is null ? "global::System.StringComparer.Ordinal" : string.Empty)}});
                string? __key = null;
                try
                {
                    while (true)
                    {
                        __key = null;
                        {{JsonCode.ValueReader}}.Read(ref reader);
                        if (reader.TokenType == {{JsonCode.TokenType}}.EndObject) break;
                        {{JsonCode.ValueReader}}.CheckCollectionSize(__items.Count, options);
                        __key = {{JsonCode.StringDecoder}}.GetPropertyName(in reader, options);
                        {{Indent(KeyLocal(shape.Key), 2)}}if (__items.ContainsKey({{KeyName(shape.Key)}})) throw {{JsonCode.Errors}}.DuplicateKey();
                        {{JsonCode.ValueReader}}.Read(ref reader);
                        __items.Add({{KeyName(shape.Key)}}, {{read}});
                    }
                }
                catch ({{JsonCode.JsonException}} __error) when (__key is not null && {{JsonCode.Errors}}.NoteProperty(__error, __key))
                {
                    throw;
                }
                return __items;
                """,
        };
        _sources.Add($$"""
            private static {{shape.TypeName}} {{name}}(ref {{JsonCode.Reader}} reader, {{JsonCode.Options}} options)
            {
                {{Indent(body, 1)}}
            }
            """);
        return name;
    }

    // String keys are the property names themselves; other keys are parsed from them first.
    private static string KeyLocal(ValueShape? key) => key is null ? string.Empty : "var __typedKey = " + ReadKey(key, "__key") + ";\n";

    private static string KeyName(ValueShape? key) => key is null ? "__key" : "__typedKey";

    /// <summary>Indents every line but the first by <paramref name="levels"/> steps, for text placed inside an indented template line.</summary>
    public static string Indent(string text, int levels) => text.Replace("\n", "\n" + new string(' ', levels * 4));
}
