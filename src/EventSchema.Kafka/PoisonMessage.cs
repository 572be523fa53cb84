using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;

namespace EventSchema.Kafka;

/// <summary>
/// A message that could not be read: where it is (topic, partition, offset), its raw key, value and headers,
/// and why (the reason and the JSON path of the error). <see cref="ToDeadLetterMessage"/> builds the message to
/// park it on a dead-letter topic, so the consumer can carry on.
/// </summary>
public sealed class PoisonMessage
{
    /// <summary>The prefix of the headers a dead-letter message adds.</summary>
    public const string HeaderPrefix = "deadletter.";

    private PoisonMessage(TopicPartitionOffset position, Timestamp timestamp, byte[]? key, byte[]? value, Headers? headers, Exception error)
    {
        Position = position;
        Timestamp = timestamp;
        Key = key;
        Value = value;
        Headers = headers ?? new Headers();
        Error = error;
        var cause = Cause(error);
        if (cause is JsonException json)
        {
            // A syntax error at the top level has a position but no path: it is about the whole value.
            JsonPath = json.Path ?? (json.LineNumber is null ? null : "$");
            LineNumber = json.LineNumber;
            BytePositionInLine = json.BytePositionInLine;
        }
        Reason = Describe(cause);
    }

    /// <summary>Where the message is.</summary>
    public TopicPartitionOffset Position { get; }

    /// <summary>The topic the message was read from.</summary>
    public string Topic => Position.Topic;

    /// <summary>Its partition.</summary>
    public Partition Partition => Position.Partition;

    /// <summary>Its offset.</summary>
    public Offset Offset => Position.Offset;

    /// <summary>The message's timestamp.</summary>
    public Timestamp Timestamp { get; }

    /// <summary>The raw key bytes.</summary>
    public byte[]? Key { get; }

    /// <summary>The raw value bytes.</summary>
    public byte[]? Value { get; }

    /// <summary>The message's headers.</summary>
    public Headers Headers { get; }

    /// <summary>The error, as thrown.</summary>
    public Exception Error { get; }

    /// <summary>What is wrong, from the innermost error that says so.</summary>
    public string Reason { get; }

    /// <summary>The JSON path of the error (<c>$.ambassador.name</c>); null when the error is not about the JSON.</summary>
    public string? JsonPath { get; }

    /// <summary>For a JSON syntax error, the line it is on (zero-based); otherwise null.</summary>
    public long? LineNumber { get; }

    /// <summary>For a JSON syntax error, the byte within its line (zero-based); otherwise null.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>The report of a message whose deserializer failed inside <c>Consume</c>.</summary>
    public static PoisonMessage From(ConsumeException exception)
    {
        if (exception is null) throw new ArgumentNullException(nameof(exception));
        var record = exception.ConsumerRecord
            ?? throw new ArgumentException("The consume exception carries no message: it is not a deserialization failure.", nameof(exception));
        var message = record.Message;
        return new PoisonMessage(record.TopicPartitionOffset, message?.Timestamp ?? default, message?.Key, message?.Value, message?.Headers,
            (Exception?)exception.InnerException ?? exception);
    }

    /// <summary>The report of a raw message that failed later, in the application's own reading or handling.</summary>
    public static PoisonMessage From(ConsumeResult<byte[]?, byte[]?> result, Exception error)
    {
        if (result is null) throw new ArgumentNullException(nameof(result));
        if (error is null) throw new ArgumentNullException(nameof(error));
        var message = result.Message;
        return new PoisonMessage(result.TopicPartitionOffset, message?.Timestamp ?? default, message?.Key, message?.Value, message?.Headers, error);
    }

    /// <summary>
    /// The message to produce to a dead-letter topic: the original key, value and headers, plus
    /// <c>deadletter.topic</c>, <c>.partition</c>, <c>.offset</c>, <c>.timestamp</c> (the original, in Unix
    /// milliseconds), <c>.reason</c>, <c>.path</c> (when known), <c>.line</c> and <c>.byte</c> (for a JSON syntax error)
    /// and <c>.exception</c> (the error's type, or its nearest public base type) headers.
    /// </summary>
    public Message<byte[]?, byte[]?> ToDeadLetterMessage()
    {
        var headers = new Headers();
        foreach (var header in Headers)
        {
            if (!header.Key.StartsWith(HeaderPrefix, StringComparison.Ordinal)) headers.Add(header.Key, header.GetValueBytes());
        }
        Add(headers, "topic", Topic);
        Add(headers, "partition", Partition.Value.ToString(CultureInfo.InvariantCulture));
        Add(headers, "offset", Offset.Value.ToString(CultureInfo.InvariantCulture));
        if (Timestamp.Type != TimestampType.NotAvailable) Add(headers, "timestamp", Timestamp.UnixTimestampMs.ToString(CultureInfo.InvariantCulture));
        Add(headers, "reason", Reason);
        if (JsonPath is not null) Add(headers, "path", JsonPath);
        if (LineNumber is { } line) Add(headers, "line", line.ToString(CultureInfo.InvariantCulture));
        if (BytePositionInLine is { } position) Add(headers, "byte", position.ToString(CultureInfo.InvariantCulture));
        Add(headers, "exception", PublicTypeName(Cause(Error).GetType()));
        // The dead letter gets its own timestamp, so the dead-letter topic's retention counts from when it was parked.
        return new Message<byte[]?, byte[]?> { Key = Key, Value = Value, Headers = headers };
    }

    /// <inheritdoc />
    public override string ToString()
        => $"{Topic} [{Partition.Value}] @{Offset.Value}: {Reason}{Where()}, {Value?.Length ?? 0} byte(s)";

    private string Where()
    {
        if (JsonPath is null) return string.Empty;
        if (LineNumber is not { } line) return " (at " + JsonPath + ")";
        return string.Format(CultureInfo.InvariantCulture, " (at {0}, line {1}, byte {2})", JsonPath, line, BytePositionInLine ?? 0);
    }

    // System.Text.Json throws its own internal subclass for syntax errors; a reader of the header can only act on a public type.
    private static string PublicTypeName(Type type)
    {
        var current = type;
        while (!current.IsVisible && current.BaseType is { } baseType) current = baseType;
        return current.FullName ?? current.Name;
    }

    private static void Add(Headers headers, string name, string value) => headers.Add(HeaderPrefix + name, Encoding.UTF8.GetBytes(value));

    private static Exception Cause(Exception error)
    {
        // Kafka wraps the deserializer's exception; the innermost JsonException holds the path.
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is JsonException) return current;
        }
        return error is ConsumeException { InnerException: { } inner } ? inner : error;
    }

    private static string Describe(Exception error)
    {
        var message = error.Message;
        if (error is not JsonException json) return message;
        // The runtime's messages end with " Path: $.x.", the reader's with " LineNumber: 0 | BytePositionInLine: 5.":
        // both have properties of their own.
        if (json.Path is { } path) message = WithoutSuffix(message, " Path: " + path + ".");
        if (json.LineNumber is { } line)
        {
            message = WithoutSuffix(message, string.Format(CultureInfo.InvariantCulture, " LineNumber: {0} | BytePositionInLine: {1}.", line, json.BytePositionInLine ?? 0));
        }
        return message;
    }

    private static string WithoutSuffix(string text, string suffix)
        => text.EndsWith(suffix, StringComparison.Ordinal) ? text.Substring(0, text.Length - suffix.Length) : text;
}
