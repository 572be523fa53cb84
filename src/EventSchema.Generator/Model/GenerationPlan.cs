namespace EventSchema.Generator.Model;

/// <summary>
/// What one run generates: a plan per schema file (in path order, one per path, generable or not), every
/// schema diagnostic to report (front-end diagnostics and one per declaration left out), or, should the front
/// end fail unexpectedly, the failure to report instead of crashing the build.
/// </summary>
internal sealed record GenerationPlan(EquatableArray<FilePlan> Files, string? InternalError)
{
    /// <summary>The diagnostics of every schema file, in the front end's order; front-end records, so equatable.</summary>
    public EquatableArray<Language.Diagnostics.Diagnostic> Diagnostics { get; init; } = EquatableArray<Language.Diagnostics.Diagnostic>.Empty;
}
