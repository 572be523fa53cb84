using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>
/// The event types a program knows, by type string and by CLR type: it writes events as CloudEvents 1.0
/// structured JSON and reads them back, dispatching on <c>type</c> to the right generated reader.
/// The generator emits one for every event of a compilation (<c>EventSchema.Generated.GeneratedEventCatalog.Instance</c>,
/// internal to its assembly); <see cref="FromAssembly"/> finds the catalog of another assembly, such as a referenced
/// contracts library, and catalogs of several assemblies combine with <see cref="Combine"/>.
/// </summary>
public sealed class EventCatalog
{
    private readonly Dictionary<string, EventTypeInfo> _byEventType = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, EventTypeInfo> _byClrType = new();

    /// <summary>A catalog of <paramref name="events"/>; two entries with one event type string are an error.</summary>
    public EventCatalog(IEnumerable<EventTypeInfo> events)
    {
        if (events is null) throw new ArgumentNullException(nameof(events));
        var list = new List<EventTypeInfo>();
        foreach (var info in events)
        {
            if (info is null) throw new ArgumentException("The catalog cannot hold a null entry.", nameof(events));
            if (_byEventType.TryGetValue(info.EventType, out var existing))
            {
                throw new ArgumentException($"The event type '{info.EventType}' is declared by both {existing.ClrType.FullName} and {info.ClrType.FullName}.", nameof(events));
            }
            _byEventType.Add(info.EventType, info);
            _byClrType[info.ClrType] = info;
            list.Add(info);
        }
        Events = list;
    }

    /// <summary>Every event type, in the order given.</summary>
    public IReadOnlyList<EventTypeInfo> Events { get; }

    /// <summary>One catalog holding the events of all <paramref name="catalogs"/>.</summary>
    public static EventCatalog Combine(params EventCatalog[] catalogs)
        => new((catalogs ?? throw new ArgumentNullException(nameof(catalogs))).SelectMany(c => c.Events));

    /// <summary>
    /// The catalog the generator emitted into <paramref name="assembly"/>, such as a referenced contracts library
    /// (<c>EventCatalog.FromAssembly(typeof(PortCallScheduled).Assembly)</c>); null when its schemas declare no event.
    /// </summary>
    public static EventCatalog? FromAssembly(Assembly assembly)
    {
        if (assembly is null) throw new ArgumentNullException(nameof(assembly));
        var provider = assembly.GetCustomAttribute<EventCatalogProviderAttribute>();
        if (provider is null) return null;
        var property = provider.CatalogType.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static);
        return property?.GetValue(null) as EventCatalog
            ?? throw new InvalidOperationException($"{provider.CatalogType.FullName} in {assembly.GetName().Name} has no public static Instance property of type EventCatalog.");
    }

    /// <summary>The event type with type string <paramref name="eventType"/>; null when there is none.</summary>
    public EventTypeInfo? Find(string eventType) => _byEventType.TryGetValue(eventType, out var info) ? info : null;

    /// <summary>The event type generated as <paramref name="clrType"/>; null when there is none.</summary>
    public EventTypeInfo? Find(Type clrType) => _byClrType.TryGetValue(clrType, out var info) ? info : null;

    /// <summary>Reads the JSON of an event whose type string is <paramref name="eventType"/>.</summary>
    public IEvent ReadEvent(string eventType, ReadOnlySpan<byte> utf8Json, EventJsonOptions? options = null)
    {
        var info = Find(eventType) ?? throw UnknownEventType(eventType, "$");
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = (options ?? EventJsonOptions.Default).MaxDepth + 1 });
        JsonValueReader.Read(ref reader);
        var value = info.Read(ref reader, options);
        JsonValueReader.ExpectEnd(ref reader);
        return value;
    }

    /// <summary>Writes <paramref name="envelope"/> as CloudEvents structured JSON.</summary>
    public void WriteCloudEvent(Utf8JsonWriter writer, EventEnvelope envelope)
    {
        if (envelope is null) throw new ArgumentNullException(nameof(envelope));
        var info = Find(envelope.Data.GetType())
            ?? throw new ArgumentException($"The event type {envelope.Data.GetType().FullName} is not in this catalog.", nameof(envelope));
        CloudEventJson.Write(writer ?? throw new ArgumentNullException(nameof(writer)), envelope, info);
    }

    /// <summary>The CloudEvents structured JSON of <paramref name="envelope"/>, as text.</summary>
    public string ToCloudEventJson(EventEnvelope envelope) => JsonText.ToString((Catalog: this, Envelope: envelope), static (w, s) => s.Catalog.WriteCloudEvent(w, s.Envelope));

    /// <summary>The CloudEvents structured JSON of <paramref name="envelope"/>, as UTF-8.</summary>
    public byte[] ToCloudEventUtf8(EventEnvelope envelope) => JsonText.ToUtf8Bytes((Catalog: this, Envelope: envelope), static (w, s) => s.Catalog.WriteCloudEvent(w, s.Envelope));

    /// <summary>Reads a CloudEvents structured JSON text; fails with a <see cref="JsonException"/> that names what is wrong.</summary>
    public EventEnvelope ReadCloudEvent(string json, EventJsonOptions? options = null)
        => ReadCloudEvent(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), options);

    /// <summary>Reads CloudEvents structured JSON; fails with a <see cref="JsonException"/> that names what is wrong.</summary>
    public EventEnvelope ReadCloudEvent(ReadOnlySpan<byte> utf8Json, EventJsonOptions? options = null)
    {
        options ??= EventJsonOptions.Default;
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = options.MaxDepth + 1 });
        JsonValueReader.Read(ref reader);
        var envelope = ReadCloudEvent(ref reader, options);
        JsonValueReader.ExpectEnd(ref reader);
        return envelope;
    }

    /// <summary>Reads one CloudEvents structured JSON object; the reader is on its first token and ends on its last.</summary>
    public EventEnvelope ReadCloudEvent(ref Utf8JsonReader reader, EventJsonOptions? options = null)
        => CloudEventJson.Read(ref reader, options ?? EventJsonOptions.Default, this);

    internal JsonException UnknownEventType(string eventType, string path)
    {
        var known = string.Join(", ", Events.Select(e => e.EventType));
        return JsonReadErrors.AtPath(
            $"Unknown event type '{eventType}'; this catalog knows {(known.Length == 0 ? "no event types" : known)}.", path);
    }
}
