namespace EventSchema;

/// <summary>One broken constraint.</summary>
/// <param name="Path">Where, as schema field names from the validated object: <c>ambassador.name</c>, <c>sources[0].outlet</c>.</param>
/// <param name="Code">Which rule, as the decorator's name: <c>maxLength</c>, <c>pattern</c>, <c>minItems</c>, <c>required</c>.</param>
/// <param name="Message">A sentence for people, such as <c>Ambassador name must be at most 200 characters long.</c></param>
public sealed record ValidationError(string Path, string Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message} ({Code})";
}
