#if NET8_0_OR_GREATER
using System;
using System.Runtime.InteropServices;
#endif

namespace EventSchema.Validation;

/// <summary>
/// How JSON Schema counts the length of a string for <c>minLength</c> and <c>maxLength</c>: in code points, a surrogate
/// pair once and a lone surrogate once; and which strings JSON cannot hold at all. One file, compiled into the runtime
/// (generated validators) and the front end (the generator's constant analyzer and messages), so the build and the
/// running code count and word alike.
/// </summary>
internal static class CodePoints
{
    /// <summary>The end of the sentence <c>Validate()</c> reports (code <c>type</c>) for a string holding a lone surrogate.</summary>
    public const string UnpairedSurrogateRule = "must be Unicode text, but holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF), which a JSON string cannot hold; writers would put U+FFFD in its place.";

    public static int Length(string value)
    {
        int length = value.Length;
        for (int i = 0; i < value.Length - 1; i++)
        {
            if (char.IsHighSurrogate(value[i]) && char.IsLowSurrogate(value[i + 1]))
            {
                length--;
                i++;
            }
        }
        return length;
    }

    /// <summary>
    /// Whether <paramref name="value"/> holds a UTF-16 surrogate that is not half of a pair (a high one followed by a
    /// low one): such a string is not Unicode text, so no JSON string (and no UTF-8) can hold it.
    /// </summary>
    public static bool HasUnpairedSurrogate(string value)
    {
#if NET8_0_OR_GREATER
        // One vectorised search for the surrogate range; text without surrogates (nearly all) ends here. The search
        // runs over the UTF-16 code units as numbers: over chars it allocates on every call.
        ReadOnlySpan<ushort> rest = MemoryMarshal.Cast<char, ushort>(value.AsSpan());
        while (true)
        {
            int i = rest.IndexOfAnyInRange((ushort)0xD800, (ushort)0xDFFF);
            if (i < 0) return false;
            if (!char.IsHighSurrogate((char)rest[i]) || i + 1 == rest.Length || !char.IsLowSurrogate((char)rest[i + 1])) return true;
            rest = rest.Slice(i + 2);
        }
#else
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c < '\uD800' || c > '\uDFFF') continue;
            if (!char.IsHighSurrogate(c) || i + 1 == value.Length || !char.IsLowSurrogate(value[i + 1])) return true;
            i++;
        }
        return false;
#endif
    }
}
