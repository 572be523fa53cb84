namespace EventSchema.Generator.Analysis;

/// <summary>A rule a constant breaks: its code (as validation errors name it), the end of the runtime's sentence, and the rule as written in the schema.</summary>
/// <param name="Code">The validation code, such as <c>minLength</c>.</param>
/// <param name="Message">The end of the runtime's message, such as <c>must be at least 1 character long.</c></param>
/// <param name="Decorator">The rule as written, such as <c>@minLength(1)</c>.</param>
internal sealed record BrokenRule(string Code, string Message, string Decorator);
