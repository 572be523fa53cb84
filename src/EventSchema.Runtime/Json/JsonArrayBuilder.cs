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
    // Most lists in events are short: the first items live in the struct itself, so they need no pooled buffer.
    private const int InlineCapacity = 4;

    private T _item0;
    private T _item1;
    private T _item2;
    private T _item3;
    private T[]? _buffer;
    private int _count;

    /// <summary>How many items have been added.</summary>
    public readonly int Count => _count;

    /// <summary>Adds an item.</summary>
    public void Add(T item)
    {
        switch (_count)
        {
            case 0: _item0 = item; break;
            case 1: _item1 = item; break;
            case 2: _item2 = item; break;
            case 3: _item3 = item; break;
            default: AddToBuffer(item); break;
        }
        _count++;
    }

    /// <summary>The items, in order, in a new array of the exact size; the pooled buffer goes back to the pool.</summary>
    public T[] ToArray()
    {
        if (_count == 0) return Array.Empty<T>();
        var result = new T[_count];
        if (_buffer is null)
        {
            result[0] = _item0;
            if (_count > 1) result[1] = _item1;
            if (_count > 2) result[2] = _item2;
            if (_count > 3) result[3] = _item3;
        }
        else
        {
            Array.Copy(_buffer, result, _count);
            Return(_buffer, _count);
        }
        this = default;
        return result;
    }

    private void AddToBuffer(T item)
    {
        if (_buffer is null)
        {
            _buffer = ArrayPool<T>.Shared.Rent(InlineCapacity * 4);
            _buffer[0] = _item0;
            _buffer[1] = _item1;
            _buffer[2] = _item2;
            _buffer[3] = _item3;
        }
        else if (_count == _buffer.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_buffer.Length * 2);
            Array.Copy(_buffer, larger, _count);
            Return(_buffer, _count);
            _buffer = larger;
        }
        _buffer[_count] = item;
    }

    // Cleared so the pool does not keep the items alive.
    private static void Return(T[] buffer, int count)
    {
        Array.Clear(buffer, 0, count);
        ArrayPool<T>.Shared.Return(buffer);
    }
}
