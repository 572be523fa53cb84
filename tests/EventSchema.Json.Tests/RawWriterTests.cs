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
/// writer is compact with the default encoder: the bytes must be exactly those the writer writes itself, string escaping
/// included, and what the writer refuses must fail with its exception. Other writers get every call.
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
            var raw = RawOutput((ref JsonRawWriter raw) => raw.String(text));
            Assert.True(expected == raw, $"{Escape(text)}: writer {expected}, raw {raw}");
        }
    }

    [Fact]
    public void Every_single_character_is_escaped_as_the_writer_escapes_it()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            // Surrogates included: alone, the writer replaces them.
            var text = "a" + (char)c + "b";
            Assert.Equal(WriterOutput(writer => writer.WriteStringValue(text)), RawOutput((ref JsonRawWriter raw) => raw.String(text)));
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
        foreach (var refused in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            var expected = Assert.ThrowsAny<ArgumentException>(() => WriterOutput(writer => writer.WriteNumberValue(refused)));
            var actual = Assert.ThrowsAny<ArgumentException>(() => RawOutput((ref JsonRawWriter raw) => raw.Number(refused)));
            Assert.Equal(expected.GetType(), actual.GetType());
            Assert.Equal(expected.Message, actual.Message);
        }
    }

    [Fact]
    public void Writers_whose_options_change_the_output_get_every_call()
    {
        var full = CoverageSamples.Full;
        var plain = WriterOutput(full.WriteJson);
        var relaxed = Output(full.WriteJson, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.NotEqual(plain, relaxed);
        Assert.Contains("\"Baku \\\"quoted\\\" \\\\ é", relaxed, StringComparison.Ordinal);
        Assert.Contains("\n  \"text\"", Output(full.WriteJson, new JsonWriterOptions { Indented = true }), StringComparison.Ordinal);
    }

    [Fact]
    public void Long_strings_are_escaped_in_pieces_as_the_writer_escapes_them()
    {
        var random = new Random(5);
        foreach (var length in new[] { 16 * 1024 - 1, 16 * 1024, 16 * 1024 + 1, 40_000, 600_000 })
        {
            var text = new StringBuilder(length);
            while (text.Length < length)
            {
                switch (random.Next(6))
                {
                    case 0: text.Append("😀"); break;
                    case 1: text.Append('\ud83d'); break;
                    case 2: text.Append("é\"<\n"); break;
                    default: text.Append((char)random.Next('a', 'z' + 1)); break;
                }
            }
            // A pair straddling the piece boundary must stay a pair.
            text[16 * 1024 - 1] = '\ud83d';
            if (text.Length > 16 * 1024) text[16 * 1024] = '\ude00';
            var value = text.ToString();
            Assert.Equal(WriterOutput(writer => writer.WriteStringValue(value)), RawOutput((ref JsonRawWriter raw) => raw.String(value)));
        }
    }

    [Fact]
    public void Objects_larger_than_the_kept_buffer_are_written_as_the_writer_writes_them()
    {
        var big = CoverageSamples.Full with
        {
            Text = new string('x', 3 * 1024 * 1024) + "é",
            Leaves = Enumerable.Range(0, 20_000).Select(i => new Leaf { Label = "leaf " + i, Weight = i / 7.0 }).ToList(),
        };
        AssertSameAsWriter(big.WriteJson);
        // Into a stream, through the writer's own buffer, and twice in a row so the buffer let go is not reused.
        var viaStream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(viaStream)) { writer.WriteStartArray(); big.WriteJson(writer); big.WriteJson(writer); writer.WriteEndArray(); }
        var expected = Output(writer => { writer.WriteStartArray(); big.WriteJson(writer); big.WriteJson(writer); writer.WriteEndArray(); }, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default });
        Assert.Equal(expected, Encoding.UTF8.GetString(viaStream.ToArray()));
    }

    [Fact]
    public void Values_the_writer_refuses_fail_with_its_own_exception()
    {
        // Nesting past the writer's depth limit: the refusal the writer gives at that depth, wherever the value starts.
        foreach (var (maxDepth, startDepth) in new[] { (1, 0), (2, 0), (2, 1), (3, 2), (3, 1) })
        {
            var options = new JsonWriterOptions { MaxDepth = maxDepth };
            var expected = Assert.Throws<InvalidOperationException>(() => Output(writer => { for (var i = 0; i <= maxDepth; i++) writer.WriteStartArray(); }, options));
            var actual = Assert.Throws<InvalidOperationException>(() => Output(writer =>
            {
                for (var i = 0; i < startDepth; i++) writer.WriteStartArray();
                CoverageSamples.Full.WriteJson(writer);
            }, options));
            Assert.Equal(expected.Message, actual.Message);
        }
        Assert.StartsWith("{", Output(CoverageSamples.Full.WriteJson, new JsonWriterOptions { MaxDepth = 3 }), StringComparison.Ordinal);

        // A non-finite double.
        var nan = CoverageSamples.Full with { Ratio = double.NaN };
        var writerRefusal = Assert.Throws<ArgumentException>(() => WriterOutput(writer => writer.WriteNumberValue(double.NaN)));
        Assert.Equal(writerRefusal.Message, Assert.Throws<ArgumentException>(() => Output(nan.WriteJson, default)).Message);
        Assert.Equal(writerRefusal.Message, Assert.Throws<ArgumentException>(() => Output(nan.WriteJson, new JsonWriterOptions { Indented = true })).Message);
    }

    private static void AssertSameAsWriter(Action<Utf8JsonWriter> write)
    {
        // An explicit encoder makes every call go to the writer; the default options buffer the object.
        var throughWriter = Output(write, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default });
        var raw = Output(write, default);
        Assert.Equal(throughWriter, raw);
        // Also as a nested value after other content, where the writer adds the separator.
        Assert.Equal(
            Output(writer => { writer.WriteStartArray(); writer.WriteNumberValue(1); write(writer); writer.WriteEndArray(); }, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }),
            Output(writer => { writer.WriteStartArray(); writer.WriteNumberValue(1); write(writer); writer.WriteEndArray(); }, default));
    }

    private delegate void RawWrite(ref JsonRawWriter raw);

    private static void AssertSame(Action<Utf8JsonWriter> write, RawWrite rawWrite)
        => Assert.Equal(WriterOutput(write), RawOutput(rawWrite));

    private static string RawOutput(RawWrite rawWrite)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            var raw = JsonRawWriter.Start(writer);
            rawWrite(ref raw);
            raw.Complete();
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

    private static string Escape(string text) => string.Concat(text.Select(c => c < 0x7F && c >= 0x20 ? c.ToString() : $"\\u{(int)c:X4}"));
}
