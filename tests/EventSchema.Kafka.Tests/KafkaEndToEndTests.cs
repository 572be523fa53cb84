using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using Diplomacy;
using EventSchema.Generated;
using EventSchema.Json;
using EventSchema.Json.Tests;

namespace EventSchema.Kafka.Tests;

/// <summary>Events through librdkafka's mock cluster with the real Confluent.Kafka producer and consumer.</summary>
[Collection(KafkaCollection.Name)]
public sealed class KafkaEndToEndTests(MockKafkaCluster cluster)
{
    private static readonly EventCatalog Catalog = GeneratedEventCatalog.Instance;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset Time = new(2025, 4, 17, 12, 0, 0, TimeSpan.FromHours(4));
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static EventEnvelope Envelope(string name, IEvent evt, string mode) => new(evt, $"{mode}-{name}", "/newsroom/news.az")
    {
        Time = Time,
        Extensions = new Dictionary<string, object> { ["partitionkey"] = name },
    };

    private IProducer<string?, EventEnvelope?> CloudEventProducer(CloudEventContentMode mode, ProducerConfig? config = null)
        => new ProducerBuilder<string?, EventEnvelope?>(config ?? cluster.ProducerConfig())
            .SetValueSerializer(new CloudEventSerializer(Catalog, mode))
            .Build();

    private IConsumer<string?, EventEnvelope?> CloudEventConsumer(string group, ConsumerConfig? config = null)
        => new ConsumerBuilder<string?, EventEnvelope?>(config ?? cluster.ConsumerConfig(group))
            .SetValueDeserializer(new CloudEventDeserializer(Catalog))
            .SetLogHandler(static (_, _) => { }) // rebalances log expected warnings; the assertions say what matters
            .Build();

