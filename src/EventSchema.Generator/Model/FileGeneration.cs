namespace EventSchema.Generator.Model;

/// <summary>
/// The outcome of building one file's spec: the spec, nothing (the file has errors, depends on a file with
/// errors, or declares nothing), or the failure to report should the builder fail unexpectedly.
/// </summary>
internal sealed record FileGeneration(SchemaFileSpec? Spec, string? InternalError)
{
    public static FileGeneration Nothing { get; } = new(null, null);
}
