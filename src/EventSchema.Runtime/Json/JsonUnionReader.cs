using System;
using System.ComponentModel;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>
/// What generated readers of unions need: the discriminator found wherever it is in the object, and the member's
/// reader told to pass that one property by.
/// </summary>
/// <remarks>
/// The discriminator may come after other properties, so it is looked for with a copy of the reader (a struct: the
/// copy scans ahead over the object's own properties, skipping nested values, and the original stays where it was).
/// The object is therefore read twice over its top level; nothing is buffered, as the reader's input already holds
/// the whole object. The member's reader then runs on the original reader, and treats the discriminator, at the
/// object's own depth only, as a known property.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonUnionReader
{
    // Readers run synchronously on one thread, and a scope restores what it replaced, so nested unions are safe.
    [ThreadStatic] private static string? t_property;
    [ThreadStatic] private static int t_depth;

    /// <summary>
    /// The discriminator's value in the object the reader is on (its <c>StartObject</c>). The reader is passed by
    /// value: the caller's reader does not move.
    /// </summary>
    /// <exception cref="JsonException">The discriminator is missing, given twice or not a string.</exception>
    public static string ReadDiscriminator(Utf8JsonReader reader, string property, string unionName, string knownValues, EventJsonOptions options)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        string? value = null;
        while (true)
        {
            JsonValueReader.Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject) break;
            JsonStringDecoder.CheckEscapes(in reader);
            bool isDiscriminator = reader.ValueTextEquals(property);
            JsonValueReader.Read(ref reader);
            if (isDiscriminator)
            {
                if (value is not null) throw JsonReadErrors.DuplicateDiscriminator(property);
                if (reader.TokenType != JsonTokenType.String) throw JsonReadErrors.DiscriminatorNotString(property, unionName, knownValues, reader.TokenType);
                value = JsonValueReader.ReadString(ref reader, options);
            }
            else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                throw JsonReadErrors.UnexpectedEnd();
            }
        }
        return value ?? throw JsonReadErrors.MissingDiscriminator(property, unionName, knownValues);
    }

    /// <summary>
    /// Until the scope is disposed, the property <paramref name="property"/> of the object that starts at
    /// <paramref name="objectDepth"/> is skipped by the member's reader rather than refused as unknown.
    /// </summary>
    public static DiscriminatorScope Expect(string property, int objectDepth)
    {
        var scope = new DiscriminatorScope(t_property, t_depth);
        t_property = property;
        t_depth = objectDepth + 1;
        return scope;
    }

    /// <summary>Whether the reader is on the name of the discriminator a union reader expects here.</summary>
    internal static bool IsExpectedDiscriminator(ref Utf8JsonReader reader)
        => t_property is { } property && reader.CurrentDepth == t_depth && reader.ValueTextEquals(property);

    /// <summary>Restores the discriminator an enclosing union reader expects.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public readonly struct DiscriminatorScope : IDisposable
    {
        private readonly string? _property;
        private readonly int _depth;

        internal DiscriminatorScope(string? property, int depth)
        {
            _property = property;
            _depth = depth;
        }

        /// <summary>Puts back the enclosing union's expectation.</summary>
        public void Dispose()
        {
            t_property = _property;
            t_depth = _depth;
        }
    }
}
