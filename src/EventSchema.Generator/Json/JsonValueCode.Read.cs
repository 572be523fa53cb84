using System.Collections.Generic;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>Reading values: one expression per simple value, a helper method per collection shape.</summary>
internal sealed partial class JsonValueCode
{
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
        _ => SharedCollectionRead(shape) ?? $"{ReadMethod(shape)}(ref reader, options)",
    };

    /// <summary>
    /// A call to the runtime's collection reader for lists, sets and string-keyed maps of values that are never null
    /// and have a ready-made reader; null for other collections, which get a helper method of their own.
    /// </summary>
    private static string? SharedCollectionRead(ValueShape shape)
    {
        if (shape.Element is not { IsNullable: false } element || ItemReader(element) is not { } readItem) return null;
        string method = shape.Kind switch
        {
            ShapeKind.List => "ReadList",
            ShapeKind.Set => "ReadSet",
            _ => shape.Key is null ? "ReadMap" : string.Empty,
        };
        if (method.Length == 0) return null;
        string comparer = shape.Kind == ShapeKind.Set && Emit.EqualityExpressions.SetItemComparer(element) is { Length: > 0 } itemComparer ? ", " + itemComparer : string.Empty;
        return $"global::EventSchema.Json.JsonCollectionReader.{method}<{element.DeclaredTypeName}>(ref reader, options, {readItem}{comparer})";
    }

    /// <summary>A <c>JsonValueRead</c> delegate reading a value of <paramref name="shape"/>, or null when there is none to name.</summary>
    private static string? ItemReader(ValueShape shape) => shape.Kind switch
    {
        ShapeKind.String => "global::EventSchema.Json.JsonItemReaders.String",
        ShapeKind.Bool => "global::EventSchema.Json.JsonItemReaders.Boolean",
        ShapeKind.Int => "global::EventSchema.Json.JsonItemReaders.Int32",
        ShapeKind.Long => "global::EventSchema.Json.JsonItemReaders.Int64",
        ShapeKind.Double => "global::EventSchema.Json.JsonItemReaders.Double",
        ShapeKind.Decimal => "global::EventSchema.Json.JsonItemReaders.Decimal",
        ShapeKind.Date => shape.TypeName.EndsWith("DateOnly", System.StringComparison.Ordinal)
            ? "global::EventSchema.Json.JsonItemReaders.Date"
            : "global::EventSchema.Json.JsonItemReaders.DateAsDateTime",
        ShapeKind.Time => "global::EventSchema.Json.JsonItemReaders.Time",
        ShapeKind.DateTime => "global::EventSchema.Json.JsonItemReaders.DateTimeOffset",
        ShapeKind.Duration => "global::EventSchema.Json.JsonItemReaders.Duration",
        ShapeKind.Uuid => "global::EventSchema.Json.JsonItemReaders.Guid",
        ShapeKind.Uri => "global::EventSchema.Json.JsonItemReaders.Uri",
        ShapeKind.Record => $"{shape.TypeName}.__ReadJson",
        ShapeKind.Scalar => $"{JsonCode.ConverterName(shape.TypeName)}.ReadValue",
        _ => null,
    };

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
                var __items = new global::System.Collections.Generic.HashSet<{{element.DeclaredTypeName}}>({{Emit.EqualityExpressions.SetItemComparer(element)}});
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

    // String keys are the property names themselves; other keys are parsed from them first. The name becomes the entry's
    // path step only once it is a key: a key that is none fails at the map's path (where JSON Schema's propertyNames
    // applies), an error inside the value at the entry's.
    private static string KeyLocal(ValueShape? key) => key is null
        ? $"__key = {JsonCode.StringDecoder}.GetPropertyName(in reader, options);\n"
        : $"var __name = {JsonCode.StringDecoder}.GetPropertyName(in reader, options);\nvar __typedKey = {ReadKey(key, "__name")};\n__key = __name;\n";

    private static string KeyName(ValueShape? key) => key is null ? "__key" : "__typedKey";
}
