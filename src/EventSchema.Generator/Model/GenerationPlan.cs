namespace EventSchema.Generator.Model;

/// <summary>
/// What one run generates: a plan per schema file (in path order, one per path, generable or not), or,
/// should the front end fail unexpectedly, the failure to report instead of crashing the build.
/// </summary>
internal sealed record GenerationPlan(EquatableArray<FilePlan> Files, string? InternalError);
