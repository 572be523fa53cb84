using System.Buffers;
using System.Text.Json;
using JsonCoverage;

namespace EventSchema.Json.Tests;

/// <summary>Writing goes straight into the writer's buffer: no allocation at all once the buffer is large enough.</summary>
public sealed class AllocationTests
{
    public static TheoryData<string> Names => SeedEvents.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void Writing_a_seed_event_allocates_nothing(string name)
    {
        var info = Generated.GeneratedEventCatalog.Instance.Find(SeedEvents.All[name].GetType())!;
        var evt = SeedEvents.All[name];

        Assert.Equal(0, AllocatedWhileWriting(writer => info.Write(writer, evt)));
    }

    [Fact]
    public void Writing_every_kind_of_value_allocates_nothing()
    {
        var evt = CoverageSamples.Full;

        Assert.Equal(0, AllocatedWhileWriting(evt.WriteJson));
    }

    [Fact]
    public void Writing_a_value_that_was_read_allocates_nothing()
    {
        // Collections a reader made (arrays, small maps) are written through their own types, not through interfaces.
        var evt = EveryType.FromJson(CoverageSamples.Full.ToJson());

        Assert.Equal(0, AllocatedWhileWriting(evt.WriteJson));
    }

    private static long AllocatedWhileWriting(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using var writer = new Utf8JsonWriter(buffer);
        write(writer);
        writer.Flush();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);

        var before = GC.GetAllocatedBytesForCurrentThread();
        write(writer);
        writer.Flush();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
