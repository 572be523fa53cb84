// The seed report's events on Kafka: published to one topic as CloudEvents (binary and structured mode), read
// back by a consumer group that gets each one as its generated type, and one broken message dead-lettered.
using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using Diplomacy;
using Diplomacy.News;
using DiplomaticEvents;
using DiplomaticEvents.Kafka;
using EventSchema;
using EventSchema.Generated;
using EventSchema.Json;
using EventSchema.Kafka;

using var cluster = new LocalCluster();
Console.WriteLine($"Kafka: {cluster.Description}");

EventCatalog catalog = GeneratedEventCatalog.Instance;
var topic = "diplomacy.news-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
var deadLetters = topic + ".dead-letters";
var time = new DateTimeOffset(2025, 4, 17, 12, 0, 0, TimeSpan.FromHours(4));

IEvent[] report =
[
    SeedReport.Credentials, SeedReport.Partnership, SeedReport.Cooperation, SeedReport.OneChina, SeedReport.Greetings,
    SeedReport.Regards, SeedReport.Integrity, SeedReport.Legacy, SeedReport.Report,
];

var producerConfig = new ProducerConfig { BootstrapServers = cluster.BootstrapServers, EnableIdempotence = true, Acks = Acks.All, LingerMs = 5 };

// One producer per content mode; both write to the same topic. Every event carries the same partition key, so the
// story stays in order on one partition.
using (var binary = new ProducerBuilder<string?, EventEnvelope?>(producerConfig).SetValueSerializer(new CloudEventSerializer(catalog, CloudEventContentMode.Binary)).Build())
using (var structured = new ProducerBuilder<string?, EventEnvelope?>(producerConfig).SetValueSerializer(new CloudEventSerializer(catalog, CloudEventContentMode.Structured)).Build())
{
    for (var i = 0; i < report.Length; i++)
    {
        var envelope = new EventEnvelope(report[i], id: $"news-az-2025-04-17-{i + 1}", source: "/newsroom/news.az")
        {
            Time = time,
            Extensions = new Dictionary<string, object> { ["partitionkey"] = "baku-2025-04-17" },
        };
        var producer = i % 2 == 0 ? binary : structured;
        await producer.ProduceAsync(topic, CloudEventKafka.ToMessage(envelope));
    }
}

// A message that claims to be an event but whose date is not a date: the consumer will park it and carry on.
using (var raw = new ProducerBuilder<string, byte[]>(producerConfig).Build())
{
    var broken = SeedReport.Credentials.ToJson().Replace("\"2025-04-17\"", "\"the 17th\"");
    var headers = new Headers
    {
        { "ce_specversion", "1.0"u8.ToArray() }, { "ce_id", "news-az-2025-04-17-broken"u8.ToArray() },
        { "ce_source", "/newsroom/news.az"u8.ToArray() }, { "ce_type", Encoding.UTF8.GetBytes(CredentialsPresented.EventType) },
        { "content-type", "application/json"u8.ToArray() },
    };
    await raw.ProduceAsync(topic, new Message<string, byte[]> { Key = "baku-2025-04-17", Value = Encoding.UTF8.GetBytes(broken), Headers = headers });
}

Console.WriteLine($"Published {report.Length} events and one broken message to '{topic}'. Reading them back as group 'newsroom-readers':");
Console.WriteLine();

var consumerConfig = new ConsumerConfig
{
    BootstrapServers = cluster.BootstrapServers,
    GroupId = "newsroom-readers",
    AutoOffsetReset = AutoOffsetReset.Earliest,
    EnableAutoCommit = true,
};
using var deadLetterProducer = new ProducerBuilder<byte[]?, byte[]?>(producerConfig).Build();
using var consumer = new ConsumerBuilder<string?, EventEnvelope?>(consumerConfig)
    .SetValueDeserializer(new CloudEventDeserializer(catalog))
    .Build();
consumer.Subscribe(topic);

var read = 0;
var clock = Stopwatch.StartNew();
while (read < report.Length + 1 && clock.Elapsed < TimeSpan.FromSeconds(30))
{
    try
    {
        var result = consumer.Consume(TimeSpan.FromMilliseconds(250));
        if (result?.Message.Value is not { } envelope) continue;
        read++;
        var mode = CloudEventKafka.GetContentMode(result.Message.Headers);
        Console.WriteLine($"  [{result.Partition.Value}@{result.Offset.Value}] {mode,-10} {Summary(envelope.Data)}");
    }
    catch (ConsumeException error) when (error.ConsumerRecord is not null)
    {
        read++;
        var poison = PoisonMessage.From(error);
        await deadLetterProducer.ProduceAsync(deadLetters, poison.ToDeadLetterMessage());
        Console.WriteLine($"  [{poison.Partition.Value}@{poison.Offset.Value}] dead-lettered to '{deadLetters}': {poison.Reason} (at {poison.JsonPath})");
    }
}
consumer.Close();
Console.WriteLine();
Console.WriteLine(read == report.Length + 1 ? "Every message was read." : $"Only {read} of {report.Length + 1} messages arrived within 30 s.");
return read == report.Length + 1 ? 0 : 1;

// The consumer gets each event as its generated type, dispatched on its CloudEvents type.
static string Summary(IEvent evt) => evt switch
{
    CredentialsPresented e => $"{CredentialsPresented.DisplayName}: {e.Describe()}",
    PartnershipRecalled e => $"{PartnershipRecalled.DisplayName}: {e.Describe()}",
    CooperationHighlighted e => $"{CooperationHighlighted.DisplayName}: {e.Describe()}",
    SupportReaffirmed e => $"{SupportReaffirmed.DisplayName}: {e.Describe()}",
    GreetingsConveyed e => $"{GreetingsConveyed.DisplayName}: {e.Describe()}",
    RegardsConveyed e => $"{RegardsConveyed.DisplayName}: {e.Describe()}",
    IntegritySupportAffirmed e => $"{IntegritySupportAffirmed.DisplayName}: {e.Describe()}",
    LegacyAcknowledged e => $"{LegacyAcknowledged.DisplayName}: {e.Describe()}",
    ReportPublished e => $"{ReportPublished.DisplayName}: {e.Describe()}",
    _ => evt.EventType,
};
