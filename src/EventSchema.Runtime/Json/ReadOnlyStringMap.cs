using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace EventSchema.Json;

/// <summary>
/// The map a generated reader makes for a JSON object of up to eight entries: the keys and values in two arrays of exactly
/// that size, in the order they were read, found by comparing keys ordinally. For so few entries this is as fast to look
/// up as a <see cref="Dictionary{TKey, TValue}"/> and takes a third of its memory; larger maps are read into a dictionary.
/// </summary>
/// <typeparam name="TValue">The type of the values.</typeparam>
/// <remarks>
/// Generated properties are typed <see cref="IReadOnlyDictionary{TKey, TValue}"/>; code should not depend on which
/// implementation a read value has. Enumerating with <c>foreach</c> on this type allocates nothing.
/// </remarks>
[DebuggerDisplay("Count = {Count}")]
[DebuggerTypeProxy(typeof(ReadOnlyStringMapDebugView<>))]
public sealed class ReadOnlyStringMap<TValue> : IReadOnlyDictionary<string, TValue>
{
    /// <summary>The most entries a reader puts in this type.</summary>
    internal const int MaxCount = 8;

    private readonly string[] _keys;
    private readonly TValue[] _values;

    /// <summary>A map over <paramref name="keys"/> and <paramref name="values"/>, which it keeps; the keys are distinct.</summary>
    internal ReadOnlyStringMap(string[] keys, TValue[] values)
    {
        Debug.Assert(keys.Length == values.Length);
        _keys = keys;
        _values = values;
    }

    /// <inheritdoc />
    public int Count => _keys.Length;

    /// <inheritdoc />
    public TValue this[string key]
    {
        get
        {
            var index = IndexOf(key);
            if (index < 0) throw new KeyNotFoundException($"The key '{key}' is not in the map.");
            return _values[index];
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> Keys => Array.AsReadOnly(_keys);

    /// <inheritdoc />
    public IEnumerable<TValue> Values => Array.AsReadOnly(_values);

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
#if NETSTANDARD2_0
    // The interface is not annotated there, and an implementation may not add to it.
    public bool TryGetValue(string key, out TValue value)
#else
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
#endif
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            value = default!;
            return false;
        }
        value = _values[index];
        return true;
    }

    /// <summary>The entries in the order they were read, without allocating.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<string, TValue>> IEnumerable<KeyValuePair<string, TValue>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Whether both maps hold the same keys with equal values. Maps read from equal JSON usually list their keys in the
    /// same order, so each key is first looked for at the same position, then anywhere.
    /// </summary>
    internal bool EntriesEqual(ReadOnlyStringMap<TValue> other, IEqualityComparer<TValue> valueComparer)
    {
        var keys = _keys;
        if (keys.Length != other._keys.Length) return false;
        for (var i = 0; i < keys.Length; i++)
        {
            var j = string.Equals(keys[i], other._keys[i]) ? i : other.IndexOf(keys[i]);
            if (j < 0 || !valueComparer.Equals(_values[i], other._values[j])) return false;
        }
        return true;
    }

    /// <summary>The key of the entry at <paramref name="index"/>, in the order read.</summary>
    internal string KeyAt(int index) => _keys[index];

    /// <summary>The value of the entry at <paramref name="index"/>, in the order read.</summary>
    internal TValue ValueAt(int index) => _values[index];

    private int IndexOf(string key)
    {
        if (key is null) throw new ArgumentNullException(nameof(key));
        var keys = _keys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (string.Equals(keys[i], key)) return i;
        }
        return -1;
    }

    /// <summary>Enumerates the entries of a <see cref="ReadOnlyStringMap{TValue}"/> in the order they were read.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<string, TValue>>
    {
        private readonly ReadOnlyStringMap<TValue> _map;
        private int _index;

        internal Enumerator(ReadOnlyStringMap<TValue> map)
        {
            _map = map;
            _index = -1;
        }

        /// <inheritdoc />
        public readonly KeyValuePair<string, TValue> Current => new(_map._keys[_index], _map._values[_index]);

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => ++_index < _map._keys.Length;

        /// <inheritdoc />
        public void Reset() => _index = -1;

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}

/// <summary>What a debugger shows of a <see cref="ReadOnlyStringMap{TValue}"/>: its entries, as for a dictionary.</summary>
internal sealed class ReadOnlyStringMapDebugView<TValue>(ReadOnlyStringMap<TValue> map)
{
    [DebuggerBrowsable(DebuggerBrowsableState.RootHidden)]
    public KeyValuePair<string, TValue>[] Entries
    {
        get
        {
            var entries = new KeyValuePair<string, TValue>[map.Count];
            var i = 0;
            foreach (var entry in map) entries[i++] = entry;
            return entries;
        }
    }
}
