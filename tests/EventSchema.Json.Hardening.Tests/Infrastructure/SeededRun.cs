using CsCheck;
using EventSchema.Hardening.Tests.Infrastructure;

namespace EventSchema.Json.Hardening.Tests.Infrastructure;

/// <summary>
/// Draws every value of a randomized test from one CsCheck stream fixed by the run's seed and the test's stream number,
/// so CI checks the same inputs every time; a failure names the iteration and the seed that replay it.
/// </summary>
public static class SeededRun
{
    public static void ForEach<T>(Gen<T> gen, int defaultCount, uint stream, Action<T> check, Func<T, string> describe)
    {
        var settings = FuzzSettings.Current;
        var pcg = new PCG(stream, (ulong)(uint)settings.Seed);
        var count = settings.Count(defaultCount);
        for (var i = 0; i < count; i++)
        {
            var value = gen.Generate(pcg, null, out _);
            try
            {
                check(value);
            }
            catch (Exception error)
            {
                throw new InvalidOperationException($"Iteration {i} of stream {stream}, {settings.Describe()}: {describe(value)}", error);
            }
        }
    }
}
