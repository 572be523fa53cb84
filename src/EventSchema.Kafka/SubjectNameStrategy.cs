using System;

namespace EventSchema.Kafka;

/// <summary>Which schema-registry subject an event's schema is registered under.</summary>
public enum SubjectNameStrategy
{
    /// <summary><c>{topic}-value</c>: one schema per topic. Suits a topic that carries one event type.</summary>
    Topic,

    /// <summary>The event type string (<c>diplomacy.credentials-presented.v1</c>), whatever the topic.</summary>
    Record,

    /// <summary><c>{topic}-{event type}</c>: each event type on each topic has its own subject. Suits topics that carry many types.</summary>
    TopicRecord,
}

/// <summary>Subject names for <see cref="SubjectNameStrategy"/>.</summary>
public static class SubjectNames
{
    /// <summary>The subject of <paramref name="eventType"/> on <paramref name="topic"/> under <paramref name="strategy"/>.</summary>
    public static string For(SubjectNameStrategy strategy, string topic, string eventType, bool isKey = false) => strategy switch
    {
        SubjectNameStrategy.Topic => Required(topic, nameof(topic)) + (isKey ? "-key" : "-value"),
        SubjectNameStrategy.Record => Required(eventType, nameof(eventType)),
        SubjectNameStrategy.TopicRecord => Required(topic, nameof(topic)) + "-" + Required(eventType, nameof(eventType)),
        _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Unknown subject name strategy."),
    };

    private static string Required(string value, string name)
        => string.IsNullOrEmpty(value) ? throw new ArgumentException("A subject needs a non-empty " + name + ".", name) : value;
}
