using System;
using System.ComponentModel;

namespace EventSchema;

/// <summary>
/// The schema rules of a generated property or scalar, written by the EventSchema generator so that the
/// analyzer shipped beside it can check constants where the generated types are used, in this assembly and
/// in every assembly that references it. It changes nothing at run time; validation code does the checking.
/// </summary>
/// <remarks>
/// Only the rules that are set are written, so the common member carries a short attribute. Numeric bounds
/// keep the schema's text. On a collection property, the length, pattern and bound rules apply to its items.
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SchemaRulesAttribute : Attribute
{
    /// <summary>Describes the rules of one member.</summary>
    /// <param name="location">Where the rules are declared: the schema member and its file, such as <c>Official.name in credentials.eventschema</c>.</param>
    /// <param name="displayName">The subject of validation messages, such as <c>Name</c>.</param>
    public SchemaRulesAttribute(string location, string displayName)
    {
        Location = location;
        DisplayName = displayName;
    }

    /// <summary>Where the rules are declared: the schema member and its file.</summary>
    public string Location { get; }

    /// <summary>The subject of validation messages, such as <c>Name</c>.</summary>
    public string DisplayName { get; }

    /// <summary>The subject of an item's messages, such as <c>Source</c> (followed by its 1-based position).</summary>
    public string? ItemDisplayName { get; set; }

    /// <summary>Whether <see langword="null"/> breaks the rules (a non-optional reference).</summary>
    public bool Required { get; set; }

    /// <summary>The least length in Unicode code points; -1 when there is none.</summary>
    public int MinLength { get; set; } = -1;

    /// <summary>The greatest length in Unicode code points; -1 when there is none.</summary>
    public int MaxLength { get; set; } = -1;

    /// <summary>The regular expression a text must match; null when there is none.</summary>
    public string? Pattern { get; set; }

    /// <summary>The inclusive lower bound, as written in the schema; null when there is none.</summary>
    public string? Minimum { get; set; }

    /// <summary>The inclusive upper bound, as written in the schema; null when there is none.</summary>
    public string? Maximum { get; set; }

    /// <summary>The exclusive lower bound, as written in the schema; null when there is none.</summary>
    public string? ExclusiveMinimum { get; set; }

    /// <summary>The exclusive upper bound, as written in the schema; null when there is none.</summary>
    public string? ExclusiveMaximum { get; set; }

    /// <summary>The least number of items of a collection; -1 when there is none.</summary>
    public int MinItems { get; set; } = -1;

    /// <summary>The greatest number of items of a collection; -1 when there is none.</summary>
    public int MaxItems { get; set; } = -1;

    /// <summary>Whether a list's items must differ from each other.</summary>
    public bool UniqueItems { get; set; }
}
