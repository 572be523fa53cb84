using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EventSchema.Json;

namespace EventSchema.Kafka;

/// <summary>
/// The schema-registry ids of a catalog's events, per topic: registers each event's exported JSON Schema under
/// the subject its <see cref="SubjectNameStrategy"/> names, and caches the ids. Each event type gets the id of its own
/// schema, also where several share a subject (<see cref="SubjectNameStrategy.Topic"/>); a registry that refuses one
/// as incompatible fails with a <see cref="SchemaRegistryException"/> naming the event type and subject. Register at startup with
/// <see cref="RegisterAsync(IEnumerable{string}, CancellationToken)"/>; serializers then only read the cache, so
/// producing never waits on the registry. A serializer asking for an id not yet known starts its registration
/// in the background and fails that one message.
/// </summary>
public sealed class EventSchemaIds
{
    private readonly SchemaRegistryClient _client;
    private readonly ConcurrentDictionary<(string Topic, string EventType), SchemaIdEntry> _byTopicAndType = new();
    // Keyed by subject and schema text, not subject alone: under SubjectNameStrategy.Topic every event type of a topic
    // shares one subject, and each must get the id of its own schema.
    private readonly ConcurrentDictionary<(string Subject, string Schema), Lazy<Task<int>>> _byRegistration = new();
    private readonly ConcurrentDictionary<(string Subject, string Schema), Exception> _failureByRegistration = new();
    private Exception? _lastError;

