using System;
using System.Text.Json;
using Confluent.Kafka;
using EventSchema.Json;

namespace EventSchema.Kafka;

/// <summary>
/// A Kafka serializer for a generated union, the usual type of a topic that carries several events: writes the
/// union's JSON form (the member's object with the discriminator first) through the generated writer into a buffer
/// reused per thread, validating it first unless told not to. A null value is a tombstone.
/// </summary>
/// <typeparam name="TUnion">The generated union type.</typeparam>
public sealed class UnionSerializer<TUnion> : ISerializer<TUnion?>
    where TUnion : class
{
    private readonly UnionTypeInfo<TUnion> _info;
    private readonly EventSerdeOptions _options;

    /// <summary>A serializer for the union <paramref name="info"/> describes (the union's <c>UnionInfo</c>, such as <c>DiplomaticEvent.UnionInfo</c>).</summary>
    /// <exception cref="ArgumentException">The options ask for schema-id framing, which registers one schema per event type, not per union.</exception>
    public UnionSerializer(UnionTypeInfo<TUnion> info, EventSerdeOptions? options = null)
    {
        _info = info ?? throw new ArgumentNullException(nameof(info));
        options ??= EventSerdeOptions.Default;
        // Framing is refused before the options' own checks, which would ask for schema ids that cannot help here.
        if (options.Framing != SchemaIdFraming.None)
        {
            throw new ArgumentException($"Schema-id framing registers one schema per event type; a union's messages are not framed. Produce with EventSerializer<T> per event type to frame them, or set Framing to None for union '{info.Name}'.", nameof(options));
        }
        _options = options.Checked();
    }

    /// <inheritdoc />
    public byte[] Serialize(TUnion? data, SerializationContext context)
    {
        if (data is null) return null!;
        if (_options.ValidateOnWrite)
        {
            var result = _info.Validate(data);
            if (!result.IsValid) throw new SchemaValidationException(result);
        }
        var lease = PooledJsonWriter.Rent();
        try
        {
            _info.Write(lease.Writer, data);
            return lease.ToArray();
        }
        finally
        {
            PooledJsonWriter.Return(lease);
        }
    }
}

/// <summary>
/// A Kafka deserializer for a generated union: reads the union's JSON form, where the discriminator says which member
/// follows, straight from the consumer's span with the strict generated reader. When the union's members are events
/// and a catalog is given, a CloudEvent (binary or structured) of one of them is read too, through the catalog, and
/// becomes the union's value; schema-registry framing is recognised and skipped. A null value (a tombstone) is null.
/// An unknown discriminator, or a CloudEvent of an event that is not a member, is a <see cref="JsonException"/> that
/// names the known values, which the consumer wraps in a <c>ConsumeException</c>: <see cref="PoisonMessage.From(ConsumeException)"/>
/// turns it into a report to dead-letter, as for any message that cannot be read.
/// </summary>
/// <typeparam name="TUnion">The generated union type.</typeparam>
public sealed class UnionDeserializer<TUnion> : IDeserializer<TUnion?>
    where TUnion : class
{
    private readonly UnionTypeInfo<TUnion> _info;
    private readonly EventCatalog? _catalog;
    private readonly EventSerdeOptions _options;

    /// <summary>A deserializer for the union <paramref name="info"/> describes.</summary>
    /// <param name="info">The union's <c>UnionInfo</c>, such as <c>DiplomaticEvent.UnionInfo</c>.</param>
    /// <param name="catalog">The catalog that reads CloudEvents of the members (usually <c>GeneratedEventCatalog.Instance</c>); null to read the union's JSON form only.</param>
    /// <param name="options">Reading limits and validation on read.</param>
    public UnionDeserializer(UnionTypeInfo<TUnion> info, EventCatalog? catalog = null, EventSerdeOptions? options = null)
    {
        _info = info ?? throw new ArgumentNullException(nameof(info));
        if (catalog is not null && !info.IsUnionOfEvents)
        {
            throw new ArgumentException($"Union '{info.Name}' has members that are not events, so no CloudEvent can carry one of them; pass no catalog.", nameof(catalog));
        }
        _catalog = catalog;
        _options = (options ?? EventSerdeOptions.Default).Checked();
    }

    /// <inheritdoc />
    public TUnion? Deserialize(ReadOnlySpan<byte> data, bool isNull, SerializationContext context)
    {
        if (isNull) return null;
        var mode = CloudEventKafka.GetContentMode(context.Headers);
        if (mode is not null) return FromCloudEvent(mode.Value, data, context.Headers);

        ReadOnlySpan<byte> json;
        try
        {
            json = SchemaRegistryFrame.Strip(data, out _);
        }
        catch (FormatException error)
        {
            throw JsonReadErrors.AtValue(error.Message);
        }
        if (json.IsEmpty) throw JsonReadErrors.AtValue($"The message value is empty; expected the JSON of union '{_info.Name}'.");
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = _options.Json.MaxDepth + 1 });
        var value = _info.Read(ref reader, _options.Json);
        JsonValueReader.ExpectEnd(ref reader);
        return value;
    }

    /// <summary>The catalog reads the CloudEvent as it reads any; its event then becomes the union's value.</summary>
    private TUnion FromCloudEvent(CloudEventContentMode mode, ReadOnlySpan<byte> data, Headers? headers)
    {
        if (_catalog is null)
        {
            throw JsonReadErrors.AtValue($"The message is a {mode.ToString().ToLowerInvariant()} CloudEvent, and this deserializer of union '{_info.Name}' reads its JSON form only; give it the event catalog to read CloudEvents.");
        }
        var envelope = CloudEventKafka.Read(_catalog, headers, data, _options.Json);
        if (_info.TryFromEvent(envelope.Data) is { } value) return value;
        string reason = $"The CloudEvent carries event type '{envelope.ReceivedType}', which is not a member of union '{_info.Name}'; its members are {Known()}.";
        throw mode == CloudEventContentMode.Structured ? JsonReadErrors.AtPath(reason, "$.type") : JsonReadErrors.AtValue(reason + " (header " + CloudEventHeaders.Type + ")");
    }

    private string Known() => "'" + string.Join("', '", _info.Discriminators) + "'";
}
