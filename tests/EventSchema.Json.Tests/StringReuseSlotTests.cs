using Diplomacy;

namespace EventSchema.Json.Tests;

/// <summary>The shared string cache keeps values that differ only in their last characters apart.</summary>
public sealed class StringReuseSlotTests
{
    [Fact]
    public void Values_that_differ_only_at_their_end_are_each_shared()
    {
        // Codes like these differ in their last byte or two; a slot chosen from bits that ignore the end would make
        // neighbours replace each other, and every read would allocate again.
        var json = SeedEvents.CredentialsPresented.ToJson();
        var names = Enumerable.Range(10, 10).Select(i => "SKU-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var first = names.Select(name => CredentialsPresented.FromJson(json.Replace("\"Lu Mei\"", "\"" + name + "\"")).Ambassador.Name).ToArray();
        var second = names.Select(name => CredentialsPresented.FromJson(json.Replace("\"Lu Mei\"", "\"" + name + "\"")).Ambassador.Name).ToArray();

        for (var i = 0; i < names.Length; i++) Assert.Same(first[i], second[i]);
    }
}
