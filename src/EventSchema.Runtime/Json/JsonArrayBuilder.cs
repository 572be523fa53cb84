using System;
using System.Buffers;
using System.ComponentModel;

namespace EventSchema.Json;

/// <summary>
/// Collects the items of a JSON array in a pooled buffer and hands back one array of the exact size, so a
/// list read from JSON costs a single allocation. A mutable struct: keep it in a local and never copy it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct JsonArrayBuilder<T>
{
    private T[]? _buffer;
    private int _count;

    /// <summary>How many items have been added.</summary>
    public readonly int Count => _count;

    /// <summary>Adds an item.</summary>
    public void Add(T item)
    {
        if (_buffer is null)
        {
            _buffer = ArrayPool<T>.Shared.Rent(8);
        }
        else if (_count == _buffer.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_buffer.Length * 2);
            Array.Copy(_buffer, larger, _count);
            Return(_buffer, _count);
            _buffer = larger;
        }
        _buffer[_count++] = item;
    }

    /// <summary>The items, in order, in a new array of the exact size; the pooled buffer goes back to the pool.</summary>
    public T[] ToArray()
    {
        if (_buffer is null) return Array.Empty<T>();
        var result = new T[_count];
        Array.Copy(_buffer, result, _count);
        Return(_buffer, _count);
        _buffer = null;
        _count = 0;
        return result;
    }

    // Cleared so the pool does not keep the items alive.
    private static void Return(T[] buffer, int count)
    {
        Array.Clear(buffer, 0, count);
        ArrayPool<T>.Shared.Return(buffer);
    }
}
