using System.Globalization;
using System.Text.Json;
using Diplomacy;

namespace EventSchema.Benchmarks.Json;

/// <summary>
/// <c>CredentialsPresented</c> written and read by hand with <see cref="Utf8JsonWriter"/> and <see cref="Utf8JsonReader"/>:
/// the practical limit for the generated code. Same wire format; checks only what it must to build the object.
/// </summary>
internal static class HandWrittenJson
{
    private static readonly JsonEncodedText Ambassador = JsonEncodedText.Encode("ambassador");
    private static readonly JsonEncodedText ReceivedBy = JsonEncodedText.Encode("receivedBy");
    private static readonly JsonEncodedText OccurredOn = JsonEncodedText.Encode("occurredOn");
    private static readonly JsonEncodedText Place = JsonEncodedText.Encode("place");
    private static readonly JsonEncodedText Sources = JsonEncodedText.Encode("sources");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");
    private static readonly JsonEncodedText Outlet = JsonEncodedText.Encode("outlet");
    private static readonly JsonEncodedText Citing = JsonEncodedText.Encode("citing");
    private static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");

    public static void Write(Utf8JsonWriter writer, CredentialsPresented value)
    {
        writer.WriteStartObject();
        WriteOfficial(writer, Ambassador, value.Ambassador);
        WriteOfficial(writer, ReceivedBy, value.ReceivedBy);
        Span<byte> date = stackalloc byte[10];
        value.OccurredOn.TryFormat(date, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteString(OccurredOn, date[..written]);
        if (value.Place is not null) writer.WriteString(Place, value.Place);
        writer.WriteStartArray(Sources);
        var sources = value.Sources;
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            writer.WriteStartObject();
            writer.WriteString(Outlet, source.Outlet);
            if (source.Citing is not null) writer.WriteString(Citing, source.Citing);
            if (source.Url is not null) writer.WriteString(Url, source.Url.OriginalString);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteOfficial(Utf8JsonWriter writer, JsonEncodedText property, Official value)
    {
        writer.WriteStartObject(property);
        writer.WriteString(Name, value.Name);
        if (value.Title is not null) writer.WriteString(Title, value.Title);
        writer.WriteString(Country, value.Country.Value);
        writer.WriteEndObject();
    }

    public static CredentialsPresented Read(ref Utf8JsonReader reader)
    {
        Official? ambassador = null, receivedBy = null;
        DateOnly occurredOn = default;
        string? place = null;
        Attribution[]? sources = null;
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(Ambassador.EncodedUtf8Bytes)) { reader.Read(); ambassador = ReadOfficial(ref reader); }
            else if (reader.ValueTextEquals(ReceivedBy.EncodedUtf8Bytes)) { reader.Read(); receivedBy = ReadOfficial(ref reader); }
            else if (reader.ValueTextEquals(OccurredOn.EncodedUtf8Bytes))
            {
                reader.Read();
                occurredOn = DateOnly.ParseExact(reader.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else if (reader.ValueTextEquals(Place.EncodedUtf8Bytes)) { reader.Read(); place = reader.GetString(); }
            else if (reader.ValueTextEquals(Sources.EncodedUtf8Bytes)) { reader.Read(); sources = ReadSources(ref reader); }
            else { reader.Read(); reader.Skip(); }
        }
        return new CredentialsPresented
        {
            Ambassador = ambassador ?? throw new JsonException("ambassador is required."),
            ReceivedBy = receivedBy ?? throw new JsonException("receivedBy is required."),
            OccurredOn = occurredOn,
            Place = place,
            Sources = sources ?? throw new JsonException("sources is required."),
        };
    }

    private static Official ReadOfficial(ref Utf8JsonReader reader)
    {
        string? name = null, title = null, country = null;
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(Name.EncodedUtf8Bytes)) { reader.Read(); name = reader.GetString(); }
            else if (reader.ValueTextEquals(Title.EncodedUtf8Bytes)) { reader.Read(); title = reader.GetString(); }
            else if (reader.ValueTextEquals(Country.EncodedUtf8Bytes)) { reader.Read(); country = reader.GetString(); }
            else { reader.Read(); reader.Skip(); }
        }
        return new Official
        {
            Name = name ?? throw new JsonException("name is required."),
            Title = title,
            Country = CountryCode.From(country ?? throw new JsonException("country is required.")),
        };
    }

    private static Attribution[] ReadSources(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var items = new List<Attribution>(1);
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? outlet = null, citing = null;
            Uri? url = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals(Outlet.EncodedUtf8Bytes)) { reader.Read(); outlet = reader.GetString(); }
                else if (reader.ValueTextEquals(Citing.EncodedUtf8Bytes)) { reader.Read(); citing = reader.GetString(); }
                else if (reader.ValueTextEquals(Url.EncodedUtf8Bytes)) { reader.Read(); url = new Uri(reader.GetString()!, UriKind.RelativeOrAbsolute); }
                else { reader.Read(); reader.Skip(); }
            }
            items.Add(new Attribution { Outlet = outlet ?? throw new JsonException("outlet is required."), Citing = citing, Url = url });
        }
        return [.. items];
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token) throw new JsonException($"Expected {token} but found {reader.TokenType}.");
    }
}
