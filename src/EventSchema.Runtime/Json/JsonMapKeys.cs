using System;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>
/// Reads and writes the keys of maps whose keys are not strings: on the wire a key is a JSON object's property name,
/// so an <c>int</c>, <c>long</c>, <c>uuid</c> or <c>date</c> key is its one canonical text (the text the exported
/// JSON Schema's <c>propertyNames</c> describes). Used by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonMapKeys
{
    /// <summary>Reads an <c>int</c> key: a decimal without sign '+', leading zeros or "-0".</summary>
    public static int ParseInt32(string key)
        => IsCanonicalInteger(key) && int.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw InvalidKey(key, "int (a whole number from -2147483648 to 2147483647, written without '+' or leading zeros)");

    /// <summary>Reads a <c>long</c> key: a decimal without sign '+', leading zeros or "-0".</summary>
    public static long ParseInt64(string key)
        => IsCanonicalInteger(key) && long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
            ? value
            : throw InvalidKey(key, "long (a whole number, written without '+' or leading zeros)");

    /// <summary>Reads a <c>uuid</c> key in its hyphenated form (<c>8-4-4-4-12</c> hex digits).</summary>
    public static Guid ParseGuid(string key)
        => key.Length == 36 && Guid.TryParseExact(key, "D", out Guid value)
            ? value
            : throw InvalidKey(key, "uuid (8-4-4-4-12 hexadecimal digits)");

    /// <summary>Reads a <c>date</c> key, <c>yyyy-MM-dd</c>, as a midnight <see cref="DateTime"/> of unspecified kind.</summary>
    public static DateTime ParseDateAsDateTime(string key)
        => key.Length == 10 && key[4] == '-' && key[7] == '-'
            && DateTime.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime value)
            ? value
            : throw InvalidKey(key, "date (yyyy-MM-dd)");

#if NET6_0_OR_GREATER
    /// <summary>Reads a <c>date</c> key, <c>yyyy-MM-dd</c>.</summary>
    public static DateOnly ParseDate(string key) => DateOnly.FromDateTime(ParseDateAsDateTime(key));

    /// <summary>The text of a <c>date</c> key.</summary>
    public static string Text(DateOnly key) => key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
#endif

    /// <summary>The text of an <c>int</c> key.</summary>
    public static string Text(int key) => key.ToString(CultureInfo.InvariantCulture);

    /// <summary>The text of a <c>long</c> key.</summary>
    public static string Text(long key) => key.ToString(CultureInfo.InvariantCulture);

    /// <summary>The text of a <c>uuid</c> key.</summary>
    public static string Text(Guid key) => key.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>The text of a <c>date</c> key held as a <see cref="DateTime"/>.</summary>
    public static string Text(DateTime key) => key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The text of a key of a string scalar; a scalar never created with <c>From</c> has none.</summary>
    /// <param name="value">The scalar's value.</param>
    /// <param name="scalarName">The scalar's C# name, for the message.</param>
    public static string Text(string? value, string scalarName) => value ?? throw JsonWriteErrors.UnsetScalar(scalarName, null);

    /// <summary>A key that is not a value of the map's key type.</summary>
    /// <param name="key">The key as read.</param>
    /// <param name="what">The key type, described.</param>
    public static JsonException InvalidKey(string key, string what)
        => JsonReadErrors.AtValue("The key \"" + Shorten(key) + "\" is not a valid " + what + ".");

    /// <summary>
    /// A key that is not a value of the string scalar <typeparamref name="TScalar"/> (its <c>TryFrom</c> refused it): the
    /// error names the rule the key breaks in the scalar's own words, as the error of a field of the scalar does
    /// (<c>The key "az" is not a valid CountryCode (pattern): it must match the pattern ^[A-Z]{2}$.</c>).
    /// </summary>
    /// <param name="key">The key as read.</param>
    /// <param name="scalarName">The scalar's C# name.</param>
    /// <param name="from">The scalar's <c>From</c>, asked again only to say which rule the key breaks.</param>
    public static JsonException InvalidScalarKey<TScalar>(string key, string scalarName, Func<string, TScalar> from)
    {
        if (from is null) throw new ArgumentNullException(nameof(from));
        try
        {
            from(key);
        }
        catch (ArgumentException error)
        {
            // From says "\"az\" is not a valid CountryCode (pattern): it …"; the key is quoted (and shortened) here instead.
            var message = JsonReadErrors.WithoutParameterName(error);
            var notValid = " is not a valid " + scalarName;
            int rule = message.IndexOf(notValid, StringComparison.Ordinal);
            var reason = rule >= 0
                ? "The key \"" + Shorten(key) + "\"" + message.Substring(rule)
                : "The key \"" + Shorten(key) + "\" is not a valid " + scalarName + ": " + message;
            return JsonReadErrors.AtValue(reason, error);
        }
        return InvalidKey(key, scalarName);
    }

    private static bool IsCanonicalInteger(string key)
    {
        int start = key.Length > 0 && key[0] == '-' ? 1 : 0;
        if (start == key.Length || key.Length - start > 20) return false;
        if (key[start] == '0') return key.Length == 1;
        for (int i = start; i < key.Length; i++)
        {
            if (key[i] < '0' || key[i] > '9') return false;
        }
        return true;
    }

    internal static string Shorten(string key) => key.Length <= 60 ? key : key.Substring(0, 60) + "…";
}
