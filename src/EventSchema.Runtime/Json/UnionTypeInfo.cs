using System;
using System.Collections.Generic;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>Reads one union's JSON form; the reader is on the object's first token (or not started) and ends on its last.</summary>
/// <typeparam name="TUnion">The generated union type.</typeparam>
public delegate TUnion UnionJsonReadFunc<TUnion>(ref Utf8JsonReader reader, EventJsonOptions options);

/// <summary>
/// What code that is generic over unions (such as the Kafka serializers) needs to know about one generated union:
/// its discriminator, its reader and writer, and, for a union of events, how an event becomes its value. Every
/// generated union has one, as its static <c>UnionInfo</c> property.
/// </summary>
/// <typeparam name="TUnion">The generated union type.</typeparam>
public sealed class UnionTypeInfo<TUnion>
    where TUnion : class
{
    private readonly UnionJsonReadFunc<TUnion> _read;
    private readonly Action<Utf8JsonWriter, TUnion> _write;
    private readonly Func<TUnion, ValidationResult>? _validate;
    private readonly Func<IEvent, TUnion?>? _fromEvent;

    /// <summary>Describes a union; generated code creates these.</summary>
    /// <param name="name">The union's name in the schema.</param>
    /// <param name="discriminatorProperty">The discriminator property's name, such as <c>type</c>.</param>
    /// <param name="discriminators">The discriminator values of its members, in the order written.</param>
    /// <param name="jsonSchema">The JSON Schema (draft 2020-12) of its JSON form.</param>
    /// <param name="read">The generated reader (<c>ReadJson</c>), with its validation on read.</param>
    /// <param name="write">The generated writer (<c>WriteJson</c>).</param>
    /// <param name="validate">The generated <c>Validate()</c>; null when validators are not generated.</param>
    /// <param name="fromEvent">For a union whose members are all events, its <c>TryFromEvent</c> as a function that returns null for any other event; else null.</param>
    public UnionTypeInfo(string name, string discriminatorProperty, IReadOnlyList<string> discriminators, string jsonSchema,
        UnionJsonReadFunc<TUnion> read, Action<Utf8JsonWriter, TUnion> write, Func<TUnion, ValidationResult>? validate, Func<IEvent, TUnion?>? fromEvent)
    {
        if (string.IsNullOrEmpty(name)) throw new ArgumentException("A union name is required.", nameof(name));
        if (string.IsNullOrEmpty(discriminatorProperty)) throw new ArgumentException("A discriminator property is required.", nameof(discriminatorProperty));
        Name = name;
        DiscriminatorProperty = discriminatorProperty;
        Discriminators = discriminators ?? throw new ArgumentNullException(nameof(discriminators));
        JsonSchema = jsonSchema ?? throw new ArgumentNullException(nameof(jsonSchema));
        _read = read ?? throw new ArgumentNullException(nameof(read));
        _write = write ?? throw new ArgumentNullException(nameof(write));
        _validate = validate;
        _fromEvent = fromEvent;
    }

    /// <summary>The union's name in the schema.</summary>
    public string Name { get; }

    /// <summary>The name of the property that says which member an object is.</summary>
    public string DiscriminatorProperty { get; }

    /// <summary>The discriminator values of the members, in the order written.</summary>
    public IReadOnlyList<string> Discriminators { get; }

    /// <summary>The JSON Schema (draft 2020-12) of the union's JSON form.</summary>
    public string JsonSchema { get; }

    /// <summary>Whether every member is an event, so an event read on its own (from a CloudEvent) can become a value.</summary>
    public bool IsUnionOfEvents => _fromEvent is not null;

    /// <summary>Whether values can be validated (validators are generated).</summary>
    public bool CanValidate => _validate is not null;

    /// <summary>Reads a value with the generated reader; failures are <see cref="JsonException"/>s with the JSON path.</summary>
    public TUnion Read(ref Utf8JsonReader reader, EventJsonOptions? options = null) => _read(ref reader, options ?? EventJsonOptions.Default);

    /// <summary>Writes <paramref name="value"/> as a JSON object whose first property is the discriminator.</summary>
    public void Write(Utf8JsonWriter writer, TUnion value)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        _write(writer, value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>Checks every rule of the member <paramref name="value"/> holds; success when validators are not generated.</summary>
    public ValidationResult Validate(TUnion value)
        => _validate is null ? ValidationResult.Success : _validate(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Wraps <paramref name="value"/> when it is one of the members; null when it is not, or when the union is not one of events.</summary>
    public TUnion? TryFromEvent(IEvent value) => _fromEvent?.Invoke(value ?? throw new ArgumentNullException(nameof(value)));

    /// <inheritdoc />
    public override string ToString() => Name;
}
