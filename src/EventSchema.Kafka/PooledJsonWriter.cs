using System;
using System.Buffers;
using System.Text.Json;

namespace EventSchema.Kafka;

/// <summary>
/// One growable buffer and one <see cref="Utf8JsonWriter"/> per thread, reused for every message a serializer
/// writes, so a message costs only the exact-size array Kafka's serializer contract returns.
/// </summary>
internal sealed class PooledJsonWriter : IBufferWriter<byte>
{
    /// <summary>Buffers that grew past this are dropped after use rather than kept for the thread.</summary>
    private const int MaxRetainedBytes = 1024 * 1024;

    [ThreadStatic] private static PooledJsonWriter? t_cached;

    private byte[] _buffer = new byte[4096];
    private int _written;

    private PooledJsonWriter() => Writer = new Utf8JsonWriter(this, new JsonWriterOptions { SkipValidation = true });

    /// <summary>The writer over this buffer.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>The bytes written so far, including any reserved prefix.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

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
        if (lease._buffer.Length > MaxRetainedBytes) return;
        lease._written = 0;
        lease.Writer.Reset(lease);
        t_cached = lease;
    }

    /// <summary>Reserves <paramref name="count"/> bytes before the JSON (a schema-registry prefix) and returns them to fill.</summary>
    public Span<byte> Reserve(int count)
    {
        var span = GetSpan(count).Slice(0, count);
        Advance(count);
        return span;
    }

    /// <summary>Flushes the JSON writer and copies everything written into a new array.</summary>
    public byte[] ToArray()
    {
        Writer.Flush();
        return WrittenSpan.ToArray();
    }

    /// <inheritdoc />
    public void Advance(int count)
    {
        if (count < 0 || _written + count > _buffer.Length) throw new ArgumentOutOfRangeException(nameof(count));
        _written += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    private void Ensure(int sizeHint)
    {
        if (sizeHint < 1) sizeHint = 1;
        if (_buffer.Length - _written >= sizeHint) return;
        Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _written + sizeHint));
    }
}
