using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventSchema.Json;

/// <summary>
/// How generated readers treat their input: unknown properties, size limits and validation.
/// The defaults are safe for untrusted input; <see cref="Default"/> is shared and immutable.
/// </summary>
public sealed class EventJsonOptions
{
    private static readonly EventJsonOptions RejectingUnknown = new() { UnknownProperties = UnknownPropertyHandling.Reject };

    private readonly int _maxDepth = 64;
    private readonly int _maxStringLength = 1024 * 1024;
    private readonly int _maxCollectionSize = 10_000;

    /// <summary>The options used when none are given.</summary>
    public static EventJsonOptions Default { get; } = new();

    /// <summary>What to do with properties the schema does not declare. Default: <see cref="UnknownPropertyHandling.Skip"/>.</summary>
    public UnknownPropertyHandling UnknownProperties { get; init; }

    /// <summary>The deepest nesting of objects and arrays a reader accepts. Default: 64.</summary>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = Positive(value, nameof(MaxDepth));
    }

    /// <summary>The longest string value or property name a reader accepts, in UTF-16 code units. Default: 1,048,576.</summary>
    public int MaxStringLength
    {
        get => _maxStringLength;
        init => _maxStringLength = Positive(value, nameof(MaxStringLength));
    }

    /// <summary>The most items a list, set or map may hold. Default: 10,000.</summary>
    public int MaxCollectionSize
    {
        get => _maxCollectionSize;
        init => _maxCollectionSize = Positive(value, nameof(MaxCollectionSize));
    }

    /// <summary>
    /// Whether readers hand out one shared instance for short ASCII string values that repeat (up to 32 bytes:
    /// codes, names, titles), instead of allocating a new string each time. Event streams repeat such values
    /// constantly, so this saves most string allocations and time; the values are equal either way, only their
    /// reference identity differs. The shared cache holds at most 4,096 such strings. Default: true.
    /// </summary>
    public bool ReuseStrings { get; init; } = true;

    /// <summary>
    /// Whether reading an object also checks every constraint of its schema and fails with all the
    /// errors found, as <see cref="IValidatable.Validate"/> would. Default: false.
    /// </summary>
    public bool ValidateOnRead { get; init; }

    /// <summary>
    /// The options a generated converter uses under <paramref name="serializerOptions"/>: the ones added
    /// with <see cref="EventJsonSerializerOptionsExtensions.AddEventSchemaOptions"/>, else the defaults, rejecting
    /// unknown properties when <c>UnmappedMemberHandling</c> is <c>Disallow</c> as System.Text.Json itself would.
    /// </summary>
    public static EventJsonOptions For(JsonSerializerOptions? serializerOptions)
    {
        if (serializerOptions is null) return Default;
        // Converters ask on every call; the answer for options that can no longer change is kept (for the last one asked).
        var last = _lastFound;
        if (last is not null && ReferenceEquals(last.SerializerOptions, serializerOptions)) return last.Options;
        var found = Find(serializerOptions);
        if (serializerOptions.IsReadOnly) _lastFound = new FoundOptions(serializerOptions, found);
        return found;
    }

    private static FoundOptions? _lastFound;

    private sealed class FoundOptions(JsonSerializerOptions serializerOptions, EventJsonOptions options)
    {
        public JsonSerializerOptions SerializerOptions { get; } = serializerOptions;

        public EventJsonOptions Options { get; } = options;
    }

    private static EventJsonOptions Find(JsonSerializerOptions serializerOptions)
    {
        var converters = serializerOptions.Converters;
        for (var i = 0; i < converters.Count; i++)
        {
            if (converters[i] is EventJsonOptionsCarrier carrier) return carrier.Options;
        }
        return serializerOptions.UnmappedMemberHandling == JsonUnmappedMemberHandling.Disallow ? RejectingUnknown : Default;
    }

    private static int Positive(int value, string name)
        => value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, name + " must be positive.");
}
