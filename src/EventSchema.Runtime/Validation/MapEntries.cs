using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using EventSchema.Json;

namespace EventSchema.Validation;

/// <summary>
/// The entries of a map field, for a generated validator's <c>foreach</c>: the maps a reader makes and
/// <see cref="Dictionary{TKey, TValue}"/> are walked without allocating; any other implementation through its own
/// enumerator.
/// </summary>
/// <typeparam name="TKey">The type of the keys.</typeparam>
/// <typeparam name="TValue">The type of the values.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct MapEntries<TKey, TValue>
    where TKey : notnull
{
    private readonly IReadOnlyDictionary<TKey, TValue> _map;

    /// <summary>The entries of <paramref name="map"/>.</summary>
    public MapEntries(IReadOnlyDictionary<TKey, TValue> map) => _map = map;

    /// <summary>An enumerator over the entries.</summary>
    public Enumerator GetEnumerator() => new(_map);

    /// <summary>Walks one map, through the cheapest way its type offers.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
    {
        // Exactly one of these is set, chosen once from the map's type.
        private readonly ReadOnlyStringMap<TValue>? _readMap;
        private readonly IEnumerator<KeyValuePair<TKey, TValue>>? _other;
        private readonly bool _isDictionary;
        private Dictionary<TKey, TValue>.Enumerator _dictionary;
        private int _index;

        internal Enumerator(IReadOnlyDictionary<TKey, TValue> map)
        {
            _index = -1;
            _dictionary = default;
            _readMap = map as ReadOnlyStringMap<TValue>;
            if (_readMap is not null)
            {
                _other = null;
                _isDictionary = false;
            }
            else if (map is Dictionary<TKey, TValue> dictionary)
            {
                _dictionary = dictionary.GetEnumerator();
                _isDictionary = true;
                _other = null;
            }
            else
            {
                _other = map.GetEnumerator();
                _isDictionary = false;
            }
            Current = default;
        }

        /// <inheritdoc />
        public KeyValuePair<TKey, TValue> Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext()
        {
            if (_readMap is not null)
            {
                if (++_index >= _readMap.Count) return false;
                // TKey is string whenever the map is a ReadOnlyStringMap: a reference conversion, not a box.
                Current = new KeyValuePair<TKey, TValue>((TKey)(object)_readMap.KeyAt(_index), _readMap.ValueAt(_index));
                return true;
            }
            if (_isDictionary)
            {
                if (!_dictionary.MoveNext()) return false;
                Current = _dictionary.Current;
                return true;
            }
            if (!_other!.MoveNext()) return false;
            Current = _other.Current;
            return true;
        }

        /// <summary>Not supported: a validator walks each map once.</summary>
        public readonly void Reset() => throw new System.NotSupportedException();

        /// <inheritdoc />
        public readonly void Dispose() => _other?.Dispose();
    }
}
