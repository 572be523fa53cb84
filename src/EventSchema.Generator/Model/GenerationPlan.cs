namespace EventSchema.Generator.Model;

/// <summary>
/// What one run generates: a spec per schema file that can be generated, or, should the front end or
/// the builder fail unexpectedly, the failure to report instead of crashing the build.
/// </summary>
internal sealed record GenerationPlan(EquatableArray<SchemaFileSpec> Files, string? InternalError);
