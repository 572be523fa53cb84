using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using Diplomacy;
using EventSchema.Generated;
using EventSchema.Json;
using EventSchema.Json.Tests;

namespace EventSchema.Kafka.Tests;

/// <summary>A topic typed by a union, through librdkafka's mock cluster with the real Confluent.Kafka producer and consumer.</summary>
[Collection(KafkaCollection.Name)]
public sealed class UnionTopicTests(MockKafkaCluster cluster)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_union_topic_reads_every_member_and_CloudEvents_and_dead_letters_an_unknown_discriminator()
    {
        // One key, so every message shares a partition and keeps its order.
        var topic = cluster.NewTopic("day");
        var deadLetters = cluster.NewTopic("day-dlq");
        var day = SeedEvents.All.Values.Select(DiplomaticEvent.FromEvent).ToList();
        using (var producer = new ProducerBuilder<string, DiplomaticEvent?>(cluster.ProducerConfig())
            .SetValueSerializer(new UnionSerializer<DiplomaticEvent>(DiplomaticEvent.UnionInfo))
            .Build())
        {
            foreach (var value in day.Take(4)) await producer.ProduceAsync(topic, new Message<string, DiplomaticEvent?> { Key = "day", Value = value }, Cancel);
        }
        var unknown = Encoding.UTF8.GetBytes("""{"type":"diplomacy.treaty-signed.v1","parties":["AZ","KZ"]}""");
        using (var raw = new ProducerBuilder<string, byte[]>(cluster.ProducerConfig()).Build())
        {
            await raw.ProduceAsync(topic, new Message<string, byte[]> { Key = "day", Value = unknown }, Cancel);
        }
        using (var producer = new ProducerBuilder<string, DiplomaticEvent?>(cluster.ProducerConfig())
            .SetValueSerializer(new UnionSerializer<DiplomaticEvent>(DiplomaticEvent.UnionInfo))
            .Build())
        {
            foreach (var value in day.Skip(4)) await producer.ProduceAsync(topic, new Message<string, DiplomaticEvent?> { Key = "day", Value = value }, Cancel);
        }
        // An event another service publishes as a binary CloudEvent on the same topic.
        using (var producer = new ProducerBuilder<string?, EventEnvelope?>(cluster.ProducerConfig())
            .SetValueSerializer(new CloudEventSerializer(GeneratedEventCatalog.Instance, CloudEventContentMode.Binary))
            .Build())
        {
            var message = CloudEventKafka.ToMessage(new EventEnvelope(SeedEvents.RegardsConveyed, "regards-1", "/newsroom"));
            message.Key = "day";
            await producer.ProduceAsync(topic, message, Cancel);
        }

        var read = new List<DiplomaticEvent>();
        var poison = new List<PoisonMessage>();
        using (var deadLetterProducer = new ProducerBuilder<byte[]?, byte[]?>(cluster.ProducerConfig()).Build())
        using (var consumer = new ConsumerBuilder<string, DiplomaticEvent?>(cluster.ConsumerConfig("day-" + Guid.NewGuid()))
            .SetValueDeserializer(new UnionDeserializer<DiplomaticEvent>(DiplomaticEvent.UnionInfo, GeneratedEventCatalog.Instance))
            .SetLogHandler(static (_, _) => { })
            .Build())
        {
            consumer.Subscribe(topic);
            var clock = Stopwatch.StartNew();
            while (read.Count + poison.Count < day.Count + 2 && clock.Elapsed < Bound)
            {
                try
                {
                    if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { IsPartitionEOF: false } result) read.Add(result.Message.Value!);
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

        Assert.Equal([.. day, DiplomaticEvent.FromEvent(SeedEvents.RegardsConveyed)], read);
        Assert.Equal(read.Select(value => ((IEvent)value.Value).EventType), read.Select(value => value.Discriminator));
        var parked = Assert.Single(poison);
        Assert.Equal(4, parked.Offset.Value);
        Assert.Equal("$.type", parked.JsonPath);
        Assert.Contains("'diplomacy.treaty-signed.v1'", parked.Reason, StringComparison.Ordinal);
        Assert.Contains("'" + CredentialsPresented.EventType + "'", parked.Reason, StringComparison.Ordinal);

        using var dlq = new ConsumerBuilder<string, byte[]>(cluster.ConsumerConfig("day-dlq-" + Guid.NewGuid())).Build();
        dlq.Subscribe(deadLetters);
        Message<string, byte[]>? letter = null;
        var wait = Stopwatch.StartNew();
        while (letter is null && wait.Elapsed < Bound)
        {
            if (dlq.Consume(TimeSpan.FromMilliseconds(200)) is { IsPartitionEOF: false } result) letter = result.Message;
        }
        dlq.Close();
        Assert.NotNull(letter);
        Assert.Equal(unknown, letter.Value);
        Assert.Equal("$.type", Encoding.UTF8.GetString(letter.Headers.GetLastBytes("deadletter.path")));
    }
}
