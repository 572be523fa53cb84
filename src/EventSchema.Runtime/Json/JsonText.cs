using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>
/// Turns a value into JSON text through its generated writer, reusing one buffer and one
/// <see cref="Utf8JsonWriter"/> per thread so only the returned string or array is allocated.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonText
{
    /// <summary>Buffers larger than this are dropped after use rather than kept for the thread.</summary>
    private const int MaxRetainedBytes = 1024 * 1024;

    [ThreadStatic] private static Lease? t_cached;

    /// <summary>The JSON text <paramref name="write"/> produces for <paramref name="value"/>.</summary>
    public static string ToString<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        var lease = Rent();
        try
        {
            write(lease.Writer, value);
            lease.Writer.Flush();
            return GetString(lease.Buffer.WrittenSpan);
        }
        finally
        {
            Return(lease);
        }
    }

    /// <summary>The UTF-8 JSON <paramref name="write"/> produces for <paramref name="value"/>.</summary>
    public static byte[] ToUtf8Bytes<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        var lease = Rent();
        try
        {
            write(lease.Writer, value);
            lease.Writer.Flush();
            return lease.Buffer.WrittenSpan.ToArray();
        }
        finally
        {
            Return(lease);
        }
    }

    private static string GetString(ReadOnlySpan<byte> utf8)
#if NETSTANDARD2_0
        => Encoding.UTF8.GetString(utf8.ToArray());
#else
        => Encoding.UTF8.GetString(utf8);
#endif

    private static Lease Rent()
    {
        var lease = t_cached;
        if (lease is null) return new Lease();
        t_cached = null; // a writer that writes JSON text from inside its own write gets a fresh lease
        return lease;
    }

    private static void Return(Lease lease)
    {
        if (lease.Buffer.Capacity > MaxRetainedBytes) return;
        lease.Buffer.Clear();
        lease.Writer.Reset(lease.Buffer);
        t_cached = lease;
    }

    private sealed class Lease
    {
        public Lease() => Writer = new Utf8JsonWriter(Buffer);

        public ByteBufferWriter Buffer { get; } = new();

        public Utf8JsonWriter Writer { get; }
    }
}
