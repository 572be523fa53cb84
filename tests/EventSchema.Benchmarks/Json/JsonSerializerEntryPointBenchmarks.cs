using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EventSchema.Generated;

namespace EventSchema.Benchmarks.Json;

/// <summary>
/// The plain <c>JsonSerializer</c> entry points, with <c>JsonTypeInfo</c> from <c>GeneratedJson</c> against the same
/// values through System.Text.Json's source generator (the baseline, on its fast path), for the seed event and seven
/// other shapes: writing into a reused <see cref="Utf8JsonWriter"/>, and reading from UTF-8 bytes. The direct
/// <c>WriteJson</c> is measured beside them, to show what the converter path costs.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Json", "JsonSerializer")]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonSerializerEntryPointBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Utf8JsonWriter _writer = null!;
    private Shape _shape = null!;

    /// <summary>Which event: the seed event, or one of the shapes of <c>Json/Schemas/shapes.eventschema</c>.</summary>
    [Params("Seed", "PositionReported", "MeterRead", "FlightRescheduled", "AlertRaised", "StockCounted", "OrderShipped", "NoteAdded")]
    public string Event { get; set; } = "Seed";

    [GlobalSetup]
    public void Setup()
    {
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });
        _shape = Event switch
        {
            "Seed" => Shape.Of(JsonBenchmarkData.Event(0), GeneratedJson.CredentialsPresented, JsonBenchmarkData.Plain(JsonBenchmarkData.Event(0)), PlainJsonContext.Default.PlainCredentialsPresented, (w, v) => v.WriteJson(w)),
            "PositionReported" => Shape.Of(ShapeData.PositionReported, GeneratedJson.PositionReported, ShapeData.PlainPositionReported, ShapesJsonContext.Default.PlainPositionReported, (w, v) => v.WriteJson(w)),
            "MeterRead" => Shape.Of(ShapeData.MeterRead, GeneratedJson.MeterRead, ShapeData.PlainMeterRead, ShapesJsonContext.Default.PlainMeterRead, (w, v) => v.WriteJson(w)),
            "FlightRescheduled" => Shape.Of(ShapeData.FlightRescheduled, GeneratedJson.FlightRescheduled, ShapeData.PlainFlightRescheduled, ShapesJsonContext.Default.PlainFlightRescheduled, (w, v) => v.WriteJson(w)),
            "AlertRaised" => Shape.Of(ShapeData.AlertRaised, GeneratedJson.AlertRaised, ShapeData.PlainAlertRaised, ShapesJsonContext.Default.PlainAlertRaised, (w, v) => v.WriteJson(w)),
            "StockCounted" => Shape.Of(ShapeData.StockCounted, GeneratedJson.StockCounted, ShapeData.PlainStockCounted, ShapesJsonContext.Default.PlainStockCounted, (w, v) => v.WriteJson(w)),
            "OrderShipped" => Shape.Of(ShapeData.OrderShipped, GeneratedJson.OrderShipped, ShapeData.PlainOrderShipped, ShapesJsonContext.Default.PlainOrderShipped, (w, v) => v.WriteJson(w)),
            "NoteAdded" => Shape.Of(ShapeData.NoteAdded, GeneratedJson.NoteAdded, ShapeData.PlainNoteAdded, ShapesJsonContext.Default.PlainNoteAdded, (w, v) => v.WriteJson(w)),
            _ => throw new ArgumentOutOfRangeException(nameof(Event), Event, "Unknown event shape."),
        };
        _shape.Check();
    }

    private Utf8JsonWriter Writer()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        return _writer;
    }

    [Benchmark(Baseline = true, Description = "STJ source generator: Serialize")]
    [BenchmarkCategory("Serialize")]
    public int SerializeSourceGenerated()
    {
        _shape.SerializePlain(Writer());
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "EventSchema GeneratedJson: Serialize")]
    [BenchmarkCategory("Serialize")]
    public int SerializeGenerated()
    {
        _shape.SerializeGenerated(Writer());
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "EventSchema WriteJson (direct)")]
    [BenchmarkCategory("Serialize")]
    public int WriteJsonDirect()
    {
        var writer = Writer();
        _shape.WriteDirect(writer);
        writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark(Baseline = true, Description = "STJ source generator: Deserialize")]
    [BenchmarkCategory("Deserialize")]
    public object? DeserializeSourceGenerated() => _shape.DeserializePlain();

    [Benchmark(Description = "EventSchema GeneratedJson: Deserialize")]
    [BenchmarkCategory("Deserialize")]
    public object? DeserializeGenerated() => _shape.DeserializeGenerated();

    // Two floors no reader of this payload can go below, for the misses in docs/performance.md: what JsonSerializer costs
    // when its converter only skips the value, and what Utf8JsonReader costs to read every token and nothing more.
    [Benchmark(Description = "Floor: JsonSerializer, converter skips the value")]
    [BenchmarkCategory("Deserialize")]
    public object? DeserializeSkipping() => _shape.DeserializeSkipping();

    [Benchmark(Description = "Floor: Utf8JsonReader reads every token")]
    [BenchmarkCategory("Deserialize")]
    public int ReadTokens() => _shape.ReadTokens();

    /// <summary>One shape's values, metadata and payloads, behind non-generic calls so every benchmark pays the same dispatch.</summary>
    private abstract class Shape
    {
        public static Shape Of<TGenerated, TPlain>(TGenerated generated, JsonTypeInfo<TGenerated> generatedInfo, TPlain plain, JsonTypeInfo<TPlain> plainInfo, Action<Utf8JsonWriter, TGenerated> writeDirect)
            where TGenerated : notnull
            => new Typed<TGenerated, TPlain>(generated, generatedInfo, plain, plainInfo, writeDirect);

        public abstract void SerializePlain(Utf8JsonWriter writer);
        public abstract void SerializeGenerated(Utf8JsonWriter writer);
        public abstract void WriteDirect(Utf8JsonWriter writer);
        public abstract object? DeserializePlain();
        public abstract object? DeserializeGenerated();
        public abstract object? DeserializeSkipping();
        public abstract int ReadTokens();
        public abstract void Check();
    }

    private sealed class Typed<TGenerated, TPlain>(TGenerated generated, JsonTypeInfo<TGenerated> generatedInfo, TPlain plain, JsonTypeInfo<TPlain> plainInfo, Action<Utf8JsonWriter, TGenerated> writeDirect)
        : Shape where TGenerated : notnull
    {
        private readonly byte[] _generatedJson = JsonSerializer.SerializeToUtf8Bytes(generated, generatedInfo);
        private readonly byte[] _plainJson = JsonSerializer.SerializeToUtf8Bytes(plain, plainInfo);

        public override void SerializePlain(Utf8JsonWriter writer) => JsonSerializer.Serialize(writer, plain, plainInfo);
        public override void SerializeGenerated(Utf8JsonWriter writer) => JsonSerializer.Serialize(writer, generated, generatedInfo);
        public override void WriteDirect(Utf8JsonWriter writer) => writeDirect(writer, generated);
        public override object? DeserializePlain() => JsonSerializer.Deserialize(_plainJson, plainInfo);
        public override object? DeserializeGenerated() => JsonSerializer.Deserialize(_generatedJson, generatedInfo);
        public override object? DeserializeSkipping() => JsonSerializer.Deserialize(_generatedJson, _skippingInfo);

        public override int ReadTokens()
        {
            var reader = new Utf8JsonReader(_generatedJson);
            var tokens = 0;
            while (reader.Read()) tokens++;
            return tokens;
        }

        private readonly JsonTypeInfo<TGenerated> _skippingInfo = JsonMetadataServices.CreateValueInfo<TGenerated>(new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine() }, new SkippingConverter<TGenerated>());

        // Both sides must carry the same payload, or the comparison means nothing: the generated reader reads
        // what System.Text.Json wrote, and the two payloads are equal as JSON.
        public override void Check()
        {
            TGenerated fromPlain = JsonSerializer.Deserialize(_plainJson, generatedInfo)!;
            if (!fromPlain.Equals(generated)) throw new InvalidOperationException($"{typeof(TGenerated).Name}: the generated reader read the baseline's payload as a different value.");
            if (!System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(_plainJson), System.Text.Json.Nodes.JsonNode.Parse(_generatedJson)))
            {
                throw new InvalidOperationException($"{typeof(TGenerated).Name}: the payloads differ.{Environment.NewLine}{System.Text.Encoding.UTF8.GetString(_plainJson)}{Environment.NewLine}{System.Text.Encoding.UTF8.GetString(_generatedJson)}");
            }
        }
    }

    /// <summary>A converter that skips the value and makes nothing: JsonSerializer's own cost, with the tokens read.</summary>
    private sealed class SkippingConverter<T> : System.Text.Json.Serialization.JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            reader.Skip();
            return default!;
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => throw new NotSupportedException();
    }
}
