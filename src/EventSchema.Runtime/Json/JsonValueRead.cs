using System.ComponentModel;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>Reads one value at the reader's position (its first token), as generated readers and <see cref="JsonItemReaders"/> do.</summary>
/// <param name="reader">The reader, on the value's first token; it ends on the value's last.</param>
/// <param name="options">The reading options.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T JsonValueRead<T>(ref Utf8JsonReader reader, EventJsonOptions options);

/// <summary>A generated type's public <c>ReadJson</c>: reads a whole value, with its top-level checks.</summary>
/// <param name="reader">The reader, on the value's first token or not started.</param>
/// <param name="options">The reading options, or null for <see cref="EventJsonOptions.Default"/>.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T JsonTopLevelRead<T>(ref Utf8JsonReader reader, EventJsonOptions? options);
