using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>
/// The declared properties of one generated record, as <see cref="JsonObjectReader"/> matches and checks them: their
/// JSON names (UTF-8, in declaration order), which of them are required, and the schema name errors mention. One
/// static instance per record type, built once.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonPropertyTable
{
    private readonly byte[][] _utf8Names;
    private readonly ulong[] _requiredWords;
    private readonly byte[][] _formerUtf8Names;
    private readonly int[] _formerIndexes;

    /// <param name="typeName">The record's schema name, for error messages.</param>
    /// <param name="names">The properties' JSON names in declaration order; the index of a name is the property's number.</param>
    /// <param name="required">The numbers of the required properties.</param>
    public JsonPropertyTable(string typeName, string[] names, params int[] required)
        : this(typeName, names, required, Array.Empty<string>(), Array.Empty<int>())
    {
    }

    /// <param name="typeName">The record's schema name, for error messages.</param>
    /// <param name="names">The properties' JSON names in declaration order; the index of a name is the property's number.</param>
    /// <param name="required">The numbers of the required properties.</param>
    /// <param name="formerNames">Former JSON names (a field's <c>@renamedFrom</c> history), matched after the current ones.</param>
    /// <param name="formerIndexes">The number of the property each former name reads into.</param>
    public JsonPropertyTable(string typeName, string[] names, int[] required, string[] formerNames, int[] formerIndexes)
    {
        TypeName = typeName ?? throw new ArgumentNullException(nameof(typeName));
        Names = names ?? throw new ArgumentNullException(nameof(names));
        if (required is null) throw new ArgumentNullException(nameof(required));
        _utf8Names = new byte[names.Length][];
        for (var i = 0; i < names.Length; i++) _utf8Names[i] = Encoding.UTF8.GetBytes(names[i]);
        _requiredWords = new ulong[WordCount];
        foreach (var index in required)
        {
            if ((uint)index >= (uint)names.Length) throw new ArgumentOutOfRangeException(nameof(required));
            _requiredWords[index >> 6] |= 1UL << index;
        }
        if (formerNames is null) throw new ArgumentNullException(nameof(formerNames));
        if (formerIndexes is null) throw new ArgumentNullException(nameof(formerIndexes));
        if (formerNames.Length != formerIndexes.Length) throw new ArgumentException("Each former name needs the number of its property.", nameof(formerIndexes));
        _formerUtf8Names = new byte[formerNames.Length][];
        for (var i = 0; i < formerNames.Length; i++)
        {
            if ((uint)formerIndexes[i] >= (uint)names.Length) throw new ArgumentOutOfRangeException(nameof(formerIndexes));
            _formerUtf8Names[i] = Encoding.UTF8.GetBytes(formerNames[i]);
        }
        _formerIndexes = formerIndexes;
    }

    /// <summary>The record's schema name.</summary>
    public string TypeName { get; }

    /// <summary>The JSON names, in declaration order.</summary>
    public string[] Names { get; }

    /// <summary>How many 64-bit words hold one bit per property (at least one).</summary>
    internal int WordCount => Names.Length > 64 ? (Names.Length + 63) >> 6 : 1;

    /// <summary>The required properties among numbers 64 × <paramref name="word"/> to 64 × <paramref name="word"/> + 63.</summary>
    internal ulong RequiredWord(int word) => _requiredWords[word];

    /// <summary>
    /// The number of the property whose name the reader is on, or -1. <paramref name="expected"/> is tried first: payloads
    /// mostly list properties in declaration order, so one comparison usually finds it.
    /// </summary>
    internal int Match(ref Utf8JsonReader reader, int expected)
    {
        var names = _utf8Names;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var name = reader.ValueSpan;
            if ((uint)expected < (uint)names.Length && name.SequenceEqual(names[expected])) return expected;
            for (var i = 0; i < names.Length; i++)
            {
                if (name.SequenceEqual(names[i])) return i;
            }
            for (var i = 0; i < _formerUtf8Names.Length; i++)
            {
                if (name.SequenceEqual(_formerUtf8Names[i])) return _formerIndexes[i];
            }
            return -1;
        }
        // An escaped name (\u0061 for a), or one split across buffer segments: the reader compares it unescaped.
        // ValueTextEquals throws InvalidOperationException on escapes that do not decode (a lone \uD800).
        JsonStringDecoder.CheckEscapes(in reader);
        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i])) return i;
        }
        for (var i = 0; i < _formerUtf8Names.Length; i++)
        {
            if (reader.ValueTextEquals(_formerUtf8Names[i])) return _formerIndexes[i];
        }
        return -1;
    }
}
