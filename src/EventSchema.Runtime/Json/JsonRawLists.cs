using System.Collections.Generic;
using System.ComponentModel;

namespace EventSchema.Json;

/// <summary>
/// Writers of the collection shapes most schemas share, so generated types call one runtime method instead of each
/// carrying its own helper method (a method per type costs every build that compiles the generated code).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonRawLists
{
    /// <summary>Writes a list of strings as a JSON array; a null item is written as <c>null</c>.</summary>
    /// <param name="raw">The raw writer.</param>
    /// <param name="value">The list.</param>
    public static void Strings(ref JsonRawWriter raw, IReadOnlyList<string?> value)
    {
        raw.StartArray();
        for (int i = 0; i < value.Count; i++)
        {
            var item = value[i];
            raw.Separator();
            if (item is null) raw.Null(); else raw.String(item);
        }
        raw.EndArray();
    }

    /// <summary>
    /// Writes a <c>list&lt;string&gt;</c> (items without <c>?</c>) as a JSON array; a null item is refused with
    /// <see cref="JsonWriteErrors.NullItem"/>, as the reader would refuse <c>null</c> there.
    /// </summary>
    /// <param name="raw">The raw writer.</param>
    /// <param name="value">The list.</param>
    public static void RequiredStrings(ref JsonRawWriter raw, IReadOnlyList<string> value)
    {
        raw.StartArray();
        for (int i = 0; i < value.Count; i++)
        {
            var item = value[i] ?? throw JsonWriteErrors.NullItem();
            raw.Separator();
            raw.String(item);
        }
        raw.EndArray();
    }
}
