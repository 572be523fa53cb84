using System.Buffers;

namespace EventSchema.Json.Tests;

/// <summary>Cuts bytes into a chain of small segments, so readers meet values split across buffers.</summary>
public static class Segments
{
    public static ReadOnlySequence<byte> Split(byte[] bytes, int size)
    {
        Segment? first = null, last = null;
        for (var offset = 0; offset < bytes.Length; offset += size)
        {
            var memory = bytes.AsMemory(offset, Math.Min(size, bytes.Length - offset));
            var segment = new Segment(memory, last is null ? 0 : last.RunningIndex + last.Memory.Length);
            if (last is null) first = segment;
            else last.SetNext(segment);
            last = segment;
        }
        return first is null ? ReadOnlySequence<byte>.Empty : new ReadOnlySequence<byte>(first, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public void SetNext(Segment next) => Next = next;
    }
}
