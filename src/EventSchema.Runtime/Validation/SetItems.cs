using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace EventSchema.Validation;

/// <summary>
/// The items of a set field, for a generated validator's <c>foreach</c>: a <see cref="HashSet{T}"/>, which readers make,
/// is walked without allocating; any other implementation through its own enumerator.
/// </summary>
/// <typeparam name="T">The type of the items.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct SetItems<T>
{
    private readonly IEnumerable<T> _set;

    /// <summary>The items of <paramref name="set"/>.</summary>
    public SetItems(IEnumerable<T> set) => _set = set;

    /// <summary>An enumerator over the items.</summary>
    public Enumerator GetEnumerator() => new(_set);

    /// <summary>Walks one set, through the cheapest way its type offers.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly IEnumerator<T>? _other;
        private HashSet<T>.Enumerator _hashSet;

        internal Enumerator(IEnumerable<T> set)
        {
            if (set is HashSet<T> hashSet)
            {
                _hashSet = hashSet.GetEnumerator();
                _other = null;
            }
            else
            {
                _hashSet = default;
                _other = set.GetEnumerator();
            }
        }

        /// <inheritdoc />
        public readonly T Current => _other is null ? _hashSet.Current : _other.Current;

        readonly object? IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => _other?.MoveNext() ?? _hashSet.MoveNext();

        /// <summary>Not supported: a validator walks each set once.</summary>
        public readonly void Reset() => throw new System.NotSupportedException();

        /// <inheritdoc />
        public readonly void Dispose() => _other?.Dispose();
    }
}