    /// <summary>Ids of <paramref name="catalog"/>'s events, registered through <paramref name="client"/>.</summary>
    public EventSchemaIds(SchemaRegistryClient client, EventCatalog catalog, SubjectNameStrategy strategy = SubjectNameStrategy.TopicRecord)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        if (!Enum.IsDefined(typeof(SubjectNameStrategy), strategy)) throw new ArgumentOutOfRangeException(nameof(strategy));
        Strategy = strategy;
    }

    /// <summary>The events registered.</summary>
    public EventCatalog Catalog { get; }

    /// <summary>How subjects are named.</summary>
    public SubjectNameStrategy Strategy { get; }

    /// <summary>
    /// The last background registration failure of any subject, if any (startup registrations throw theirs instead). The
    /// error of a message names only the last failure of its own event type's schema under its subject.
    /// </summary>
    public Exception? LastError => Volatile.Read(ref _lastError);

    /// <summary>Registers every event of the catalog for each of <paramref name="topics"/>.</summary>
    public async Task RegisterAsync(IEnumerable<string> topics, CancellationToken cancellationToken = default)
    {
        if (topics is null) throw new ArgumentNullException(nameof(topics));
        foreach (var topic in topics)
        {
            foreach (var info in Catalog.Events)
            {
                await RegisterAsync(topic, info, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Registers one event type for one topic and returns its schema id.</summary>
    public async Task<int> RegisterAsync(string topic, EventTypeInfo info, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(topic)) throw new ArgumentException("A topic is required.", nameof(topic));
        if (info is null) throw new ArgumentNullException(nameof(info));
        var key = (topic, info.EventType);
        if (_byTopicAndType.TryGetValue(key, out var known)) return known.Id;

        var subject = SubjectNames.For(Strategy, topic, info.EventType);
        var registrationKey = (subject, info.JsonSchema);
        var registration = _byRegistration.GetOrAdd(registrationKey, key => new Lazy<Task<int>>(() => Register(key.Subject, topic, info)));
        int id;
        try
        {
            id = await WithCancellation(registration.Value, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (registration.Value.IsFaulted || registration.Value.IsCanceled)
        {
            // A failed registration is forgotten, so the next attempt asks the registry again.
            ((ICollection<KeyValuePair<(string, string), Lazy<Task<int>>>>)_byRegistration).Remove(new KeyValuePair<(string, string), Lazy<Task<int>>>(registrationKey, registration));
            throw;
        }
        _byTopicAndType[key] = new SchemaIdEntry(id);
        return id;
    }

    private async Task<int> Register(string subject, string topic, EventTypeInfo info)
    {
        try
        {
            return await _client.RegisterSchemaAsync(subject, info.JsonSchema, CancellationToken.None).ConfigureAwait(false);
        }
        catch (SchemaRegistryException error) when (error.StatusCode == 409)
        {
            throw new SchemaRegistryException(IncompatibleMessage(subject, topic, info, error), error.StatusCode, error.ErrorCode, error);
        }
    }

    private string IncompatibleMessage(string subject, string topic, EventTypeInfo info, SchemaRegistryException error)
    {
        var refusal = $"The schema registry refused the schema of '{info.EventType}' under subject '{subject}' as incompatible with the schemas registered there before ({error.Message}).";
        if (Strategy == SubjectNameStrategy.Topic)
        {
            return refusal + $" With SubjectNameStrategy.Topic every event type on topic '{topic}' shares that one subject, so a registry that checks compatibility refuses the second event type's schema."
                + " Give each event type its own subject with SubjectNameStrategy.TopicRecord (or Record), or set the compatibility of subject '" + subject + "' to NONE in the registry.";
        }
        return refusal + " This event type's schema changed in a way the subject's compatibility setting does not allow:"
            + " publish the change as a new @version (a new event type string, so a new subject), or change the compatibility of subject '" + subject + "' in the registry.";
    }

    private static async Task<int> WithCancellation(Task<int> task, CancellationToken cancellationToken)
    {
        // The registration itself is shared by every caller, so one caller's cancellation only stops its own wait.
        if (!cancellationToken.CanBeCanceled || task.IsCompleted) return await task.ConfigureAwait(false);
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), cancelled))
        {
            if (await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false) != task) throw new OperationCanceledException(cancellationToken);
        }
        return await task.ConfigureAwait(false);
    }

    /// <summary>The cached id of <paramref name="eventType"/> on <paramref name="topic"/>; false when it is not registered yet.</summary>
    public bool TryGetSchemaId(string topic, string eventType, out int schemaId)
    {
        if (_byTopicAndType.TryGetValue((topic, eventType), out var entry))
        {
            schemaId = entry.Id;
            return true;
        }
        schemaId = 0;
        return false;
    }

    /// <summary>
    /// The cached entry for a serializer; when there is none, starts registering it in the background and
    /// throws, so the produce path never waits on the registry.
    /// </summary>
    internal SchemaIdEntry GetForProduce(string topic, EventTypeInfo info)
    {
        if (_byTopicAndType.TryGetValue((topic, info.EventType), out var entry)) return entry;
        var subject = SubjectNames.For(Strategy, topic, info.EventType);
        // Read before starting again: the failure of the previous attempt is what this message can report.
        _failureByRegistration.TryGetValue((subject, info.JsonSchema), out var previous);
        _ = RegisterInBackground(topic, info, subject);
        throw new InvalidOperationException(
            $"The schema of '{info.EventType}' on topic '{topic}' is not registered yet (subject '{subject}'). " +
            "Registration has started in the background; register at startup with EventSchemaIds.RegisterAsync so no message waits or fails."
            + (previous is not null ? " Its last registration failed: " + previous.Message : ""));
    }

    private async Task RegisterInBackground(string topic, EventTypeInfo info, string subject)
    {
        try
        {
            await RegisterAsync(topic, info).ConfigureAwait(false);
            _failureByRegistration.TryRemove((subject, info.JsonSchema), out _);
        }
        catch (Exception error)
        {
            _failureByRegistration[(subject, info.JsonSchema)] = error;
            Volatile.Write(ref _lastError, error);
        }
    }

    /// <summary>The known ids, for diagnostics: subject, topic, event type and id.</summary>
    public IReadOnlyList<(string Subject, string Topic, string EventType, int SchemaId)> Registered
        => _byTopicAndType.Select(pair => (SubjectNames.For(Strategy, pair.Key.Topic, pair.Key.EventType), pair.Key.Topic, pair.Key.EventType, pair.Value.Id))
            .OrderBy(item => item.Item1, StringComparer.Ordinal).ToList();
}

/// <summary>A schema id and its encoded header value, made once and shared by every message.</summary>
internal sealed class SchemaIdEntry
{
    public SchemaIdEntry(int id)
    {
        Id = id;
        HeaderValue = SchemaRegistryFrame.Encode(id);
    }

    public int Id { get; }

    public byte[] HeaderValue { get; }
}
