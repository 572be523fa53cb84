using System;
using System.Buffers;

namespace EventSchema.Json;

/// <summary>
/// A growable byte buffer that is cleared and reused rather than reallocated. The Kafka package compiles this file
/// in too, for its per-thread message buffers.
/// </summary>
internal sealed class ByteBufferWriter : IBufferWriter<byte>
{
    private byte[] _buffer;
    private int _written;

    public ByteBufferWriter(int initialCapacity = 1024) => _buffer = new byte[initialCapacity];

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    public int Capacity => _buffer.Length;

    public void Clear() => _written = 0;

    public void Advance(int count)
    {
        if (count < 0 || _written + count > _buffer.Length) throw new ArgumentOutOfRangeException(nameof(count));
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    private void Ensure(int sizeHint)
    {
        if (sizeHint < 1) sizeHint = 1;
        if (_buffer.Length - _written >= sizeHint) return;
        var size = Math.Max(_buffer.Length * 2, _written + sizeHint);
        Array.Resize(ref _buffer, size);
    }
}
