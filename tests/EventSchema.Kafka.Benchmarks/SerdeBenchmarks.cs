using BenchmarkDotNet.Attributes;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using Diplomacy;
using EventSchema.Generated;
using EventSchema.Json;
using EventSchema.Kafka.Tests;

namespace EventSchema.Kafka.Benchmarks;

/// <summary>
/// One <c>CredentialsPresented</c> event per operation, written and read as a framed Kafka value (magic byte and
/// schema id, then JSON) by our serdes and by Confluent's JSON serdes, both with their schema ids registered first.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SerdeBenchmarks
{
    private static readonly CredentialsPresented Event = new()
    {
        Ambassador = new Official { Name = "Lu Mei", Title = "Ambassador", Country = CountryCode.From("CN") },
        ReceivedBy = new Official { Name = "Ilham Aliyev", Title = "President", Country = CountryCode.From("AZ") },
        OccurredOn = new DateOnly(2025, 4, 17),
        Place = "Baku",
        Sources = [new Attribution { Outlet = "News.Az", Citing = "AZERTAC" }],
    };

    private readonly ConfluentCredentials _poco = ConfluentCredentials.Seed;
    private InProcessSchemaRegistry _registry = null!;
    private CachedSchemaRegistryClient _confluentRegistry = null!;
    private EventSerializer<CredentialsPresented> _ours = null!;
    private EventDeserializer<CredentialsPresented> _ourReader = null!;
    private EventDeserializer<CredentialsPresented> _ourValidatingReader = null!;
    private JsonSerializer<ConfluentCredentials> _theirs = null!;
    private JsonDeserializer<ConfluentCredentials> _theirReader = null!;
    private JsonDeserializer<ConfluentCredentials> _theirValidatingReader = null!;
    private SerializationContext _context;
    private byte[] _ourBytes = null!;
    private byte[] _theirBytes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _registry = new InProcessSchemaRegistry();
        _context = new SerializationContext(MessageComponentType.Value, "diplomacy", new Headers());
        var ids = new EventSchemaIds(new SchemaRegistryClient(_registry.Address), GeneratedEventCatalog.Instance, SubjectNameStrategy.Topic);
        ids.RegisterAsync(["diplomacy"]).GetAwaiter().GetResult();
        _ours = new EventSerializer<CredentialsPresented>(GeneratedEventCatalog.Instance, new EventSerdeOptions { Framing = SchemaIdFraming.Prefix, SchemaIds = ids });
        _ourReader = new EventDeserializer<CredentialsPresented>(GeneratedEventCatalog.Instance);
        _ourValidatingReader = new EventDeserializer<CredentialsPresented>(GeneratedEventCatalog.Instance, new EventSerdeOptions { Json = new EventJsonOptions { ValidateOnRead = true } });

        _confluentRegistry = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = _registry.Address.AbsoluteUri.TrimEnd('/') });
        _theirs = new JsonSerializer<ConfluentCredentials>(_confluentRegistry);
        _theirReader = new JsonDeserializer<ConfluentCredentials>();
        _theirValidatingReader = new JsonDeserializer<ConfluentCredentials>(_confluentRegistry);

        _ourBytes = _ours.Serialize(Event, _context);
        _theirBytes = _theirs.SerializeAsync(_poco, new SerializationContext(MessageComponentType.Value, "confluent", new Headers())).GetAwaiter().GetResult();
        _theirValidatingReader.DeserializeAsync(_theirBytes, false, _context).GetAwaiter().GetResult();
        Console.WriteLine($"// Message sizes: ours {_ourBytes.Length} bytes, Confluent's {_theirBytes.Length} bytes (both with the 5-byte frame).");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _confluentRegistry.Dispose();
        _registry.Dispose();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Serialize")]
    public byte[] Confluent_serialize() => _theirs.SerializeAsync(_poco, _context).GetAwaiter().GetResult();

    [Benchmark]
    [BenchmarkCategory("Serialize")]
    public byte[] EventSchema_serialize_validated() => _ours.Serialize(Event, _context);

    [Benchmark]
    [BenchmarkCategory("Deserialize")]
    public ConfluentCredentials Confluent_deserialize() => _theirReader.DeserializeAsync(_theirBytes, false, _context).GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Deserialize")]
    public ConfluentCredentials Confluent_deserialize_validated() => _theirValidatingReader.DeserializeAsync(_theirBytes, false, _context).GetAwaiter().GetResult();

    [Benchmark]
    [BenchmarkCategory("Deserialize")]
    public CredentialsPresented? EventSchema_deserialize() => _ourReader.Deserialize(_ourBytes, false, _context);

    [Benchmark]
    [BenchmarkCategory("Deserialize")]
    public CredentialsPresented? EventSchema_deserialize_validated() => _ourValidatingReader.Deserialize(_ourBytes, false, _context);
}
