using System.Globalization;
using System.Text;
using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>Names and literals shared by the JSON emitters.</summary>
internal static class JsonCode
{
    public const string Writer = "global::System.Text.Json.Utf8JsonWriter";
    public const string Reader = "global::System.Text.Json.Utf8JsonReader";
    public const string TokenType = "global::System.Text.Json.JsonTokenType";
    public const string EncodedText = "global::System.Text.Json.JsonEncodedText";
    public const string SerializerOptions = "global::System.Text.Json.JsonSerializerOptions";
    public const string JsonException = "global::System.Text.Json.JsonException";
    public const string ConverterAttribute = "global::System.Text.Json.Serialization.JsonConverter";
    /// <summary>What <c>[JsonConverter]</c> names on records, events and unions: one runtime factory, no class per type.</summary>
    public const string SharedConverterFactory = "global::EventSchema.Json.GeneratedTypeConverterFactory";
    public const string Options = "global::EventSchema.Json.EventJsonOptions";
    public const string Errors = "global::EventSchema.Json.JsonReadErrors";
    public const string ValueReader = "global::EventSchema.Json.JsonValueReader";
    public const string StringDecoder = "global::EventSchema.Json.JsonStringDecoder";
    public const string ValueWriter = "global::EventSchema.Json.JsonValueWriter";
    public const string Text = "global::EventSchema.Json.JsonText";
    public const string Hidden = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

    /// <summary>The converter class generated beside an enum or a scalar: <c>global::Diplomacy.LevelJsonConverter</c> for <c>global::Diplomacy.Level</c>.</summary>
    public static string ConverterName(string typeName) => typeName + "JsonConverter";

    /// <summary>A <c>private static readonly JsonEncodedText</c> field holding <paramref name="text"/>, pre-encoded once.</summary>
    public static string EncodedField(string fieldName, string text)
        => $"private static readonly {EncodedText} {fieldName} = {EncodedText}.Encode({CSharpLiterals.String(text)});";

    /// <summary>Whether the UTF-8 of <paramref name="text"/> is what <c>JsonEncodedText</c> writes (plain printable ASCII), so its bytes can be compared directly.</summary>
    public static bool IsPlainAscii(string text)
    {
        foreach (char c in text)
        {
            if (c < ' ' || c > '~' || c is '"' or '\\' or '<' or '>' or '&' or '\'' or '+' or '`') return false;
        }
        return true;
    }

    public static int Utf8Length(string text) => Encoding.UTF8.GetByteCount(text);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bit(int index) => "0x" + (1UL << (index % 64)).ToString("X", CultureInfo.InvariantCulture) + "UL";

    public static string SeenWord(int index) => "__seen" + Int(index / 64);

    /// <summary>The type of a local that may hold "not read yet": nullable for reference types and optional value types.</summary>
    public static string LocalType(ValueShape shape, bool nullable)
        => shape.IsValueType ? (nullable ? shape.TypeName + "?" : shape.TypeName) : shape.TypeName + "?";
}
