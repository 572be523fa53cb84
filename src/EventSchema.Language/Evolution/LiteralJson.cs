using System;
using System.Globalization;
using System.Text;
using EventSchema.Language.Export;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Evolution;

/// <summary>A default value in its canonical JSON wire form, so two spellings of one value (<c>1.50</c>, <c>1.5</c>) compare equal.</summary>
internal static class LiteralJson
{
    public static string? From(LiteralValue literal) => literal.Kind switch
    {
        LiteralKind.String => Quote((string)literal.Value!),
        LiteralKind.Integer => Convert.ToInt64(literal.Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        LiteralKind.Number => Number(Convert.ToDecimal(literal.Value, CultureInfo.InvariantCulture)),
        LiteralKind.Bool => (bool)literal.Value! ? "true" : "false",
        LiteralKind.Null => "null",
        LiteralKind.EnumMember => literal.Value is EnumMemberSymbol member ? Quote(member.JsonValue) : null,
        // A collection that may be omitted (= [] or = {}) differs from one that must be given: both are recorded.
        LiteralKind.EmptyList => "[]",
        LiteralKind.EmptyMap => "{}",
        _ => null,
    };

    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        JsonNodeWriter.WriteString(builder, value);
        return builder.ToString();
    }

    /// <summary>A decimal without trailing zeros: <c>1.50</c> and <c>1.5</c> are one value.</summary>
    public static string Number(decimal value)
    {
        string text = value.ToString(CultureInfo.InvariantCulture);
        if (text.IndexOf('.') >= 0) text = text.TrimEnd('0').TrimEnd('.');
        return text;
    }
}
