using System.Reflection;
using EventSchema.Generator;
using Microsoft.CodeAnalysis;

namespace EventSchema.Benchmarks.Generator;

/// <summary>Checks made before timing, so that a benchmark never times a broken or uncached run.</summary>
internal static class GeneratorChecks
{
    /// <summary>The run produced one source per namespace of the schema files at least, no exception and no error.</summary>
    public static void RequireCleanRun(GeneratorDriver driver, int namespaces)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null) throw new InvalidOperationException("The generator failed: " + result.Exception);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException($"The generator reported {errors.Count} errors, the first: {errors[0]}");
        if (result.GeneratedSources.Length < namespaces)
        {
            throw new InvalidOperationException($"The generator emitted {result.GeneratedSources.Length} sources for {namespaces} namespaces.");
        }
    }

    // The generator's own named steps; Roslyn's input steps (such as the compilation itself) change on any edit.
    private static readonly string[] GeneratorSteps =
    [
        .. typeof(EventSchemaGenerator.TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!),
    ];

    /// <summary>Every step of the generator is Cached or Unchanged and every output Cached (the driver must track steps).</summary>
    public static void RequireAllCached(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        foreach (string step in GeneratorSteps)
        {
            if (!result.TrackedSteps.TryGetValue(step, out var runs)) throw new InvalidOperationException($"Step {step} was not tracked.");
            foreach (var output in runs.SelectMany(run => run.Outputs))
            {
                if (output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                {
                    throw new InvalidOperationException($"Step {step} output was {output.Reason} after an unrelated C# edit.");
                }
            }
        }
        foreach (var output in result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs))
        {
            if (output.Reason != IncrementalStepRunReason.Cached)
            {
                throw new InvalidOperationException($"A source was re-emitted ({output.Reason}) after an unrelated C# edit.");
            }
        }
    }

    /// <summary>How many generated sources the last run emitted anew (the driver must track steps).</summary>
    public static int ReEmittedSources(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().TrackedOutputSteps
            .SelectMany(step => step.Value)
            .SelectMany(run => run.Outputs)
            .Count(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
}
