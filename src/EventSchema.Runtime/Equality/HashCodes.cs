using System.Collections.Generic;

namespace EventSchema;

/// <summary>
/// Hash combining for generated <c>GetHashCode</c> overrides; <c>System.HashCode</c> is missing on
/// netstandard2.0, and generated code must build there too.
/// </summary>
public static class HashCodes
{
    /// <summary>Mixes <paramref name="value"/> into <paramref name="hash"/>.</summary>
    public static int Combine(int hash, int value) => unchecked((hash * -1521134295) + value);

    /// <summary>Mixes the hash of <paramref name="value"/> (0 for null) into <paramref name="hash"/>.</summary>
    public static int Combine<T>(int hash, T value) => Combine(hash, value is null ? 0 : EqualityComparer<T>.Default.GetHashCode(value));
}
