using System.Globalization;

namespace EventSchema.Hardening.Tests.Infrastructure;

/// <summary>
/// The seed and size of a randomized run. CI uses a fixed seed and the default count; a long run sets
/// <c>EVENTSCHEMA_FUZZ_SEED</c> (a number, or <c>random</c>) and <c>EVENTSCHEMA_FUZZ_COUNT</c> (a multiplier of the defaults).
/// Every failure message names the seed, so any run can be replayed exactly.
/// </summary>
public sealed record FuzzSettings(int Seed, double Scale)
{
    public const string SeedVariable = "EVENTSCHEMA_FUZZ_SEED";
    public const string CountVariable = "EVENTSCHEMA_FUZZ_COUNT";

    /// <summary>The fixed seed CI runs with.</summary>
    public const int DefaultSeed = 20250417;

    public static FuzzSettings Current { get; } = FromEnvironment();

    /// <summary><paramref name="defaultCount"/> scaled by <c>EVENTSCHEMA_FUZZ_COUNT</c>.</summary>
    public int Count(int defaultCount) => Math.Max(1, (int)Math.Min(int.MaxValue, defaultCount * Scale));

    /// <summary>A generator for one test, so tests stay independent of each other's draws.</summary>
    public Random RandomFor(string testName) => new(unchecked(Seed * 31 + StableHash(testName)));

    public string Describe() => $"seed {Seed} (replay with {SeedVariable}={Seed.ToString(CultureInfo.InvariantCulture)})";

    private static FuzzSettings FromEnvironment()
    {
        string? seedText = Environment.GetEnvironmentVariable(SeedVariable);
        int seed = DefaultSeed;
        if (string.Equals(seedText, "random", StringComparison.OrdinalIgnoreCase)) seed = Random.Shared.Next();
        else if (!string.IsNullOrEmpty(seedText)) seed = int.Parse(seedText, CultureInfo.InvariantCulture);

        string? countText = Environment.GetEnvironmentVariable(CountVariable);
        double scale = string.IsNullOrEmpty(countText) ? 1 : double.Parse(countText, CultureInfo.InvariantCulture);
        return new FuzzSettings(seed, scale);
    }

    // string.GetHashCode is randomized per process; this one is not.
    private static int StableHash(string text)
    {
        unchecked
        {
            int hash = (int)2166136261;
            foreach (char c in text) hash = (hash ^ c) * 16777619;
            return hash;
        }
    }
}
