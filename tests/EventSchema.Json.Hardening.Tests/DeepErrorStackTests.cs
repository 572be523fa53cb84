using System.Text.Json;
using JsonHardening;

namespace EventSchema.Json.Hardening.Tests;

/// <summary>
/// Finding H10: an error at the deepest level used to be caught and thrown anew at every enclosing level, nesting one
/// exception dispatch per level; at the default depth of 64 that overflowed a 1 MB stack (the default on Windows) and
/// killed the process. Each case runs on a thread with a small stack, where the old readers crashed.
/// </summary>
public sealed class DeepErrorStackTests
{
    private const int OneMegabyte = 1024 * 1024;

    public static TheoryData<string, string, string> DeepErrors()
    {
        var depth = EventJsonOptions.Default.MaxDepth;
        string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
        return new TheoryData<string, string, string>
        {
            // Too deep: the innermost object is one level past the limit.
            { Repeat("{\"next\":", depth) + "{}" + new string('}', depth), "$" + Repeat(".next", depth), "MaxDepth" },
            // A wrong value at the deepest level the limit allows.
            { Repeat("{\"next\":", depth - 1) + "{\"flag\":1}" + new string('}', depth - 1), "$" + Repeat(".next", depth - 1) + ".flag", "Expected true or false" },
            { Repeat("{\"children\":[", depth / 2 - 1) + "{\"int32\":1.5}" + Repeat("]}", depth / 2 - 1), "$" + Repeat(".children[0]", depth / 2 - 1) + ".int32", "not a valid int" },
            { Repeat("{\"branches\":{\"b\":", depth / 2 - 1) + "{\"tone\":\"hot\"}" + Repeat("}}", depth / 2 - 1), "$" + Repeat(".branches.b", depth / 2 - 1) + ".tone", "not a member of Tone" },
        };
    }

    [Theory]
    [MemberData(nameof(DeepErrors))]
    public void An_error_at_the_deepest_level_fits_a_one_megabyte_stack(string json, string path, string reason)
    {
        var error = OnSmallStack(() => Probe.FromJson(json), OneMegabyte);

        Assert.Equal(path, error.Path);
        Assert.Contains(reason, error.Message);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_large_configured_depth_with_an_error_at_the_bottom_fits_a_one_megabyte_stack()
    {
        var options = new EventJsonOptions { MaxDepth = 300 };
        var json = string.Concat(Enumerable.Repeat("{\"next\":", 299)) + "{\"flag\":1}" + new string('}', 299);

        var error = OnSmallStack(() => Probe.FromJson(json, options), OneMegabyte);

        Assert.EndsWith(".next.flag", error.Path);
    }

    [Fact]
    public void A_very_large_configured_depth_cannot_overflow_the_stack()
    {
        var options = new EventJsonOptions { MaxDepth = 100_000 };
        var json = string.Concat(Enumerable.Repeat("{\"next\":", 99_999)) + "{\"flag\":1}" + new string('}', 99_999);

        var error = OnSmallStack(() => Probe.FromJson(json, options), OneMegabyte);

        Assert.Contains("more than this thread's stack has room for", error.Message);
        Assert.StartsWith("$.next.next.next", error.Path);
    }

    private static JsonException OnSmallStack(Action read, int stackSize)
    {
        Exception? seen = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    read();
                }
#pragma warning disable CA1031 // Reported by the assertion below.
                catch (Exception error)
#pragma warning restore CA1031
                {
                    seen = error;
                }
            },
            stackSize);
        thread.Start();
        thread.Join();
        return Assert.IsType<JsonException>(seen, exactMatch: false);
    }
}
