using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>
/// The names of the undeclared properties a generated reader has skipped in one object, so that a name given twice
/// is rejected as it is for declared properties. Names are compared after unescaping (<c>"a"</c> and <c>"\u0061"</c>
/// are the same name). Nothing is allocated until an object has a second undeclared property.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct SkippedPropertyNames
{
    private string? _first;
    private HashSet<string>? _others;

    /// <summary>Records the name the reader is on; fails with a <see cref="JsonException"/> at that name when it was skipped before.</summary>
    internal void Add(ref Utf8JsonReader reader, EventJsonOptions options)
    {
        var name = JsonStringDecoder.GetPropertyName(in reader, options);
        if (_first is null)
        {
            _first = name;
            return;
        }
        if (string.Equals(_first, name, StringComparison.Ordinal) || !(_others ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
        {
            throw JsonReadErrors.InProperty(JsonReadErrors.DuplicateProperty(), name);
        }
    }
}
