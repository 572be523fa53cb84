using System;
using System.ComponentModel;

namespace EventSchema;

/// <summary>The exceptions generated scalars throw; one shared builder keeps each scalar's code small.</summary>
/// <remarks>Generated code uses this type.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ScalarErrors
{
    /// <summary>
    /// Reading <c>Value</c> of a scalar over a reference type that was never created with <c>From</c> or <c>TryFrom</c>
    /// (<c>default(CountryCode)</c>, or a property left unset): it has no value, though <c>Value</c> is typed non-null.
    /// </summary>
    /// <param name="scalarName">The scalar's C# name.</param>
    public static InvalidOperationException Unset(string scalarName)
        => new(
            scalarName + " has no value: it is default(" + scalarName + "), which was never created with " + scalarName + ".From or TryFrom. "
            + "Create it with " + scalarName + ".From; Validate() reports such a value as 'required'.");
}
