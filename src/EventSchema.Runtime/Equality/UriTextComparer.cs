using System;
using System.Collections.Generic;

namespace EventSchema;

/// <summary>
/// Compares <see cref="Uri"/> values by their text (<see cref="Uri.OriginalString"/>, ordinally), the text a writer
/// writes. Generated records, sets and <c>@uniqueItems</c> compare <c>uri</c> values with it, so two values are equal
/// exactly when their JSON is: <see cref="Uri.Equals(object)"/> ignores the fragment and the case of the scheme and
/// host, and would make <c>https://example.org/report#a</c> and <c>…#b</c> one item of a set.
/// </summary>
public sealed class UriTextComparer : IEqualityComparer<Uri?>
{
    private UriTextComparer()
    {
    }

    /// <summary>The one instance.</summary>
    public static UriTextComparer Instance { get; } = new();

    /// <inheritdoc />
    public bool Equals(Uri? x, Uri? y)
        => ReferenceEquals(x, y) || (x is not null && y is not null && string.Equals(x.OriginalString, y.OriginalString, StringComparison.Ordinal));

    /// <inheritdoc />
    public int GetHashCode(Uri? obj) => obj is null ? 0 : StringComparer.Ordinal.GetHashCode(obj.OriginalString);
}
