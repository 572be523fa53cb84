using Confluent.Kafka;

namespace EventSchema.Kafka.Tests;

[Collection(KafkaCollection.Name)]
public sealed class ClusterSmokeTests(MockKafkaCluster cluster)
{
    [Fact]
    public async Task A_message_goes_round_the_mock_cluster()
    {
        var topic = cluster.NewTopic("smoke");
        using (var producer = new ProducerBuilder<string, string>(cluster.ProducerConfig()).Build())
        {
            await producer.ProduceAsync(topic, new Message<string, string> { Key = "k", Value = "v" }, TestContext.Current.CancellationToken);
        }
        using var consumer = new ConsumerBuilder<string, string>(cluster.ConsumerConfig("smoke-" + Guid.NewGuid())).Build();
        consumer.Subscribe(topic);
        var result = consumer.Consume(TimeSpan.FromSeconds(20));
        Assert.NotNull(result);
        Assert.Equal("v", result.Message.Value);
        consumer.Close();
    }
}
