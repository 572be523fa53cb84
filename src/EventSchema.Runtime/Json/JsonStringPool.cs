using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;

namespace EventSchema.Json;

/// <summary>
/// A small, process-wide cache of short ASCII strings keyed by their UTF-8 bytes, so readers hand out one
/// instance for values that repeat across events (country codes, titles, outlet names) instead of allocating a
/// new string for each. Strings are immutable, so sharing an instance cannot be observed except through
/// reference equality.
/// </summary>
/// <remarks>
/// Each slot holds at most one string; a new value overwrites the slot's old one. A lookup compares the bytes
/// before it returns an entry, so a collision only costs an allocation, never a wrong value. Slots are read and
/// written without locks: a reference write is atomic, and a slot either holds a complete string or the old one.
/// The pool keeps at most <see cref="SlotCount"/> strings of at most <see cref="MaxLength"/> characters alive.
/// </remarks>
internal static class JsonStringPool
{
    /// <summary>The longest value, in bytes, that is looked up in the pool.</summary>
    public const int MaxLength = 32;

    /// <summary>The number of slots; a power of two.</summary>
    public const int SlotCount = 1 << SlotBits;

    private const int SlotBits = 12;

    private static readonly string?[] Slots = new string?[SlotCount];

    /// <summary>
    /// The pooled string the reader's current string or property name stands for, when
    /// <see cref="EventJsonOptions.ReuseStrings"/> is on and the value is short, plain ASCII in one segment; else
    /// null (the caller decodes the value itself). The value is held to <see cref="EventJsonOptions.MaxStringLength"/>.
    /// </summary>
    public static string? TryGet(in Utf8JsonReader reader, EventJsonOptions options)
    {
        if (!options.ReuseStrings || reader.HasValueSequence || reader.ValueIsEscaped) return null;
        var pooled = GetOrAdd(reader.ValueSpan);
        if (pooled is not null && pooled.Length > options.MaxStringLength) throw JsonReadErrors.StringTooLong(options.MaxStringLength);
        return pooled;
    }

    /// <summary>
    /// The pooled string equal to <paramref name="utf8"/> when its bytes are ASCII and short enough, else
    /// null (the caller decodes the value itself).
    /// </summary>
    public static string? GetOrAdd(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength || utf8.Length == 0) return null;
        if (!TryHashAscii(utf8, out var hash)) return null;

        // The top bits of a multiplicative hash depend on every byte; the low ones miss changes in the last bytes, so
        // texts that differ only at their end ("SKU-10", "SKU-13") would share a slot and keep replacing each other.
        ref var slot = ref Slots[hash >> (32 - SlotBits)];
        var cached = Volatile.Read(ref slot);
        if (cached is not null && EqualsAscii(cached, utf8)) return cached;

        var created = CreateAscii(utf8);
        Volatile.Write(ref slot, created);
        return created;
    }

    /// <summary>
    /// A hash of the bytes, eight at a time (the last word overlapping the one before it); false when any byte is not
    /// ASCII. Texts shorter than eight bytes, most keys and codes, are read as one word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryHashAscii(ReadOnlySpan<byte> utf8, out uint hash)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        var length = utf8.Length;
        var value = (ulong)length * Multiplier;
        ulong high;
        if (length >= 8)
        {
            high = 0;
            var i = 0;
            for (; i + 8 <= length; i += 8)
            {
                var word = BinaryPrimitives.ReadUInt64LittleEndian(utf8.Slice(i));
                high |= word;
                value = (value ^ word) * Multiplier;
                value ^= value >> 29;
            }
            if (i < length)
            {
                var tail = BinaryPrimitives.ReadUInt64LittleEndian(utf8.Slice(length - 8));
                high |= tail;
                value = (value ^ tail) * Multiplier;
                value ^= value >> 29;
            }
        }
        else
        {
            // Four to seven bytes: the first four and the last four; one to three: the first, middle and last byte.
            high = length >= 4
                ? BinaryPrimitives.ReadUInt32LittleEndian(utf8) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(utf8.Slice(length - 4)) << 32)
                : utf8[0] | ((ulong)utf8[length >> 1] << 8) | ((ulong)utf8[length - 1] << 16);
            value = (value ^ high) * Multiplier;
            value ^= value >> 29;
        }
        hash = (uint)(value >> 32);
        return (high & 0x8080808080808080) == 0;
    }

    private static bool EqualsAscii(string candidate, ReadOnlySpan<byte> utf8)
    {
        if (candidate.Length != utf8.Length) return false;
#if NET8_0_OR_GREATER
        // The vectorized comparison pays off from about a word's length; below it a plain loop is faster.
        if (utf8.Length > 8) return System.Text.Ascii.Equals(utf8, candidate);
#endif
        for (var i = 0; i < utf8.Length; i++)
        {
            if (candidate[i] != utf8[i]) return false;
        }
        return true;
    }

    private static string CreateAscii(ReadOnlySpan<byte> utf8)
    {
#if NET8_0_OR_GREATER
        return System.Text.Encoding.ASCII.GetString(utf8);
#else
        // ASCII bytes are their own UTF-16 code units.
        var chars = new char[utf8.Length];
        for (var i = 0; i < utf8.Length; i++) chars[i] = (char)utf8[i];
        return new string(chars);
#endif
    }
}
