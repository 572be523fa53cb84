using System;
using System.ComponentModel;

namespace EventSchema.Json;

/// <summary>
/// Builds the exceptions generated writers throw for values that have no JSON form. They are programming errors
/// rather than bad input, so they are <see cref="InvalidOperationException"/>s, not <c>JsonException</c>s.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonWriteErrors
{
    /// <summary>
    /// A scalar backed by a reference type that was never created with <c>From</c> or <c>TryFrom</c>
    /// (<c>default(CountryCode)</c>): it has no value, and writing <c>null</c> would give JSON its own reader refuses.
    /// </summary>
    /// <param name="scalarName">The scalar's C# name.</param>
    /// <param name="propertyName">The JSON property being written, or null for an item of a list, set or map.</param>
    public static InvalidOperationException UnsetScalar(string scalarName, string? propertyName)
        => new(
            scalarName + " has no value: it is default(" + scalarName + "), which was never created with " + scalarName + ".From or TryFrom, "
            + (propertyName is null ? "so this item" : "so property '" + propertyName + "'")
            + " cannot be written. Validate() reports such a value as 'required'.");

    /// <summary>
    /// A scalar backed by a value type whose value breaks the scalar's rules, which only a value never created with
    /// <c>From</c> can (<c>default(DelegateCount)</c> holds 0): the reader would refuse what would be written.
    /// </summary>
    /// <param name="scalarName">The scalar's C# name.</param>
    /// <param name="propertyName">The JSON property being written, or null for an item of a list, set or map.</param>
    public static InvalidOperationException ScalarBreaksRules(string scalarName, string? propertyName)
        => new(
            scalarName + " holds a value that breaks its rules: it was never created with " + scalarName + ".From or TryFrom (default(" + scalarName + ") is one such value), "
            + (propertyName is null ? "so this item" : "so property '" + propertyName + "'")
            + " cannot be written: the reader would refuse it. Validate() reports the rule it breaks.");

    /// <summary>A required property holding <c>null</c> (set with <c>null!</c>): the reader would refuse <c>null</c> there.</summary>
    /// <param name="propertyName">The JSON property being written.</param>
    public static InvalidOperationException NullRequired(string propertyName)
        => new("Property '" + propertyName + "' is required but holds null, so it cannot be written: the reader would refuse null there. Validate() reports it as 'required'.");

    /// <summary>An item of a list, set or map holding <c>null</c> where its type has no <c>?</c>.</summary>
    public static InvalidOperationException NullItem()
        => new("An item of a list, set or map holds null, but its type has no '?', so it cannot be written: the reader would refuse null there. Remove the item, or make the item type optional in the schema ('T?').");
}
