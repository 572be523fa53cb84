using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corridor;
using EventSchema.Generated;
using JsonCoverage;

namespace EventSchema.Json.Tests;

/// <summary>
/// Generated writers write whole objects below <see cref="Utf8JsonWriter"/> (<see cref="JsonRawWriter"/>) when the
/// writer's options allow it: the bytes must be exactly those the writer writes itself, string escaping included.
/// </summary>
public sealed class RawWriterTests
{
    // Kept small so CI stays fast; raise locally to search longer.
    private const int RandomCases = 3000;

    [Theory]
    [MemberData(nameof(SeedEvents.Names), MemberType = typeof(SeedEvents))]
    public void Every_seed_event_is_written_raw_as_the_writer_writes_it(string name)
    {
        var evt = SeedEvents.All[name];
        var info = GeneratedEventCatalog.Instance.Find(evt.GetType())!;

        AssertSameAsWriter(writer => info.Write(writer, evt));
    }

    [Fact]
    public void Every_kind_of_value_is_written_raw_as_the_writer_writes_it()
    {
        var full = CoverageSamples.Full;
        AssertSameAsWriter(full.WriteJson);
        AssertSameAsWriter(writer => JsonSerializer.Serialize(writer, full, GeneratedJson.EveryType));

        var minimal = EveryType.FromJson(CoverageSamples.MinimalJson);
        AssertSameAsWriter(minimal.WriteJson);
    }

    [Fact]
    public void Unions_and_events_holding_them_are_written_raw_as_the_writer_writes_them()
    {
        foreach (var leg in UnionTests.Legs) AssertSameAsWriter(leg.WriteJson);
        foreach (var evt in UnionTests.CorridorEvents) AssertSameAsWriter(evt.WriteJson);
    }

    [Fact]
    public void Random_strings_are_escaped_as_the_writer_escapes_them()
    {
        var random = new Random(20261206);
        for (var i = 0; i < RandomCases; i++)
        {
            var text = RandomString(random);
            var expected = WriterOutput(writer => writer.WriteStringValue(text));
            var raw = RawOutput((ref JsonRawWriter raw) => raw.String(text), out var written);
            if (!written)
            {
                Assert.True(HasLoneSurrogate(text), $"Not written raw: {Escape(text)}");
                continue;
            }
            Assert.True(expected == raw, $"{Escape(text)}: writer {expected}, raw {raw}");
        }
    }

