using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Diplomacy;

namespace EventSchema.Benchmarks.Json;

/// <summary>
/// Serializing the seed event <c>CredentialsPresented</c>, and a list of 100, into a reused buffer through a reused
/// <see cref="Utf8JsonWriter"/>: generated code against System.Text.Json's source generator (the baseline, on its fast
/// path), its reflection serializer, Newtonsoft.Json and hand-written writer code.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Json")]
public class JsonSerializeBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    private static readonly global::Newtonsoft.Json.JsonSerializerSettings NewtonsoftSettings = new()
    {
        ContractResolver = new global::Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver(),
        NullValueHandling = global::Newtonsoft.Json.NullValueHandling.Ignore,
        DateFormatString = "yyyy-MM-dd",
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Utf8JsonWriter _writer = null!;
    private CredentialsPresented _event = null!;
    private PlainCredentialsPresented _plain = null!;
    private CredentialsPresented[] _events = null!;
    private List<PlainCredentialsPresented> _plainEvents = null!;

    /// <summary>One event, or a list of 100.</summary>
    [Params(1, JsonBenchmarkData.ListSize)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _writer = new Utf8JsonWriter(_buffer);
        _event = JsonBenchmarkData.Event(0);
        _plain = JsonBenchmarkData.Plain(_event);
        _events = [.. Enumerable.Range(0, Events).Select(JsonBenchmarkData.Event)];
        _plainEvents = [.. _events.Select(JsonBenchmarkData.Plain)];
    }

    private Utf8JsonWriter Writer()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        return _writer;
    }

    [Benchmark(Baseline = true, Description = "STJ source generator")]
    public int SystemTextJsonSourceGenerated()
    {
        var writer = Writer();
        if (Events == 1) JsonSerializer.Serialize(writer, _plain, PlainJsonContext.Default.PlainCredentialsPresented);
        else JsonSerializer.Serialize(writer, _plainEvents, PlainJsonContext.Default.ListPlainCredentialsPresented);
        writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "EventSchema generated")]
    public int EventSchemaGenerated()
    {
        var writer = Writer();
        if (Events == 1)
        {
            _event.WriteJson(writer);
        }
        else
        {
            writer.WriteStartArray();
            foreach (var evt in _events) evt.WriteJson(writer);
            writer.WriteEndArray();
        }
        writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "Hand-written Utf8JsonWriter")]
    public int HandWritten()
    {
        var writer = Writer();
        if (Events == 1)
        {
            HandWrittenJson.Write(writer, _event);
        }
        else
        {
            writer.WriteStartArray();
            foreach (var evt in _events) HandWrittenJson.Write(writer, evt);
            writer.WriteEndArray();
        }
        writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "STJ reflection")]
    public int SystemTextJsonReflection()
    {
        var writer = Writer();
        if (Events == 1) JsonSerializer.Serialize(writer, _plain, ReflectionOptions);
        else JsonSerializer.Serialize(writer, _plainEvents, ReflectionOptions);
        writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "Newtonsoft.Json")]
    public int NewtonsoftJson()
        => (Events == 1
            ? global::Newtonsoft.Json.JsonConvert.SerializeObject(_plain, NewtonsoftSettings)
            : global::Newtonsoft.Json.JsonConvert.SerializeObject(_plainEvents, NewtonsoftSettings)).Length;
}
