using System;
using System.Collections.Generic;

namespace EventSchema.Json;

/// <summary>
/// An event with the CloudEvents 1.0 context attributes that carry it between systems: <c>id</c>, <c>source</c>,
/// <c>type</c> (the event's own type string), <c>time</c>, <c>subject</c>, <c>dataschema</c> and extensions.
/// <see cref="EventCatalog"/> writes and reads it as structured-mode JSON.
/// </summary>
public sealed class EventEnvelope
{
    /// <summary>The CloudEvents version written and accepted.</summary>
    public const string CloudEventsSpecVersion = "1.0";

    /// <summary>The content type of <see cref="Data"/>, always JSON.</summary>
    public const string JsonContentType = "application/json";

    private static readonly IReadOnlyDictionary<string, object> NoExtensions = new Dictionary<string, object>();

    /// <summary>Wraps <paramref name="data"/>.</summary>
    /// <param name="data">The event.</param>
    /// <param name="id">Identifies the event; unique within <paramref name="source"/>.</param>
    /// <param name="source">A URI reference naming the context that produced the event, such as <c>/newsroom/azertac</c>.</param>
    public EventEnvelope(IEvent data, string id, string source)
    {
        Data = data ?? throw new ArgumentNullException(nameof(data));
        Id = string.IsNullOrEmpty(id) ? throw new ArgumentException("A CloudEvent needs a non-empty id.", nameof(id)) : id;
        Source = string.IsNullOrEmpty(source) ? throw new ArgumentException("A CloudEvent needs a non-empty source.", nameof(source)) : source;
    }

    /// <summary>The event carried.</summary>
    public IEvent Data { get; }

    /// <summary>The CloudEvents <c>id</c>.</summary>
    public string Id { get; }

    /// <summary>The CloudEvents <c>source</c>, a URI reference.</summary>
    public string Source { get; }

    /// <summary>
    /// The CloudEvents <c>type</c>: the event's <see cref="IEvent.EventType"/>, the current version's type string, which is
    /// what writing this envelope sends. For the type string a read envelope arrived with, see <see cref="ReceivedType"/>.
    /// </summary>
    public string Type => Data.EventType;

    /// <summary>
    /// The CloudEvents <c>type</c> as it was received, for an envelope read from a message: the type string of the version
    /// the producer wrote, such as <c>diplomacy.credentials-presented.v1</c> for an event read and upcast into today's
    /// type (whose <see cref="Type"/> is <c>….v3</c>). Null for an envelope made in code, and when the reader did not say.
    /// </summary>
    public string? ReceivedType { get; init; }

    /// <summary>The CloudEvents <c>time</c>: when the occurrence happened; null to leave it out.</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>
    /// Whether <paramref name="text"/> can be a CloudEvents <c>dataschema</c>: an absolute URI, with a scheme (RFC 3986:
    /// a letter, then letters, digits, '+', '-' or '.') and a colon first, which <see cref="Uri"/> alone does not require
    /// on Unix, where it takes "/a/b" for a file path. The readers of every mode refuse any other, as the CloudEvents SDK does.
    /// </summary>
    public static bool IsValidDataSchema(string? text)
    {
        if (text is null) return false;
        var colon = text.IndexOf(':');
        if (colon < 1 || !(text[0] is >= 'a' and <= 'z' or >= 'A' and <= 'Z')) return false;
        for (var i = 1; i < colon; i++)
        {
            if (!(text[i] is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '+' or '-' or '.')) return false;
        }
        return Uri.TryCreate(text, UriKind.Absolute, out _);
    }

    /// <summary>
    /// Reads a CloudEvents <c>time</c> from its text, as a binary-mode header carries it, exactly as a structured event's
    /// <c>time</c> is read: RFC 3339 with its offset (<c>Z</c> or <c>±hh:mm</c>), so a text without one is refused rather
    /// than taken in the local time zone, and no other date format passes.
    /// </summary>
    /// <returns>false when <paramref name="text"/> is not such a timestamp.</returns>
    public static bool TryParseTime(string? text, out DateTimeOffset time)
    {
        time = default;
        Span<byte> ascii = stackalloc byte[IsoFormats.MaxDateTimeLength];
        return IsoFormats.TryCopyAscii(text, ascii, out int length) && IsoFormats.TryParseDateTime(ascii.Slice(0, length), out time);
    }

    /// <summary>The CloudEvents <c>subject</c>; null to leave it out.</summary>
    public string? Subject { get; init; }

    /// <summary>The CloudEvents <c>dataschema</c>, a URI of the schema <see cref="Data"/> follows; null to leave it out.</summary>
    public string? DataSchema { get; init; }

    /// <summary>Extension attributes: lower-case alphanumeric names to string, int or bool values.</summary>
    public IReadOnlyDictionary<string, object> Extensions { get; init; } = NoExtensions;

    /// <summary>An envelope for <paramref name="data"/> with a new random id and the current time.</summary>
    public static EventEnvelope Create(IEvent data, string source)
        => new(data, Guid.NewGuid().ToString(), source) { Time = DateTimeOffset.UtcNow };

    /// <inheritdoc />
    public override string ToString() => $"{Type} {Id} from {Source}";
}
