using System.Buffers;
using System.Text.Json;
using KeyedMaps;

namespace EventSchema.Json.Tests;

/// <summary>Keys of int, long, uuid and date maps are written in their wire form straight into the buffer: no string per key.</summary>
public sealed class KeyedMapWritingTests
{
    private static readonly Ledger Sample = new()
    {
        ByInt = new Dictionary<int, string> { [-7] = "a", [2147483647] = "b" },
        ByLong = new Dictionary<long, int> { [long.MinValue] = 1 },
        ById = new Dictionary<Guid, string> { [Guid.Parse("0F8FAD5B-D9CB-469F-A165-70867728950E")] = "c" },
        ByDay = new Dictionary<DateOnly, int> { [new DateOnly(2025, 4, 17)] = 3 },
    };

    [Fact]
    public void Keys_are_written_in_their_wire_form_and_read_back()
    {
        string json = Sample.ToJson();

        Assert.Equal("{\"byInt\":{\"-7\":\"a\",\"2147483647\":\"b\"},\"byLong\":{\"-9223372036854775808\":1},\"byId\":{\"0f8fad5b-d9cb-469f-a165-70867728950e\":\"c\"},\"byDay\":{\"2025-04-17\":3}}", json);
        Assert.Equal(Sample, Ledger.FromJson(json));
        Assert.Equal(json, JsonSerializer.Serialize(Sample, Generated.GeneratedJson.Ledger));
    }

    [Fact]
    public void Writing_keyed_maps_allocates_nothing_once_the_buffer_has_grown()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var writer = new Utf8JsonWriter(buffer);
        Sample.WriteJson(writer);
        writer.Flush();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);

        long before = GC.GetAllocatedBytesForCurrentThread();
        Sample.WriteJson(writer);
        writer.Flush();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }
}
