using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EventSchema.Json.Tests;

/// <summary>
/// The number readers parse short forms from the token's bytes themselves; whatever the form, each must return exactly
/// what <see cref="Utf8JsonReader"/>'s own parser returns (bit for bit, sign of zero and decimal scale included), and
/// fail exactly where it fails. Whole numbers (int, long) are read as JSON Schema's <c>integer</c>: by value, so
/// <c>1.0</c> and <c>1e2</c> are whole too; an exact oracle on the digits decides.
/// </summary>
public sealed class NumberReadingTests
{
    private static readonly string[] Edges =
    [
        "0", "-0", "0.0", "-0.0", "-0.00", "0.000", "1", "-1", "9", "10", "0.5", "1.50", "0.1285", "1285e-4", "12.031",
        "15234.875", "229.4", "0.97", "3", "4000012345678", "1e0", "1E+2", "1e-2", "-1e22", "1e22", "1e23", "1e-22", "1e-23",
        "123456789", "1234567890", "-123456789", "-1234567890", "2147483647", "2147483648", "-2147483648", "-2147483649",
        "999999999", "999999999999999999", "-999999999999999999", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "1234567890123456789", "12345678901234567890",
        "9999999999999999999", "-9999999999999999999", "79228162514264337593543950335", "79228162514264337593543950336",
        "123456789012345", "1234567890123456", "12345678901234567", "0.123456789012345", "0.1234567890123456",
        "9007199254740993", "0.30000000000000004", "0.1", "0.2", "0.3", "1.7976931348623157e308", "1e309", "-1e309",
        "4.9e-324", "1e-400", "0.0000000000000000000000000001", "0.00000000000000000000000000001",
        "1.0000000000000000000000000000000001", "1.0", "1.00", "100", "1e1000", "1e-1000", "0e5", "0e-5", "0.0e0",
        "1.5e3", "1.5E-3", "5e-1", "123.456e1", "123.456e-1", "1e000", "1e0001", "1e+022", "1e-022",
    ];

    [Fact]
    public void Edge_forms_read_as_the_reader_reads_them()
    {
        foreach (var text in Edges) AssertSameAsReader(text);
    }

    [Fact]
    public void Random_forms_read_as_the_reader_reads_them()
    {
        var random = new Random(20261206);
        for (var n = 0; n < 20_000; n++) AssertSameAsReader(RandomNumber(random));
    }

    private static string RandomNumber(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(3) == 0) text.Append('-');
        var integerDigits = random.Next(1, random.Next(2) == 0 ? 6 : 22);
        text.Append(integerDigits == 1 ? (char)('0' + random.Next(10)) : (char)('1' + random.Next(9)));
        for (var i = 1; i < integerDigits; i++) text.Append((char)('0' + random.Next(10)));
        if (random.Next(2) == 0)
        {
            text.Append('.');
            var fractionDigits = random.Next(1, random.Next(2) == 0 ? 6 : 32);
            for (var i = 0; i < fractionDigits; i++) text.Append(random.Next(4) == 0 ? '0' : (char)('0' + random.Next(10)));
        }
        if (random.Next(4) == 0)
        {
            text.Append(random.Next(2) == 0 ? 'e' : 'E');
            if (random.Next(2) == 0) text.Append(random.Next(2) == 0 ? '+' : '-');
            text.Append(random.Next(random.Next(2) == 0 ? 30 : 400).ToString(CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    private static void AssertSameAsReader(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);

        var whole = WholeValue(text);
        var expectedInt = whole is { } i && i >= int.MinValue && i <= int.MaxValue ? (int?)(int)i : null;
        Assert.True(expectedInt == Read(utf8, (ref Utf8JsonReader r) => JsonValueReader.ReadInt32(ref r)), $"int {text}");
        if (Reader(utf8).TryGetInt32(out var int32)) Assert.Equal(int32, expectedInt); // wherever the reader reads it, the same value

        var expectedLong = whole is { } l && l >= long.MinValue && l <= long.MaxValue ? (long?)(long)l : null;
        Assert.True(expectedLong == Read(utf8, (ref Utf8JsonReader r) => JsonValueReader.ReadInt64(ref r)), $"long {text}");
        if (Reader(utf8).TryGetInt64(out var int64)) Assert.Equal(int64, expectedLong);

        var expectedDouble = Reader(utf8).TryGetDouble(out var binary) && !double.IsInfinity(binary) ? (long?)BitConverter.DoubleToInt64Bits(binary) : null;
        var actualDouble = Read(utf8, (ref Utf8JsonReader r) => JsonValueReader.ReadDouble(ref r));
        Assert.True(expectedDouble == (actualDouble is { } d ? BitConverter.DoubleToInt64Bits(d) : null), $"double {text}: expected {binary:R}, read {actualDouble:R}");

        var expectedDecimal = Reader(utf8).TryGetDecimal(out var dec) ? string.Join(",", decimal.GetBits(dec)) : null;
        var actualDecimal = Read(utf8, (ref Utf8JsonReader r) => JsonValueReader.ReadDecimal(ref r));
        Assert.True(expectedDecimal == (actualDecimal is { } m ? string.Join(",", decimal.GetBits(m)) : null), $"decimal {text}: expected {dec}, read {actualDecimal}");
    }

    // The exact value of a JSON number when it is whole: mantissa digits and exponent in arbitrary precision.
    private static System.Numerics.BigInteger? WholeValue(string text)
    {
        var exponentAt = text.IndexOfAny(['e', 'E']);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.');
        var fractionLength = point < 0 ? 0 : mantissa.Length - point - 1;
        var digits = System.Numerics.BigInteger.Parse(mantissa.Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var scale = exponent - fractionLength;
        if (scale >= 0) return scale > 40 && !digits.IsZero ? null : digits * System.Numerics.BigInteger.Pow(10, scale);
        var divisor = System.Numerics.BigInteger.Pow(10, -scale);
        return System.Numerics.BigInteger.Remainder(digits, divisor).IsZero ? digits / divisor : null;
    }

    private delegate T ReadNumber<T>(ref Utf8JsonReader reader);

    private static T? Read<T>(byte[] utf8, ReadNumber<T> read) where T : struct
    {
        var reader = Reader(utf8);
        try
        {
            return read(ref reader);
        }
        catch (JsonException error)
        {
            Assert.StartsWith("The number " + Encoding.UTF8.GetString(utf8) + " is not a valid ", error.Message);
            return null;
        }
    }

    private static Utf8JsonReader Reader(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.Number, reader.TokenType);
        return reader;
    }
}
