using System.Globalization;
using EventSchema.Benchmarks.WarmCompile;

// usage: EventSchema.Benchmarks.WarmCompile ROUNDS LABEL=BUILD_LOG,PROJECT_DIRECTORY[,GENERATED_DIRECTORY] ...
// Each round parses, binds and emits every project's sources once (the first round only warms up), in turn, and the
// fastest and median round per project are printed as a Markdown table with the garbage collector's share.
if (args.Length < 2 || !int.TryParse(args[0], out var rounds) || rounds < 2)
{
    Console.Error.WriteLine("usage: ROUNDS(>=2) LABEL=BUILD_LOG,PROJECT_DIRECTORY[,GENERATED_DIRECTORY] ...");
    return 2;
}

List<MeasuredProject> projects;
try
{
    projects = args.Skip(1).Select(MeasuredProject.Parse).ToList();
}
catch (Exception error) when (error is ArgumentException or IOException or InvalidOperationException)
{
    Console.Error.WriteLine(error.Message);
    return 2;
}
var results = projects.ToDictionary(p => p.Label, _ => new List<RoundResult>());
for (var round = 0; round < rounds; round++)
{
    foreach (var project in projects)
    {
        var result = project.CompileOnce();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{project.Label}, round {round}: {result.Milliseconds:F0} ms CPU, {result.WallMilliseconds:F0} ms elapsed, GC pauses {result.PauseMilliseconds:F0} ms, {result.AllocatedMegabytes:F0} MB allocated"));
        if (round > 0) results[project.Label].Add(result);
    }
}

Console.WriteLine("| Project | Fastest round, CPU (ms) | Median round, CPU (ms) | Median round, elapsed (ms) | GC pauses in the median round (ms) | Allocated per round (MB) |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
foreach (var (label, list) in results)
{
    var sorted = list.OrderBy(r => r.Milliseconds).ToList();
    var median = sorted[(sorted.Count - 1) / 2];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {label} | {sorted[0].Milliseconds:F0} | {median.Milliseconds:F0} | {median.WallMilliseconds:F0} | {median.PauseMilliseconds:F0} | {median.AllocatedMegabytes:F0} |"));
}
return 0;
