namespace EventSchema.Json.Tests;

/// <summary>Lists of every length up to well past the builder's inline items and first pooled buffer read back exactly.</summary>
public sealed class ListLengthTests
{
    [Fact]
    public void Lists_of_every_length_read_back_in_order()
    {
        for (var length = 0; length <= 70; length++)
        {
            var row = Enumerable.Range(0, length).ToArray();
            var value = JsonCoverage.EveryType.FromJson((CoverageSamples.Full with { Matrix = [row, [length]] }).ToJson());

            Assert.Equal(row, value.Matrix[0]);
            Assert.Equal([length], value.Matrix[1]);
        }
    }
}
