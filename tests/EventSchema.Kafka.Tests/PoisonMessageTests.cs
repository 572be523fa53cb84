using System.Text;
using System.Text.Json;
using Confluent.Kafka;

namespace EventSchema.Kafka.Tests;

/// <summary>Poison-message reports and dead-letter messages built from a raw record, without a broker.</summary>
public sealed class PoisonMessageTests
{
    private static ConsumeResult<byte[]?, byte[]?> Record(byte[]? value, Headers headers) => new()
    {
        TopicPartitionOffset = new TopicPartitionOffset("orders", new Partition(2), new Offset(41)),
        Message = new Message<byte[]?, byte[]?> { Key = "k"u8.ToArray(), Value = value, Headers = headers, Timestamp = new Timestamp(1_745_000_000_000, TimestampType.CreateTime) },
    };

    [Fact]
    public void A_handling_failure_is_reported_with_its_position_and_kept_whole_in_the_dead_letter()
    {
        var value = "{\"broken\":"u8.ToArray();
        var headers = new Headers { { "ce_id", "x"u8.ToArray() }, { "deadletter.reason", "an older failure"u8.ToArray() } };
        var report = PoisonMessage.From(Record(value, headers), new InvalidOperationException("The order service refused it."));

        Assert.Equal(("orders", 2, 41L), (report.Topic, report.Partition.Value, report.Offset.Value));
        Assert.Null(report.JsonPath);
        Assert.Equal("The order service refused it.", report.Reason);
        Assert.Equal("orders [2] @41: The order service refused it., 10 byte(s)", report.ToString());

        var letter = report.ToDeadLetterMessage();
        Assert.Equal(value, letter.Value);
        Assert.Equal("k"u8.ToArray(), letter.Key);
        string Header(string name) => Encoding.UTF8.GetString(letter.Headers.GetLastBytes(name));
        Assert.Equal(TimestampType.NotAvailable, letter.Timestamp.Type); // the producer stamps it when it is parked
        Assert.Equal("1745000000000", Header("deadletter.timestamp"));
        Assert.Equal("x", Header("ce_id"));
        // The new failure replaces an earlier dead-letter record rather than piling up beside it.
        Assert.Equal("The order service refused it.", Header("deadletter.reason"));
        Assert.Single(letter.Headers, h => h.Key == "deadletter.reason");
        Assert.False(letter.Headers.TryGetLastBytes("deadletter.path", out _));
        Assert.Equal("System.InvalidOperationException", Header("deadletter.exception"));
    }

    [Fact]
    public void A_json_failure_reports_its_path_and_a_reason_without_the_path_suffix()
    {
        var error = new JsonException("Property 'occurredOn': The value 'x' is not a valid date (yyyy-MM-dd). Path: $.occurredOn.", "$.occurredOn", null, null);
        var report = PoisonMessage.From(Record(null, new Headers()), new ConsumeException(new ConsumeResult<byte[], byte[]>(), ErrorCode.Local_ValueDeserialization, error));
        Assert.Equal("$.occurredOn", report.JsonPath);
        Assert.Equal("Property 'occurredOn': The value 'x' is not a valid date (yyyy-MM-dd).", report.Reason);
        Assert.Null(report.LineNumber);
    }

    [Theory]
    [InlineData("not json", "$", 0, 1, "'not json' is an invalid JSON literal. Expected the literal 'null'.")]
    [InlineData("{\"ambassador\":\n }", "$.ambassador", 1, 1, "Property 'ambassador': '}' is an invalid start of a value.")]
    public void A_syntax_error_reports_where_it_is_and_the_public_type_of_its_exception(string json, string path, long line, long position, string reason)
    {
        var error = Assert.ThrowsAny<JsonException>(() => Diplomacy.CredentialsPresented.FromJson(json));
        var report = PoisonMessage.From(Record(Encoding.UTF8.GetBytes(json), new Headers()), new ConsumeException(new ConsumeResult<byte[], byte[]>(), ErrorCode.Local_ValueDeserialization, error));

        Assert.Equal((path, line, position), (report.JsonPath, report.LineNumber, report.BytePositionInLine));
        Assert.Equal(reason, report.Reason);
        Assert.EndsWith($"{reason} (at {path}, line {line}, byte {position}), {json.Length} byte(s)", report.ToString(), StringComparison.Ordinal);

        var letter = report.ToDeadLetterMessage();
        string Header(string name) => Encoding.UTF8.GetString(letter.Headers.GetLastBytes(name));
        Assert.Equal(path, Header("deadletter.path"));
        Assert.Equal(line.ToString(System.Globalization.CultureInfo.InvariantCulture), Header("deadletter.line"));
        Assert.Equal(position.ToString(System.Globalization.CultureInfo.InvariantCulture), Header("deadletter.byte"));
        Assert.Equal("System.Text.Json.JsonException", Header("deadletter.exception"));
    }
}
