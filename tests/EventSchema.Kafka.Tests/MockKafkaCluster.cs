using System.Text.RegularExpressions;
using Confluent.Kafka;

namespace EventSchema.Kafka.Tests;

/// <summary>
/// librdkafka's mock cluster: three brokers speaking the Kafka protocol on loopback ports, owned by one client
/// created with <c>test.mock.num.brokers</c>. librdkafka announces the brokers' addresses in a log line when it
/// starts the cluster; every other client connects to them as to a real cluster.
/// </summary>
public sealed partial class MockKafkaCluster : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private readonly IAdminClient _owner;
    private int _topicCounter;

    public MockKafkaCluster()
    {
        string? bootstrap = null;
        using var announced = new ManualResetEventSlim();
        var config = new AdminClientConfig { BootstrapServers = "placeholder:9092" };
        config.Set("test.mock.num.brokers", "3");
        _owner = new AdminClientBuilder(config)
            .SetLogHandler((_, message) =>
            {
                var match = BootstrapAnnouncement().Match(message.Message);
                if (match.Success)
                {
                    bootstrap = match.Groups[1].Value;
                    announced.Set();
                }
            })
            .Build();
        if (!announced.Wait(StartTimeout) || bootstrap is null)
        {
            _owner.Dispose();
            throw new InvalidOperationException("librdkafka's mock cluster did not announce its bootstrap servers.");
        }
        BootstrapServers = bootstrap;
    }

    /// <summary>The mock brokers' addresses, <c>127.0.0.1:port,…</c>.</summary>
    public string BootstrapServers { get; }

    /// <summary>
    /// A fresh topic name. The mock cluster creates a topic, with four partitions, when a client first asks for its
    /// metadata (it answers CreateTopics requests without a controller, so the admin API cannot create one).
    /// </summary>
    public string NewTopic(string prefix) => $"{prefix}-{Interlocked.Increment(ref _topicCounter)}-{Guid.NewGuid():N}";

    public ProducerConfig ProducerConfig(bool idempotent = true) => new()
    {
        BootstrapServers = BootstrapServers,
        EnableIdempotence = idempotent,
        Acks = Acks.All,
        LingerMs = 1,
        MessageTimeoutMs = 20_000,
    };

    public ConsumerConfig ConsumerConfig(string group) => new()
    {
        BootstrapServers = BootstrapServers,
        GroupId = group,
        AutoOffsetReset = AutoOffsetReset.Earliest,
        EnableAutoCommit = true,
        SessionTimeoutMs = 6_000,
        HeartbeatIntervalMs = 500,
        MaxPollIntervalMs = 30_000,
        FetchWaitMaxMs = 50,
        TopicMetadataRefreshIntervalMs = 1_000,
    };

    public void Dispose() => _owner.Dispose();

    [GeneratedRegex(@"replaced with ([0-9.:,]+)")]
    private static partial Regex BootstrapAnnouncement();
}

/// <summary>One mock cluster for every test of the collection: it takes a second to start.</summary>
[CollectionDefinition(Name)]
public sealed class KafkaCollection : ICollectionFixture<MockKafkaCluster>
{
    public const string Name = "Kafka mock cluster";
}