    [Fact]
    public void Every_single_character_is_escaped_as_the_writer_escapes_it()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c)) continue;
            var text = "a" + (char)c + "b";
            Assert.Equal(WriterOutput(writer => writer.WriteStringValue(text)), RawOutput((ref JsonRawWriter raw) => raw.String(text), out _));
        }
    }

    [Fact]
    public void Random_numbers_and_dates_are_formatted_as_the_writer_formats_them()
    {
        var random = new Random(17);
        for (var i = 0; i < RandomCases; i++)
        {
            var bits = random.NextInt64();
            var number = BitConverter.Int64BitsToDouble(bits);
            if (double.IsFinite(number)) AssertSame(writer => writer.WriteNumberValue(number), (ref JsonRawWriter raw) => raw.Number(number));
            var ordinary = Math.Round(random.NextDouble() * 1e6, random.Next(0, 8)) * (random.Next(2) == 0 ? -1 : 1);
            AssertSame(writer => writer.WriteNumberValue(ordinary), (ref JsonRawWriter raw) => raw.Number(ordinary));
            AssertSame(writer => writer.WriteNumberValue(bits), (ref JsonRawWriter raw) => raw.Number(bits));
            AssertSame(writer => writer.WriteNumberValue((int)bits), (ref JsonRawWriter raw) => raw.Number((int)bits));
            var amount = new decimal(random.Next(), random.Next(), random.Next(), random.Next(2) == 0, (byte)random.Next(0, 29));
            AssertSame(writer => writer.WriteNumberValue(amount), (ref JsonRawWriter raw) => raw.Number(amount));
            var ticks = random.NextInt64(DateTime.MinValue.Ticks + TimeSpan.TicksPerDay, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay);
            if (random.Next(3) == 0) ticks -= ticks % TimeSpan.TicksPerSecond;
            var moment = new DateTimeOffset(ticks, TimeSpan.FromMinutes(random.Next(-14 * 60, 14 * 60 + 1)));
            AssertSame(writer => writer.WriteStringValue(moment), (ref JsonRawWriter raw) => raw.String(moment));
            var id = new Guid(BitConverter.GetBytes(bits).Concat(BitConverter.GetBytes(random.NextInt64())).ToArray());
            AssertSame(writer => writer.WriteStringValue(id), (ref JsonRawWriter raw) => raw.String(id));
        }
        var edges = new List<double> { 0d, -0d, double.Epsilon, double.MaxValue, double.MinValue, 1e21, 1e-7, 0.1, 0.3, 0.1 + 0.2, 123456789012345680, 229.4, 15_234.875, 0.97 };
        for (var exponent = -8; exponent <= 17; exponent++)
        {
            var power = Math.Pow(10, exponent);
            edges.AddRange([power, -power, power * 0.99999, power * 1.00001, Math.BitDecrement(power), Math.BitIncrement(power), 1.5 * power, 1.2345678 * power]);
        }
        for (var exponent = -20; exponent <= 60; exponent++)
        {
            var power = Math.Pow(2, exponent);
            edges.AddRange([power, Math.BitDecrement(power), Math.BitIncrement(power), power + 0.1, power - 0.001]);
        }
        for (var i = 0; i < RandomCases; i++)
        {
            // Short decimals of every scale, where the shortcut applies, and their neighbours, where it must not.
            var shortDecimal = random.NextInt64(1, 1L << 52) / Math.Pow(10, random.Next(0, 12));
            edges.AddRange([shortDecimal, Math.BitIncrement(shortDecimal), Math.BitDecrement(shortDecimal)]);
        }
        foreach (var edge in edges)
        {
            AssertSame(writer => writer.WriteNumberValue(edge), (ref JsonRawWriter raw) => raw.Number(edge));
        }
        foreach (var day in new[] { DateTime.MinValue, DateTime.MaxValue, new DateTime(2024, 2, 29, 23, 59, 59) })
        {
            AssertSame(writer => writer.WriteStringValue(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), (ref JsonRawWriter raw) => raw.String(day));
            var date = DateOnly.FromDateTime(day);
            AssertSame(writer => writer.WriteStringValue(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), (ref JsonRawWriter raw) => raw.String(date));
        }
        var moments = new List<DateTimeOffset> { DateTimeOffset.MinValue, DateTimeOffset.MaxValue, DateTimeOffset.UnixEpoch };
        foreach (var offset in new[] { -14 * 60, -9 * 60 - 30, -1, 0, 1, 5 * 60 + 45, 14 * 60 })
        {
            foreach (var fraction in new[] { 0L, 1, 10, 1_000_000, 1_234_567, 9_999_999 })
            {
                moments.Add(new DateTimeOffset(new DateTime(2026, 12, 31, 23, 59, 59).AddTicks(fraction), TimeSpan.FromMinutes(offset)));
                moments.Add(new DateTimeOffset(new DateTime(1, 1, 2).AddTicks(fraction), TimeSpan.FromMinutes(offset)));
            }
        }
        foreach (var moment in moments)
        {
            AssertSame(writer => writer.WriteStringValue(moment), (ref JsonRawWriter raw) => raw.String(moment));
        }
        Assert.False(RawOutputWritten((ref JsonRawWriter raw) => raw.Number(double.NaN)));
        Assert.False(RawOutputWritten((ref JsonRawWriter raw) => raw.Number(double.PositiveInfinity)));
    }

    [Fact]
    public void Writers_whose_options_change_the_output_are_written_through()
    {
        var full = CoverageSamples.Full;
        var plain = WriterOutput(full.WriteJson);
        var relaxed = Output(full.WriteJson, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.NotEqual(plain, relaxed);
        Assert.Contains("\"Baku \\\"quoted\\\" \\\\ é", relaxed, StringComparison.Ordinal);
        Assert.Contains("\n  \"text\"", Output(full.WriteJson, new JsonWriterOptions { Indented = true }), StringComparison.Ordinal);
        Assert.False(JsonRawWriter.TryStart(new Utf8JsonWriter(new ArrayBufferWriter<byte>(), new JsonWriterOptions { Indented = true }), out _));
    }

    [Fact]
    public void Values_the_writer_handles_itself_fall_back_to_it()
    {
        // A lone surrogate: the writer's own behaviour applies, whatever it is.
        var evt = CoverageSamples.Full with { Text = "half \ud83d pair" };
        Assert.Equal(
            Record.Exception(() => Output(evt.WriteJson, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))?.GetType(),
            Record.Exception(() => Output(evt.WriteJson, default))?.GetType());

        // Nesting past the writer's depth limit fails as the writer fails.
        Assert.Throws<InvalidOperationException>(() => Output(CoverageSamples.Full.WriteJson, new JsonWriterOptions { MaxDepth = 2 }));
        Assert.StartsWith("{", Output(CoverageSamples.Full.WriteJson, new JsonWriterOptions { MaxDepth = 4 }), StringComparison.Ordinal);

        // A non-finite double is refused by the writer, not written raw.
        var nan = CoverageSamples.Full with { Ratio = double.NaN };
        Assert.Throws<ArgumentException>(() => Output(nan.WriteJson, default));
    }

    private static void AssertSameAsWriter(Action<Utf8JsonWriter> write)
    {
        // An explicit encoder keeps every generated writer on the Utf8JsonWriter path; the default options take the raw one.
        var throughWriter = Output(write, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default });
        var raw = Output(write, default);
        Assert.Equal(throughWriter, raw);
        // Also as a nested value after other content, where the writer adds the separator.
        Assert.Equal(
            Output(writer => { writer.WriteStartArray(); writer.WriteNumberValue(1); write(writer); writer.WriteEndArray(); }, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }),
            Output(writer => { writer.WriteStartArray(); writer.WriteNumberValue(1); write(writer); writer.WriteEndArray(); }, default));
    }

    private delegate bool RawWrite(ref JsonRawWriter raw);

    private delegate void RawWriteVoid(ref JsonRawWriter raw);

    private static void AssertSame(Action<Utf8JsonWriter> write, RawWriteVoid rawWrite)
        => Assert.Equal(WriterOutput(write), RawOutput((ref JsonRawWriter raw) => { rawWrite(ref raw); return true; }, out _));

    private static void AssertSame(Action<Utf8JsonWriter> write, RawWrite rawWrite)
        => Assert.Equal(WriterOutput(write), RawOutput(rawWrite, out _));

    private static bool RawOutputWritten(RawWrite rawWrite)
    {
        RawOutput(rawWrite, out var written);
        return written;
    }

    private static string RawOutput(RawWrite rawWrite, out bool written)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Assert.True(JsonRawWriter.TryStart(writer, out var raw));
            written = rawWrite(ref raw);
            if (written) raw.Complete(writer);
            else raw.Abandon();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string WriterOutput(Action<Utf8JsonWriter> write) => Output(write, default);

    private static string Output(Action<Utf8JsonWriter> write, JsonWriterOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options)) write(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // Mostly printable ASCII, with runs of every class the encoder treats differently mixed in.
    private static string RandomString(Random random)
    {
        var length = random.Next(0, 80);
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            switch (random.Next(10))
            {
                case < 5: text.Append((char)random.Next(0x20, 0x7F)); break;
                case 5: text.Append((char)random.Next(0, 0x20)); break;
                case 6: text.Append("\"\\<>&'+`/\u007f"[random.Next(10)]); break;
                case 7: text.Append((char)random.Next(0x80, 0xD800)); break;
                case 8: text.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000))); break;
                default:
                    text.Append(random.Next(50) == 0 ? (char)random.Next(0xD800, 0xE000) : (char)random.Next(0xE000, 0x10000));
                    break;
            }
        }
        return text.ToString();
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < 0x7F && c >= 0x20 ? c.ToString() : $"\\u{(int)c:X4}"));
}
