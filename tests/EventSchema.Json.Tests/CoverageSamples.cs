using JsonCoverage;

namespace EventSchema.Json.Tests;

/// <summary>Values of the coverage schema, which has a field of every kind.</summary>
public static class CoverageSamples
{
    public static EveryType Full => new()
    {
        Text = "Baku \"quoted\" \\ \u00e9 \ud83d\ude00",
        Flag = true,
        Small = -5,
        Big = long.MaxValue,
        Ratio = 0.1,
        Amount = 12345.6789m,
        Day = new DateOnly(2025, 4, 17),
        At = new OffsetTime(new TimeOnly(10, 30, 15, 250), TimeSpan.FromHours(4)),
        Moment = new DateTimeOffset(2025, 4, 17, 10, 30, 0, TimeSpan.FromHours(4)),
        Span = new IsoDuration(1, 2, 3, 4, 5, 6),
        Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Link = new Uri("https://news.az/news/credentials"),
        Level = Level.High,
        Percent = Percent.From(100),
        Slug = Slug.From("baku"),
        Leaf = new Leaf { Label = "root", Weight = 1.5 },
        Leaves = [new Leaf { Label = "a" }, new Leaf { Label = "b", Weight = -2 }],
        Tags = new HashSet<string> { "one", "two" },
        Scores = new Dictionary<string, int> { ["x"] = 1, ["odd key"] = -1 },
        Matrix = [[1, 2], [], [3]],
        Renamed = "wire name differs",
        Counter = 8,
    };

    /// <summary>The least a valid value needs: optional fields absent, defaults left to apply.</summary>
    public static string MinimalJson => """
        {"text":"","flag":false,"small":0,"big":0,"ratio":0,"amount":1,"day":"2025-04-17","at":"00:00:00Z",
         "moment":"2025-04-17T00:00:00Z","span":"PT0S","id":"00000000-0000-0000-0000-000000000000","link":"/relative",
         "level":"low","percent":0,"leaf":{"label":"x"},"leaves":[],"tags":[],"scores":{},"matrix":[]}
        """;
}
