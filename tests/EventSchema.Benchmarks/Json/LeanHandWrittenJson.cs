using System.Text;
using System.Text.Json;
using Diplomacy;

namespace EventSchema.Benchmarks.Json;

/// <summary>
/// The leanest reader of the seed event's payload that still builds the same objects: names compared with
/// <c>SequenceEqual</c>, short strings through a small cache, the date taken from its digits, and no checks at all (no
/// depth limit, no duplicate, unknown or missing properties, no length limits). A floor for the generated reader, not
/// code to ship: it accepts payloads it should refuse.
/// </summary>
internal static class LeanHandWrittenJson
{
    private const int CacheSlots = 256;
    private const int CachedLength = 32;

    private static readonly string?[] Cache = new string?[CacheSlots];

    public static CredentialsPresented Read(ref Utf8JsonReader reader)
    {
        Official? ambassador = null, receivedBy = null;
        DateOnly occurredOn = default;
        string? place = null;
        Attribution[]? sources = null;
        var conversationHeld = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("ambassador"u8)) ambassador = ReadOfficial(ref reader);
            else if (name.SequenceEqual("receivedBy"u8)) receivedBy = ReadOfficial(ref reader);
            else if (name.SequenceEqual("occurredOn"u8)) occurredOn = Date(reader.ValueSpan);
            else if (name.SequenceEqual("place"u8)) place = String(ref reader);
            else if (name.SequenceEqual("sources"u8)) sources = ReadSources(ref reader);
            else if (name.SequenceEqual("conversationHeld"u8)) conversationHeld = reader.TokenType == JsonTokenType.True;
            else reader.Skip();
        }
        return new CredentialsPresented
        {
            Ambassador = ambassador!,
            ReceivedBy = receivedBy!,
            OccurredOn = occurredOn,
            Place = place,
            Sources = sources!,
            ConversationHeld = conversationHeld,
        };
    }

    private static Official ReadOfficial(ref Utf8JsonReader reader)
    {
        string? name = null, title = null;
        CountryCode? country = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.ValueSpan;
            reader.Read();
            if (property.SequenceEqual("name"u8)) name = String(ref reader);
            else if (property.SequenceEqual("title"u8)) title = String(ref reader);
            else if (property.SequenceEqual("country"u8)) country = CountryCode.From(String(ref reader));
            else reader.Skip();
        }
        return new Official { Name = name!, Title = title, Country = country!.Value };
    }

    private static Attribution[] ReadSources(ref Utf8JsonReader reader)
    {
        var items = new List<Attribution>(1);
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? outlet = null, citing = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.ValueSpan;
                reader.Read();
                if (property.SequenceEqual("outlet"u8)) outlet = String(ref reader);
                else if (property.SequenceEqual("citing"u8)) citing = String(ref reader);
                else reader.Skip();
            }
            items.Add(new Attribution { Outlet = outlet!, Citing = citing });
        }
        return [.. items];
    }

    // yyyy-MM-dd, trusted.
    private static DateOnly Date(ReadOnlySpan<byte> text)
        => new(
            ((text[0] - '0') * 1000) + ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0'),
            ((text[5] - '0') * 10) + (text[6] - '0'),
            ((text[8] - '0') * 10) + (text[9] - '0'));

    // Short unescaped ASCII strings come from a direct-mapped cache, as the generated reader's do; the rest are decoded.
    private static string String(ref Utf8JsonReader reader)
    {
        var utf8 = reader.ValueSpan;
        if (reader.ValueIsEscaped || utf8.Length > CachedLength) return reader.GetString()!;
        var hash = (uint)utf8.Length;
        foreach (var b in utf8) hash = (hash * 31) + b;
        ref var slot = ref Cache[hash % CacheSlots];
        if (slot is { } cached && cached.Length == utf8.Length && Ascii.Equals(utf8, cached)) return cached;
        return slot = Encoding.UTF8.GetString(utf8);
    }
}
