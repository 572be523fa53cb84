using System.Diagnostics;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Confluent.Kafka;
using Confluent.Kafka.SyncOverAsync;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using Diplomacy;
using EventSchema.Generated;
using EventSchema.Kafka.Tests;

namespace EventSchema.Kafka.Benchmarks;

/// <summary>
/// Messages through librdkafka's mock cluster: each operation produces a batch of events and consumes it back,
/// with our serdes and with Confluent's JSON serdes. The reported time is per message.
/// </summary>
[MemoryDiagnoser]
public partial class ThroughputBenchmarks
{
    private const int Batch = 1_000;
    private static readonly CredentialsPresented Event = new()
    {
        Ambassador = new Official { Name = "Lu Mei", Title = "Ambassador", Country = CountryCode.From("CN") },
        ReceivedBy = new Official { Name = "Ilham Aliyev", Title = "President", Country = CountryCode.From("AZ") },
        OccurredOn = new DateOnly(2025, 4, 17),
        Place = "Baku",
        Sources = [new Attribution { Outlet = "News.Az", Citing = "AZERTAC" }],
    };

    private IAdminClient _mockOwner = null!;
    private InProcessSchemaRegistry _registry = null!;
    private CachedSchemaRegistryClient _confluentRegistry = null!;
    private IProducer<Null, CredentialsPresented?> _ourProducer = null!;
    private IConsumer<Ignore, CredentialsPresented?> _ourConsumer = null!;
    private IProducer<Null, ConfluentCredentials> _theirProducer = null!;
    private IConsumer<Ignore, ConfluentCredentials> _theirConsumer = null!;
    private readonly ConfluentCredentials _poco = ConfluentCredentials.Seed;

    [GlobalSetup]
    public void Setup()
    {
        var bootstrap = StartMockCluster();
        _registry = new InProcessSchemaRegistry();
        var ids = new EventSchemaIds(new SchemaRegistryClient(_registry.Address), GeneratedEventCatalog.Instance, SubjectNameStrategy.Topic);
        ids.RegisterAsync(["ours"]).GetAwaiter().GetResult();
        _confluentRegistry = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = _registry.Address.AbsoluteUri.TrimEnd('/') });

        var producerConfig = new ProducerConfig { BootstrapServers = bootstrap, Acks = Acks.All, EnableIdempotence = true, LingerMs = 5 };
        ConsumerConfig ConsumerConfig(string group) => new()
        {
            BootstrapServers = bootstrap,
            GroupId = group,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            FetchWaitMaxMs = 10,
        };

        _ourProducer = new ProducerBuilder<Null, CredentialsPresented?>(producerConfig)
            .SetValueSerializer(new EventSerializer<CredentialsPresented>(GeneratedEventCatalog.Instance, new EventSerdeOptions { Framing = SchemaIdFraming.Prefix, SchemaIds = ids }))
            .Build();
        _ourConsumer = new ConsumerBuilder<Ignore, CredentialsPresented?>(ConsumerConfig("ours"))
            .SetValueDeserializer(new EventDeserializer<CredentialsPresented>(GeneratedEventCatalog.Instance))
            .Build();
        _theirProducer = new ProducerBuilder<Null, ConfluentCredentials>(producerConfig)
            .SetValueSerializer(new JsonSerializer<ConfluentCredentials>(_confluentRegistry))
            .Build();
        _theirConsumer = new ConsumerBuilder<Ignore, ConfluentCredentials>(ConsumerConfig("theirs"))
            .SetValueDeserializer(new JsonDeserializer<ConfluentCredentials>(_confluentRegistry).AsSyncOverAsync())
            .Build();

        // Create both topics and join both groups before measuring.
        Ours();
        Theirs();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _ourConsumer.Close();
        _theirConsumer.Close();
        foreach (var client in new IDisposable[] { _ourConsumer, _theirConsumer, _ourProducer, _theirProducer, _confluentRegistry, _registry, _mockOwner }) client.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public int Confluent_produce_and_consume()
    {
        var sends = new Task[Batch];
        for (var i = 0; i < Batch; i++) sends[i] = _theirProducer.ProduceAsync("theirs", new Message<Null, ConfluentCredentials> { Value = _poco });
        Task.WaitAll(sends);
        if (_theirConsumer.Subscription.Count == 0) _theirConsumer.Subscribe("theirs");
        return Drain(_theirConsumer);
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int EventSchema_produce_and_consume()
    {
        var sends = new Task[Batch];
        for (var i = 0; i < Batch; i++) sends[i] = _ourProducer.ProduceAsync("ours", new Message<Null, CredentialsPresented?> { Value = Event });
        Task.WaitAll(sends);
        if (_ourConsumer.Subscription.Count == 0) _ourConsumer.Subscribe("ours");
        return Drain(_ourConsumer);
    }

    private void Ours() => EventSchema_produce_and_consume();

    private void Theirs() => Confluent_produce_and_consume();

    private static int Drain<TValue>(IConsumer<Ignore, TValue> consumer)
    {
        var received = 0;
        var clock = Stopwatch.StartNew();
        while (received < Batch)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"Only {received} of {Batch} messages arrived within 60 s.");
            if (consumer.Consume(TimeSpan.FromMilliseconds(100)) is { Message.Value: not null }) received++;
        }
        return received;
    }

    private string StartMockCluster()
    {
        string? bootstrap = null;
        using var announced = new ManualResetEventSlim();
        var config = new AdminClientConfig { BootstrapServers = "unused:9092" };
        config.Set("test.mock.num.brokers", "1");
        _mockOwner = new AdminClientBuilder(config)
            .SetLogHandler((_, message) =>
            {
                var match = Announcement().Match(message.Message);
                if (!match.Success) return;
                bootstrap = match.Groups[1].Value;
                announced.Set();
            })
            .Build();
        if (!announced.Wait(TimeSpan.FromSeconds(20)) || bootstrap is null) throw new InvalidOperationException("The mock cluster did not start.");
        return bootstrap;
    }

    [GeneratedRegex(@"replaced with ([0-9.:,]+)")]
    private static partial Regex Announcement();
}
