using System;
using System.Text.Json;
using EventSchema.Json;

namespace EventSchema.Kafka;

/// <summary>
/// One growable buffer and one <see cref="Utf8JsonWriter"/> per thread, reused for every message a serializer
/// writes, so a message costs only the exact-size array Kafka's serializer contract returns.
/// </summary>
internal sealed class PooledJsonWriter
{
    /// <summary>Buffers that grew past this are dropped after use rather than kept for the thread.</summary>
    private const int MaxRetainedBytes = 1024 * 1024;

    [ThreadStatic] private static PooledJsonWriter? t_cached;

    private readonly ByteBufferWriter _buffer = new(4096);

    private PooledJsonWriter() => Writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });

    /// <summary>The writer over this buffer.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>The bytes written so far, including any reserved prefix.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    /// <summary>Takes the thread's writer (or a new one when a write is already under way on this thread).</summary>
    public static PooledJsonWriter Rent()
    {
        var lease = t_cached;
        if (lease is null) return new PooledJsonWriter();
        t_cached = null;
        return lease;
    }

    /// <summary>Gives the writer back for the thread's next message.</summary>
    public static void Return(PooledJsonWriter lease)
    {
        if (lease._buffer.Capacity > MaxRetainedBytes) return;
        lease._buffer.Clear();
        lease.Writer.Reset(lease._buffer);
        t_cached = lease;
    }

    /// <summary>Reserves <paramref name="count"/> bytes before the JSON (a schema-registry prefix) and returns them to fill.</summary>
    public Span<byte> Reserve(int count)
    {
        var span = _buffer.GetSpan(count).Slice(0, count);
        _buffer.Advance(count);
        return span;
    }

    /// <summary>Flushes the JSON writer and copies everything written into a new array.</summary>
    public byte[] ToArray()
    {
        Writer.Flush();
        return WrittenSpan.ToArray();
    }
}
