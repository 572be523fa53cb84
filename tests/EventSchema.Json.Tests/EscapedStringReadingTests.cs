using System.Text;
using System.Text.Json;

namespace EventSchema.Json.Tests;

/// <summary>
/// Strings with escapes are decoded by the runtime in one pass; whatever the text, the result must be exactly
/// <see cref="Utf8JsonReader.GetString"/>'s, and text the reader cannot decode (bytes that are not UTF-8, escaped
/// surrogates that do not pair) must fail as the reader fails, as a <see cref="JsonException"/>.
/// </summary>
public sealed class EscapedStringReadingTests
{
    private static readonly EventJsonOptions Fresh = new() { ReuseStrings = false };

    [Theory]
    [InlineData(@"a\nb")]
    [InlineData(@"\u0022quoted\u0022 and \\ and \/ and \b\f\n\r\t")]
    [InlineData(@"Bak\u0131 \u015E\u0259ki \u5317\u4EAC")]
    [InlineData(@"pair \uD83D\uDE00 end")]
    [InlineData(@"\uD83D\uDE00")]
    [InlineData(@"lone high \uD83D end")]
    [InlineData(@"lone high at end \uD83D")]
    [InlineData(@"lone low \uDE00 end")]
    [InlineData(@"high then other \uD83D\u0041")]
    [InlineData(@"high then high \uD83D\uD83D")]
    [InlineData(@"\u0000 nul")]
    [InlineData(@"sixteen bytes ok\nthen sixteen more bytes\\")]
    [InlineData(@"lower and upper hex \u00e9\u00E9")]
    public void Escaped_text_reads_as_the_reader_reads_it(string inner)
    {
        AssertSameAsReader(Encoding.UTF8.GetBytes(inner));
    }

    [Fact]
    public void Raw_non_ascii_and_invalid_bytes_beside_escapes_read_as_the_reader_reads_them()
    {
        byte[][] pieces =
        [
            "é"u8.ToArray(), "北京"u8.ToArray(), "😀"u8.ToArray(),
            [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE4, 0xB8], [0xF0, 0x9F, 0x98],
        ];
        foreach (var piece in pieces)
        {
            AssertSameAsReader([.. "x\\n"u8, .. piece, .. "y"u8]);
            AssertSameAsReader([.. piece, .. "\\t"u8]);
            AssertSameAsReader([.. "0123456789abcdef\\\"0123456789"u8, .. piece, .. "0123456789abcdef0123456789"u8]);
        }
    }

    [Fact]
    public void Random_escaped_text_reads_as_the_reader_reads_it()
    {
        var random = new Random(20261206);
        for (var n = 0; n < 3_000; n++) AssertSameAsReader(RandomText(random, random.Next(2) == 0 ? 40 : 700));
    }

    private static byte[] RandomText(Random random, int maxPieces)
    {
        var text = new List<byte>();
        var pieces = random.Next(1, maxPieces);
        for (var p = 0; p < pieces; p++)
        {
            switch (random.Next(12))
            {
                case < 5:
                    for (var i = random.Next(1, 20); i > 0; i--)
                    {
                        var c = (byte)random.Next(0x20, 0x7F);
                        text.Add(c is (byte)'"' or (byte)'\\' ? (byte)'a' : c);
                    }
                    break;
                case 5: text.AddRange(Encoding.ASCII.GetBytes(@"\" + "\"\\/bfnrt"[random.Next(8)])); break;
                case 6: text.AddRange(Encoding.ASCII.GetBytes(@"\u" + random.Next(0x10000).ToString(random.Next(2) == 0 ? "X4" : "x4"))); break;
                case 7: text.AddRange(Encoding.ASCII.GetBytes(@"\u" + random.Next(0xD800, 0xDC00).ToString("X4") + @"\u" + random.Next(0xDC00, 0xE000).ToString("X4"))); break;
                case 8: text.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(random.Next(0x80, 0xD800)))); break;
                case 9: text.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(random.Next(0x10000, 0x110000)))); break;
                case 10: text.AddRange(Encoding.UTF8.GetBytes("Şəki, Ağdam, 北京. ")); break;
                default:
                    // Rarely, a byte that is not UTF-8 or an unpaired escaped surrogate.
                    if (random.Next(20) == 0) text.Add((byte)random.Next(0x80, 0x100));
                    else if (random.Next(20) == 0) text.AddRange(Encoding.ASCII.GetBytes(@"\u" + random.Next(0xD800, 0xE000).ToString("X4")));
                    else text.Add((byte)'z');
                    break;
            }
        }
        return [.. text];
    }

    private static void AssertSameAsReader(byte[] inner)
    {
        byte[] json = [(byte)'"', .. inner, (byte)'"'];
        var reader = new Utf8JsonReader(json);
        try
        {
            reader.Read();
        }
        catch (JsonException)
        {
            return; // the reader refuses the token itself: nothing is decoded
        }
        string? expected;
        try
        {
            expected = reader.GetString();
        }
        catch (InvalidOperationException)
        {
            expected = null;
        }
        string? actual;
        try
        {
            actual = JsonValueReader.ReadString(ref reader, Fresh);
        }
        catch (JsonException error)
        {
            Assert.Equal(JsonReadErrors.InvalidText().Message, error.Message);
            actual = null;
        }
        Assert.True(expected == actual, $"{Encoding.UTF8.GetString(json)}: expected {expected ?? "an error"}, read {actual ?? "an error"}");
    }
}
