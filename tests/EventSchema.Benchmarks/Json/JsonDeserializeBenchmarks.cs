using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Diplomacy;

namespace EventSchema.Benchmarks.Json;

/// <summary>
/// Reading the seed event <c>CredentialsPresented</c>, and a list of 100, from UTF-8 JSON: generated code (strict,
/// with limits) against System.Text.Json's source generator (the baseline), its reflection serializer,
/// Newtonsoft.Json and hand-written reader code.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Json")]
public class JsonDeserializeBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    private static readonly global::Newtonsoft.Json.JsonSerializerSettings NewtonsoftSettings = new()
    {
        ContractResolver = new global::Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver(),
    };

    private byte[] _utf8 = null!;
    private string _text = null!;

    /// <summary>One event, or a list of 100.</summary>
    [Params(1, JsonBenchmarkData.ListSize)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var events = Enumerable.Range(0, Events).Select(JsonBenchmarkData.Event).ToList();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            if (Events == 1)
            {
                events[0].WriteJson(writer);
            }
            else
            {
                writer.WriteStartArray();
                foreach (var evt in events) evt.WriteJson(writer);
                writer.WriteEndArray();
            }
        }
        _utf8 = stream.ToArray();
        _text = System.Text.Encoding.UTF8.GetString(_utf8);
        if (Events == 1 && !CredentialsPresented.FromJson(_utf8).Equals(events[0])) throw new InvalidOperationException("The generated reader does not round-trip.");
        if (Events == 1)
        {
            var reader = new Utf8JsonReader(_utf8);
            reader.Read();
            if (!LeanHandWrittenJson.Read(ref reader).Equals(events[0])) throw new InvalidOperationException("The lean hand-written reader does not round-trip.");
        }
    }

    [Benchmark(Baseline = true, Description = "STJ source generator")]
    public object SystemTextJsonSourceGenerated()
        => Events == 1
            ? JsonSerializer.Deserialize(_utf8, PlainJsonContext.Default.PlainCredentialsPresented)!
            : JsonSerializer.Deserialize(_utf8, PlainJsonContext.Default.ListPlainCredentialsPresented)!;

    [Benchmark(Description = "EventSchema generated")]
    public object EventSchemaGenerated()
    {
        if (Events == 1) return CredentialsPresented.FromJson(_utf8);
        var reader = new Utf8JsonReader(_utf8);
        reader.Read();
        var list = new List<CredentialsPresented>(Events);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(CredentialsPresented.ReadJson(ref reader));
        return list;
    }

    [Benchmark(Description = "Hand-written Utf8JsonReader")]
    public object HandWritten()
    {
        var reader = new Utf8JsonReader(_utf8);
        reader.Read();
        if (Events == 1) return HandWrittenJson.Read(ref reader);
        var list = new List<CredentialsPresented>(Events);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(HandWrittenJson.Read(ref reader));
        return list;
    }

    /// <summary>The leanest reader that builds the same objects, with no checks: a floor for the generated reader.</summary>
    [Benchmark(Description = "Hand-written, no checks (floor)")]
    public object LeanHandWritten()
    {
        var reader = new Utf8JsonReader(_utf8);
        reader.Read();
        if (Events == 1) return LeanHandWrittenJson.Read(ref reader);
        var list = new List<CredentialsPresented>(Events);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(LeanHandWrittenJson.Read(ref reader));
        return list;
    }

    /// <summary>
    /// The floor under every reader built on <see cref="Utf8JsonReader"/>: walking the tokens and copying out
    /// each string, with no object built and nothing checked.
    /// </summary>
    [Benchmark(Description = "Utf8JsonReader tokens + strings (floor)")]
    public int TokensAndStrings()
    {
        var reader = new Utf8JsonReader(_utf8);
        var count = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String) count += reader.GetString()!.Length;
        }
        return count;
    }

    /// <summary>Walking the tokens alone.</summary>
    [Benchmark(Description = "Utf8JsonReader tokens only")]
    public int TokensOnly()
    {
        var reader = new Utf8JsonReader(_utf8);
        var count = 0;
        while (reader.Read()) count++;
        return count;
    }

    [Benchmark(Description = "STJ reflection")]
    public object SystemTextJsonReflection()
        => Events == 1
            ? JsonSerializer.Deserialize<PlainCredentialsPresented>(_utf8, ReflectionOptions)!
            : JsonSerializer.Deserialize<List<PlainCredentialsPresented>>(_utf8, ReflectionOptions)!;

    [Benchmark(Description = "Newtonsoft.Json")]
    public object NewtonsoftJson()
        => Events == 1
            ? global::Newtonsoft.Json.JsonConvert.DeserializeObject<PlainCredentialsPresented>(_text, NewtonsoftSettings)!
            : global::Newtonsoft.Json.JsonConvert.DeserializeObject<List<PlainCredentialsPresented>>(_text, NewtonsoftSettings)!;
}
