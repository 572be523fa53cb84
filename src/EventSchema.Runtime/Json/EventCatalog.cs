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
    private readonly Dictionary<string, EventTypeInfo> _byVersionStem = new(StringComparer.Ordinal);

    /// <summary>
    /// A catalog of <paramref name="events"/>, each the current version of an event type together with the past
    /// versions it reads; two entries with one event type string are an error.
    /// </summary>
    public EventCatalog(IEnumerable<EventTypeInfo> events)
    {
        if (events is null) throw new ArgumentNullException(nameof(events));
        var list = new List<EventTypeInfo>();
        var types = new List<string>();
        foreach (var info in events)
        {
            if (info is null) throw new ArgumentException("The catalog cannot hold a null entry.", nameof(events));
            if (info.IsPastVersion) throw new ArgumentException($"'{info.EventType}' is a past version; add the current version of {info.ClrType.FullName}, which brings its past versions.", nameof(events));
            Add(info, info);
            foreach (var past in info.PastVersions) Add(past, info);
            _byClrType[info.ClrType] = info;
            list.Add(info);
            foreach (var past in info.PastVersions) types.Add(past.EventType);
            types.Add(info.EventType);
        }
        Events = list;
        EventTypes = types;

        void Add(EventTypeInfo info, EventTypeInfo current)
        {
            if (_byEventType.TryGetValue(info.EventType, out var existing))
            {
                throw new ArgumentException($"The event type '{info.EventType}' is declared by both {existing.ClrType.FullName} and {info.ClrType.FullName}.", nameof(events));
            }
            _byEventType.Add(info.EventType, info);
            if (EventTypeVersionSuffix.TrySplit(info.EventType, out string stem, out _)) _byVersionStem[stem] = current;
        }
    }

    /// <summary>Every event type in its current version, in the order given; each lists the past versions it reads.</summary>
    public IReadOnlyList<EventTypeInfo> Events { get; }

    /// <summary>
    /// Every event type string the catalog reads: for each event in the order given, its past versions' and then its
    /// current one (<c>….v1</c>, <c>….v2</c>, <c>….v3</c>).
    /// </summary>
    public IReadOnlyList<string> EventTypes { get; }

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

    /// <summary>
    /// The event type with type string <paramref name="eventType"/>, in its current version or a past one (which reads
    /// into the current type); null when there is none.
    /// </summary>
    public EventTypeInfo? Find(string eventType) => _byEventType.TryGetValue(eventType, out var info) ? info : null;

    /// <summary>
    /// Looks up <paramref name="eventType"/>: <see cref="EventTypeLookup.Known"/> with the version that reads it;
    /// <see cref="EventTypeLookup.UnknownVersion"/> with the current version when it names another version (such as
    /// a newer <c>.v4</c>) of an event this catalog knows; <see cref="EventTypeLookup.Unknown"/> with null otherwise.
    /// </summary>
    public EventTypeLookup Lookup(string eventType, out EventTypeInfo? info)
    {
        if (eventType is null) throw new ArgumentNullException(nameof(eventType));
        if (_byEventType.TryGetValue(eventType, out info)) return EventTypeLookup.Known;
        if (EventTypeVersionSuffix.TrySplit(eventType, out string stem, out _) && _byVersionStem.TryGetValue(stem, out info)) return EventTypeLookup.UnknownVersion;
        info = null;
        return EventTypeLookup.Unknown;
    }

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
        if (Lookup(eventType, out var current) == EventTypeLookup.UnknownVersion && current is not null)
        {
            EventTypeVersionSuffix.TrySplit(eventType, out _, out int version);
            return JsonReadErrors.AtPath(EventVersionErrors.UnknownVersionMessage(current.ClrType.Name, version, current.SchemaVersion, eventType), path);
        }
        var known = string.Join(", ", EventTypes);
        return JsonReadErrors.AtPath(
            $"Unknown event type '{eventType}'; this catalog knows {(known.Length == 0 ? "no event types" : known)}.", path);
    }
}
