using System;
using System.ComponentModel;

namespace EventSchema;

/// <summary>
/// The part of a generated scalar's ordering that is the same for every scalar, so each scalar carries one line for it.
/// </summary>
/// <remarks>Generated code uses this type.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ScalarOrder
{
    /// <summary>
    /// <see cref="IComparable.CompareTo(object)"/> of a generated scalar: null sorts before every value, a value of the
    /// same scalar compares by <see cref="IComparable{T}.CompareTo(T)"/>, anything else is an <see cref="ArgumentException"/>.
    /// </summary>
    public static int CompareToObject<TScalar>(TScalar scalar, object? obj)
        where TScalar : struct, IComparable<TScalar>
    {
        if (obj is null) return 1;
        if (obj is TScalar other) return scalar.CompareTo(other);
        throw new ArgumentException($"A {typeof(TScalar).Name} compares only with another {typeof(TScalar).Name}, not with {obj.GetType().Name}.", nameof(obj));
    }
}
