using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace EventSchema;

/// <summary>
/// The field behind a generated record's list, set, map or <c>uri</c> property: the value itself, equal to another
/// when the comparer for its shape says so (collections element by element, a <c>Uri</c> by its text). With it, the
/// compiler's own record equality and hash code use that comparer, and generated records need no <c>Equals</c> of
/// their own.
/// </summary>
/// <typeparam name="T">The property's type, such as <c>IReadOnlyList&lt;string&gt;</c> or <c>Uri</c>.</typeparam>
/// <remarks>Generated code uses this type; the property returns <see cref="Value"/>, the collection as it was set.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct EquatableCollection<T> : IEquatable<EquatableCollection<T>>
    where T : class
{
    // Null only in the default value, whose collection is null too (an optional property never set).
    private readonly IEqualityComparer<T?>? _comparer;

    /// <summary>Holds <paramref name="value"/>, compared with <paramref name="comparer"/>.</summary>
    public EquatableCollection(T? value, IEqualityComparer<T?> comparer)
    {
        Value = value;
        _comparer = comparer ?? throw new ArgumentNullException(nameof(comparer));
    }

    /// <summary>The collection, the same instance that was set; null when none was.</summary>
    public T? Value { get; }

    /// <inheritdoc />
    public bool Equals(EquatableCollection<T> other)
    {
        IEqualityComparer<T?>? comparer = _comparer ?? other._comparer;
        return comparer is null || comparer.Equals(Value, other.Value);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableCollection<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null || _comparer is null ? 0 : _comparer.GetHashCode(Value);

    /// <summary>Whether the two hold equal collections.</summary>
    public static bool operator ==(EquatableCollection<T> left, EquatableCollection<T> right) => left.Equals(right);

    /// <summary>Whether the two hold different collections.</summary>
    public static bool operator !=(EquatableCollection<T> left, EquatableCollection<T> right) => !left.Equals(right);
}
