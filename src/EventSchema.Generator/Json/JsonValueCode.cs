using System.Collections.Generic;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>
/// The C# that writes and reads one value of a given shape, for one generated type. Collections get a
/// private helper method per distinct shape (so nesting such as <c>list&lt;list&lt;int&gt;&gt;</c> works), collected
/// here and emitted once at the end of the type.
/// </summary>
internal sealed partial class JsonValueCode
{
    private readonly Dictionary<string, string> _readMethods = new(System.StringComparer.Ordinal);
    private readonly List<string> _sources = new();

    /// <summary>The collected helper methods.</summary>
    public IReadOnlyList<string> Sources => _sources;

    /// <summary>The property name a map key is written as: its canonical text.</summary>
    private static string KeyText(ValueShape? key, string value) => key?.Kind switch
    {
        null or ShapeKind.String => value,
        ShapeKind.Enum => $"{key.Element!.TypeName}.ToJsonValue({value})",
        ShapeKind.Scalar => $"global::EventSchema.Json.JsonMapKeys.Text({value}.ValueOrNull, {CSharpLiterals(SimpleName(key.TypeName))})",
        // int, long, uuid and date keys: the raw writer formats them itself, with no string made.
        _ => value,
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
        // A scalar key: TryFrom on the way in; only a refused key asks From which rule it breaks.
        _ => $"({key.TypeName}.TryFrom({text}, out var __scalarKey) ? __scalarKey : throw global::EventSchema.Json.JsonMapKeys.InvalidScalarKey<{key.TypeName}>({text}, {CSharpLiterals(SimpleName(key.TypeName))}, {key.TypeName}.From))",
    };

    private static string CSharpLiterals(string text) => Emit.CSharpLiterals.String(text);

    private static string SimpleName(string typeName) => typeName.Substring(typeName.LastIndexOf('.') + 1);

    /// <summary>Indents every line but the first by <paramref name="levels"/> steps, for text placed inside an indented template line.</summary>
    public static string Indent(string text, int levels) => text.Replace("\n", "\n" + new string(' ', levels * 4));
}
