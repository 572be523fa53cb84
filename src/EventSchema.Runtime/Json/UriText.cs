using System;
using System.Buffers;
using System.ComponentModel;
using EventSchema.Wire;

namespace EventSchema.Json;

/// <summary>The RFC 3986 check readers, writers and validators apply to the schema's <c>uri</c> values.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class UriText
{
    /// <summary>
    /// Whether <paramref name="text"/> is an RFC 3986 URI reference (JSON Schema's <c>uri-reference</c>): an absolute URI
    /// or a relative reference, in ASCII, with no backslash, space, quote or bracket outside an IP literal, every
    /// <c>%</c> followed by two hex digits, and a port of digits.
    /// </summary>
    public static bool IsUriReference(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        const int StackLimit = 256;
        byte[]? rented = null;
        Span<byte> utf8 = text.Length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(text.Length));
        try
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] > 0x7F) return false;
                utf8[i] = (byte)text[i];
            }
            return WireSyntax.IsUriReference(utf8.Slice(0, text.Length));
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