    private static List<ConsumeResult<TKey, TValue>> ConsumeAtLeast<TKey, TValue>(IConsumer<TKey, TValue> consumer, int count, TimeSpan? bound = null)
    {
        var results = new List<ConsumeResult<TKey, TValue>>();
        var clock = Stopwatch.StartNew();
        while (results.Count < count && clock.Elapsed < (bound ?? Bound))
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result is not null && !result.IsPartitionEOF) results.Add(result);
        }
        Assert.True(results.Count >= count, $"Received {results.Count} of {count} messages within {(bound ?? Bound).TotalSeconds} s.");
        return results;
    }

    [Fact]
    public async Task Every_seed_event_travels_in_both_modes_on_one_topic_and_comes_back_typed()
    {
        var topic = cluster.NewTopic("seed");
        foreach (var mode in new[] { CloudEventContentMode.Binary, CloudEventContentMode.Structured })
        {
            using var producer = CloudEventProducer(mode);
            foreach (var (name, evt) in SeedEvents.All)
            {
                var report = await producer.ProduceAsync(topic, CloudEventKafka.ToMessage(Envelope(name, evt, mode.ToString())), Cancel);
                Assert.Equal(PersistenceStatus.Persisted, report.Status);
            }
        }

        using var consumer = CloudEventConsumer("seed-" + Guid.NewGuid());
        consumer.Subscribe(topic);
        var results = ConsumeAtLeast(consumer, SeedEvents.All.Count * 2);
        consumer.Close();

        Assert.Equal(SeedEvents.All.Count * 2, results.Select(r => r.Message.Value!.Id).Distinct().Count());
        foreach (var result in results)
        {
            var envelope = result.Message.Value!;
            var (mode, name) = (envelope.Id.Split('-')[0], envelope.Id.Split('-', 2)[1]);
            Assert.Equal(SeedEvents.All[name], envelope.Data);
            Assert.Equal(SeedEvents.All[name].GetType(), envelope.Data.GetType());
            Assert.Equal(Time, envelope.Time);
            Assert.Equal(name, result.Message.Key);
            Assert.Equal(name, envelope.Extensions["partitionkey"]);
            Assert.Equal(mode, CloudEventKafka.GetContentMode(result.Message.Headers).ToString());
        }
        // Several event types on one topic, each message keyed by its partition key so one key keeps its order.
        Assert.Equal(SeedEvents.All.Count, results.Select(r => r.Message.Value!.Type).Distinct().Count());
    }

    [Fact]
    public async Task Typed_serdes_carry_registry_framed_events_through_the_broker()
    {
        using var registry = new InProcessSchemaRegistry();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var ids = new EventSchemaIds(new SchemaRegistryClient(registry.Address, http), Catalog, SubjectNameStrategy.TopicRecord);
        var topic = cluster.NewTopic("typed");
        await ids.RegisterAsync([topic], Cancel);
        ids.TryGetSchemaId(topic, CredentialsPresented.EventType, out var schemaId);

        foreach (var framing in new[] { SchemaIdFraming.Prefix, SchemaIdFraming.Header })
        {
            using var producer = new ProducerBuilder<string, CredentialsPresented?>(cluster.ProducerConfig())
                .SetValueSerializer(new EventSerializer<CredentialsPresented>(Catalog, new EventSerdeOptions { Framing = framing, SchemaIds = ids }))
                .Build();
            await producer.ProduceAsync(topic, new Message<string, CredentialsPresented?> { Key = framing.ToString(), Value = SeedEvents.CredentialsPresented }, Cancel);
        }

        using var raw = new ConsumerBuilder<string, byte[]>(cluster.ConsumerConfig("raw-" + Guid.NewGuid())).Build();
        raw.Subscribe(topic);
        var bytes = ConsumeAtLeast(raw, 2).ToDictionary(r => r.Message.Key);
        raw.Close();
        Assert.Equal(SchemaRegistryFrame.Encode(schemaId), bytes["Prefix"].Message.Value[..5]);
        Assert.Equal(schemaId, SchemaRegistryFrame.ReadHeader(bytes["Header"].Message.Headers));
        Assert.Equal((byte)'{', bytes["Header"].Message.Value[0]);

        using var consumer = new ConsumerBuilder<string, CredentialsPresented?>(cluster.ConsumerConfig("typed-" + Guid.NewGuid()))
            .SetValueDeserializer(new EventDeserializer<CredentialsPresented>(Catalog, new EventSerdeOptions { Json = new EventJsonOptions { ValidateOnRead = true } }))
            .Build();
        consumer.Subscribe(topic);
        var typed = ConsumeAtLeast(consumer, 2);
        consumer.Close();
        Assert.All(typed, r => Assert.Equal(SeedEvents.CredentialsPresented, r.Message.Value));
    }

    [Fact]
    public void A_consumer_group_of_two_splits_the_partitions()
    {
        var topic = cluster.NewTopic("group");
        const int Count = 40;
        using var producer = CloudEventProducer(CloudEventContentMode.Binary);
        void Produce(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                var envelope = new EventEnvelope(SeedEvents.CredentialsPresented, "g-" + i, "/s") { Extensions = new Dictionary<string, object> { ["partitionkey"] = "key-" + i } };
                producer.Produce(topic, CloudEventKafka.ToMessage(envelope));
            }
            Assert.Equal(0, producer.Flush(Bound));
        }
        Produce(0, 1); // the topic exists (with the mock's four partitions) before the members subscribe

        var group = "pair-" + Guid.NewGuid();
        var config = cluster.ConsumerConfig(group);
        config.PartitionAssignmentStrategy = PartitionAssignmentStrategy.RoundRobin;
        using var first = CloudEventConsumer(group, config);
        using var second = CloudEventConsumer(group, config);
        first.Subscribe(topic);
        second.Subscribe(topic);

        var received = new Dictionary<IConsumer<string?, EventEnvelope?>, List<ConsumeResult<string?, EventEnvelope?>>> { [first] = [], [second] = [] };
        var clock = Stopwatch.StartNew();
        void PollBoth()
        {
            // Consumed in turn on one thread: each call also serves its member's heartbeats and rebalances.
            foreach (var member in new[] { first, second })
            {
                if (member.Consume(TimeSpan.FromMilliseconds(100)) is { } result) received[member].Add(result);
            }
        }
        while ((first.Assignment.Count == 0 || second.Assignment.Count == 0) && clock.Elapsed < Bound) PollBoth();
        Assert.True(first.Assignment.Count > 0 && second.Assignment.Count > 0, "The group did not give both members partitions in time.");

        Produce(1, Count);
        while (received.Values.SelectMany(r => r).Select(r => r.Message.Value!.Id).Distinct().Count() < Count && clock.Elapsed < Bound) PollBoth();
        var firstPartitions = first.Assignment.Select(p => p.Partition.Value).ToHashSet();
        var secondPartitions = second.Assignment.Select(p => p.Partition.Value).ToHashSet();
        first.Close();
        second.Close();

        Assert.Equal(Count, received.Values.SelectMany(r => r).Select(r => r.Message.Value!.Id).Distinct().Count());
        Assert.Equal(4, firstPartitions.Count + secondPartitions.Count);
        Assert.Empty(firstPartitions.Intersect(secondPartitions));
        Assert.NotEmpty(received[first]);
        Assert.NotEmpty(received[second]);
        // Each member read only the partitions it was given (g-0 may come before the second member joins).
        Assert.All(received[first].Where(r => r.Message.Value!.Id != "g-0"), r => Assert.Contains(r.Partition.Value, firstPartitions));
        Assert.All(received[second].Where(r => r.Message.Value!.Id != "g-0"), r => Assert.Contains(r.Partition.Value, secondPartitions));
    }

    [Fact]
    public async Task A_transactional_producer_commits_events_that_read_committed_consumers_receive_in_order()
    {
        var topic = cluster.NewTopic("txn");
        var config = cluster.ProducerConfig();
        config.TransactionalId = "txn-" + Guid.NewGuid();
        config.TransactionTimeoutMs = 10_000;
        config.MessageTimeoutMs = 10_000;
        EventEnvelope Event(string id) => new(SeedEvents.GreetingsConveyed, id, "/s") { Extensions = SameKey };
        using (var producer = CloudEventProducer(CloudEventContentMode.Binary, config))
        {
            producer.InitTransactions(Bound);
            producer.BeginTransaction();
            foreach (var i in new[] { 1, 2, 3 }) producer.Produce(topic, CloudEventKafka.ToMessage(Event("committed-" + i)));
            producer.CommitTransaction(Bound);

            // The abort itself goes through; the mock cluster does not report aborted transactions in its fetch
            // answers, so it cannot show a read_committed consumer skipping them (a real broker does: docs/kafka.md).
            producer.BeginTransaction();
            await producer.ProduceAsync(topic, CloudEventKafka.ToMessage(Event("aborted-1")), Cancel);
            producer.AbortTransaction(Bound);

            producer.BeginTransaction();
            producer.Produce(topic, CloudEventKafka.ToMessage(Event("committed-4")));
            producer.CommitTransaction(Bound);
        }

        var consumerConfig = cluster.ConsumerConfig("txn-" + Guid.NewGuid());
        consumerConfig.IsolationLevel = IsolationLevel.ReadCommitted;
        using var consumer = CloudEventConsumer("txn", consumerConfig);
        consumer.Subscribe(topic);
        var ids = ConsumeAtLeast(consumer, 5).Select(r => r.Message.Value!.Id).Where(id => id.StartsWith("committed", StringComparison.Ordinal));
        consumer.Close();
        Assert.Equal(["committed-1", "committed-2", "committed-3", "committed-4"], ids);
    }

    [Fact]
    public async Task A_tombstone_is_a_null_event_under_its_key()
    {
        var topic = cluster.NewTopic("tombstone");
        using (var producer = CloudEventProducer(CloudEventContentMode.Binary))
        {
            var envelope = new EventEnvelope(SeedEvents.CredentialsPresented, "t-1", "/s") { Extensions = new Dictionary<string, object> { ["partitionkey"] = "lu-mei" } };
            await producer.ProduceAsync(topic, CloudEventKafka.ToMessage(envelope), Cancel);
            await producer.ProduceAsync(topic, CloudEventKafka.Tombstone("lu-mei"), Cancel);
        }
        using var consumer = CloudEventConsumer("tombstone-" + Guid.NewGuid());
        consumer.Subscribe(topic);
        var results = ConsumeAtLeast(consumer, 2);
        consumer.Close();

        Assert.All(results, r => Assert.Equal("lu-mei", r.Message.Key));
        Assert.Equal(SeedEvents.CredentialsPresented, results[0].Message.Value!.Data);
        Assert.Null(results[1].Message.Value);
        Assert.Null(CloudEventKafka.WithKey(results[1]));
    }

    private const string StoredAsVersion1 = """{"ambassador":{"name":"Guo Min","country":"CN"},"receivedBy":{"name":"Ilham Aliyev","country":"AZ"},"occurredOn":"2019-03-12","sources":[{"outlet":"AZERTAC"}]}""";

    /// <summary>A binary and a structured CloudEvent of CredentialsPresented as version 1 wrote them, keyed by mode.</summary>
    private async Task<string> ProduceVersion1CloudEvents(string prefix)
    {
        var topic = cluster.NewTopic(prefix);
        using var producer = new ProducerBuilder<string, byte[]>(cluster.ProducerConfig()).Build();
        await producer.ProduceAsync(topic, new Message<string, byte[]>
        {
            Key = "binary",
            Value = Encoding.UTF8.GetBytes(StoredAsVersion1),
            Headers = new Headers
            {
                { "ce_specversion", "1.0"u8.ToArray() },
                { "ce_id", "archive-1"u8.ToArray() },
                { "ce_source", "/archive"u8.ToArray() },
                { "ce_type", "diplomacy.credentials-presented.v1"u8.ToArray() },
                { "content-type", "application/json"u8.ToArray() },
            },
        }, Cancel);
        await producer.ProduceAsync(topic, new Message<string, byte[]>
        {
            Key = "structured",
            Value = Encoding.UTF8.GetBytes($$"""{"specversion":"1.0","id":"archive-2","source":"/archive","type":"diplomacy.credentials-presented.v1","data":{{StoredAsVersion1}}}"""),
            Headers = new Headers { { "content-type", "application/cloudevents+json; charset=UTF-8"u8.ToArray() } },
        }, Cancel);
        return topic;
    }

    [Fact]
    public async Task A_typed_consumer_reads_cloudevents_of_a_past_version_in_both_modes_as_the_current_type()
    {
        var topic = await ProduceVersion1CloudEvents("past-typed");
        using var consumer = new ConsumerBuilder<string, CredentialsPresented?>(cluster.ConsumerConfig("past-typed-" + Guid.NewGuid()))
            .SetValueDeserializer(new EventDeserializer<CredentialsPresented>(Catalog))
            .Build();
        consumer.Subscribe(topic);
        var results = ConsumeAtLeast(consumer, 2);
        consumer.Close();

        Assert.Equal(["binary", "structured"], results.Select(r => r.Message.Key).Order());
        Assert.All(results, r =>
        {
            Assert.Equal("Guo Min", r.Message.Value!.Ambassador.Name);
            Assert.Null(r.Message.Value.GreetingsFrom);
        });
    }

    [Fact]
    public async Task A_cloudevent_consumer_sees_the_past_version_each_message_was_written_in()
    {
        var topic = await ProduceVersion1CloudEvents("past-envelope");
        using var consumer = CloudEventConsumer("past-envelope-" + Guid.NewGuid());
        consumer.Subscribe(topic);
        var results = ConsumeAtLeast(consumer, 2);
        consumer.Close();

        Assert.Equal(["binary", "structured"], results.Select(r => r.Message.Key).Order());
        Assert.All(results, r =>
        {
            Assert.Equal("diplomacy.credentials-presented.v1", r.Message.Value!.ReceivedType);
            Assert.Equal(CredentialsPresented.EventType, r.Message.Value.Type);
            Assert.Equal("Guo Min", Assert.IsType<CredentialsPresented>(r.Message.Value.Data).Ambassador.Name);
        });
    }

    private static readonly Dictionary<string, object> SameKey = new() { ["partitionkey"] = "p" };

    [Fact]
    public async Task A_poison_message_is_dead_lettered_and_the_consumer_carries_on()
    {
        // One key, so the three messages share a partition and keep their order.
        var topic = cluster.NewTopic("orders");
        var deadLetters = cluster.NewTopic("orders-dlq");
        using (var producer = CloudEventProducer(CloudEventContentMode.Binary))
        {
            await producer.ProduceAsync(topic, CloudEventKafka.ToMessage(new EventEnvelope(SeedEvents.CredentialsPresented, "before", "/s") { Extensions = SameKey }), Cancel);
        }
        var poisonValue = Encoding.UTF8.GetBytes(SeedEvents.CredentialsPresented.ToJson().Replace("\"2025-04-17\"", "\"17 April\""));
        using (var raw = new ProducerBuilder<string, byte[]>(cluster.ProducerConfig()).Build())
        {
            var headers = new Headers
            {
                { "ce_specversion", "1.0"u8.ToArray() }, { "ce_id", "poison"u8.ToArray() }, { "ce_source", "/s"u8.ToArray() },
                { "ce_type", Encoding.UTF8.GetBytes(CredentialsPresented.EventType) }, { "content-type", "application/json"u8.ToArray() },
            };
            await raw.ProduceAsync(topic, new Message<string, byte[]> { Key = "p", Value = poisonValue, Headers = headers }, Cancel);
        }
        using (var producer = CloudEventProducer(CloudEventContentMode.Binary))
        {
            await producer.ProduceAsync(topic, CloudEventKafka.ToMessage(new EventEnvelope(SeedEvents.CredentialsPresented, "after", "/s") { Extensions = SameKey }), Cancel);
        }

        var good = new List<string>();
        var poison = new List<PoisonMessage>();
        using (var deadLetterProducer = new ProducerBuilder<byte[]?, byte[]?>(cluster.ProducerConfig()).Build())
        using (var consumer = CloudEventConsumer("orders-" + Guid.NewGuid()))
        {
            consumer.Subscribe(topic);
            var clock = Stopwatch.StartNew();
            while (good.Count + poison.Count < 3 && clock.Elapsed < Bound)
            {
                try
                {
                    if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { } result) good.Add(result.Message.Value!.Id);
                }
                catch (ConsumeException error) when (error.ConsumerRecord is not null)
                {
                    var report = PoisonMessage.From(error);
                    poison.Add(report);
                    await deadLetterProducer.ProduceAsync(deadLetters, report.ToDeadLetterMessage(), Cancel);
                }
            }
            consumer.Close();
        }

        Assert.Equal(["before", "after"], good);
        var parked = Assert.Single(poison);
        Assert.Equal(topic, parked.Topic);
        Assert.Equal(1, parked.Offset.Value);
        Assert.Equal("$.occurredOn", parked.JsonPath);
        Assert.Contains("'17 April' is not a valid date", parked.Reason);
        Assert.Equal(poisonValue, parked.Value);
        Assert.Equal("p"u8.ToArray(), parked.Key);
        Assert.Contains("@1: ", parked.ToString());

        using var dlq = new ConsumerBuilder<string, byte[]>(cluster.ConsumerConfig("dlq-" + Guid.NewGuid())).Build();
        dlq.Subscribe(deadLetters);
        var letter = ConsumeAtLeast(dlq, 1).Single().Message;
        dlq.Close();
        string Header(string name) => Encoding.UTF8.GetString(letter.Headers.GetLastBytes(name));
        Assert.Equal(poisonValue, letter.Value);
        Assert.Equal("p", letter.Key);
        Assert.Equal(topic, Header("deadletter.topic"));
        Assert.Equal(parked.Partition.Value.ToString(), Header("deadletter.partition"));
        Assert.Equal("1", Header("deadletter.offset"));
        Assert.Equal("$.occurredOn", Header("deadletter.path"));
        Assert.Equal("System.Text.Json.JsonException", Header("deadletter.exception"));
        Assert.Equal("poison", Header("ce_id"));
    }

    [Fact]
    public async Task Kcat_reads_our_keys_and_ce_headers_off_the_wire()
    {
        var kcat = new[] { "/usr/bin/kcat", "/usr/local/bin/kcat" }.FirstOrDefault(File.Exists);
        if (kcat is null) Assert.Skip("kcat is not installed (apt-get install kcat).");

        var topic = cluster.NewTopic("wire");
        using (var producer = CloudEventProducer(CloudEventContentMode.Binary))
        {
            var envelope = new EventEnvelope(SeedEvents.CredentialsPresented, "wire-1", "/newsroom/news.az") { Extensions = new Dictionary<string, object> { ["partitionkey"] = "az-cn" } };
            await producer.ProduceAsync(topic, CloudEventKafka.ToMessage(envelope), Cancel);
        }

        var start = new ProcessStartInfo(kcat, ["-C", "-b", cluster.BootstrapServers, "-t", topic, "-o", "beginning", "-e", "-q", "-f", "key=%k\\nheaders=%h\\nvalue=%s\\n"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Cancel);
        if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("kcat did not finish within 20 s.");
        }
        var text = await output;
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("key=az-cn", text);
        Assert.Contains("ce_specversion=1.0", text);
        Assert.Contains("ce_id=wire-1", text);
        Assert.Contains("ce_type=" + CredentialsPresented.EventType, text);
        Assert.Contains("ce_partitionkey=az-cn", text);
        Assert.Contains("content-type=application/json", text);
        Assert.Contains("value=" + SeedEvents.CredentialsPresented.ToJson(), text);
    }
}
