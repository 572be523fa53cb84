using System.Text.RegularExpressions;
using Confluent.Kafka;

namespace DiplomaticEvents.Kafka;

/// <summary>
/// Where the example's Kafka is: the cluster named by <c>KAFKA_BOOTSTRAP_SERVERS</c>, or else librdkafka's mock
/// cluster, started in this process by a client created with <c>test.mock.num.brokers</c>. librdkafka announces the
/// mock brokers' addresses in a log line; every other client then connects to them as to a real cluster.
/// </summary>
internal sealed partial class LocalCluster : IDisposable
{
    private readonly IAdminClient? _mockOwner;

    public LocalCluster()
    {
        var configured = Environment.GetEnvironmentVariable("KAFKA_BOOTSTRAP_SERVERS");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            BootstrapServers = configured;
            Description = $"the cluster at {configured}";
            return;
        }

        string? announced = null;
        using var started = new ManualResetEventSlim();
        var config = new AdminClientConfig { BootstrapServers = "unused:9092" };
        config.Set("test.mock.num.brokers", "3");
        _mockOwner = new AdminClientBuilder(config)
            .SetLogHandler((_, message) =>
            {
                var match = Announcement().Match(message.Message);
                if (!match.Success) return;
                announced = match.Groups[1].Value;
                started.Set();
            })
            .Build();
        if (!started.Wait(TimeSpan.FromSeconds(20)) || announced is null)
        {
            _mockOwner.Dispose();
            throw new InvalidOperationException("librdkafka's mock cluster did not start within 20 s.");
        }
        BootstrapServers = announced;
        Description = $"librdkafka's mock cluster, 3 brokers at {announced} (set KAFKA_BOOTSTRAP_SERVERS to use a real one)";
    }

    public string BootstrapServers { get; }

    public string Description { get; }

    public void Dispose() => _mockOwner?.Dispose();

    [GeneratedRegex(@"replaced with ([0-9.:,]+)")]
    private static partial Regex Announcement();
}
