namespace EventSchema;

public readonly partial struct ValidationScope
{
    /// <summary>
    /// Checks the string field <paramref name="name"/> in one call: missing when it must be there (reported with
    /// <paramref name="requiredRule"/>, null for an optional field), then whether it is Unicode text (a lone surrogate
    /// is reported as <c>type</c>: no JSON string can hold it), then its length in code points against
    /// <paramref name="minLength"/> and <paramref name="maxLength"/>; a bound whose sentence end is null is not
    /// checked. Clears <paramref name="valid"/> for each broken rule. One call per field keeps generated validators
    /// small. Returns whether validation goes on: false when only checking and a rule is broken.
    /// </summary>
    /// <param name="valid">Cleared when a rule is broken.</param>
    /// <param name="value">The field's value.</param>
    /// <param name="name">The field's schema name.</param>
    /// <param name="displayName">The field's name for people.</param>
    /// <param name="requiredRule">The sentence end of the <c>required</c> rule; null when the field is optional.</param>
    /// <param name="minLength">The least length, checked when <paramref name="minLengthRule"/> is not null.</param>
    /// <param name="minLengthRule">The sentence end of the <c>minLength</c> rule, or null.</param>
    /// <param name="maxLength">The greatest length, checked when <paramref name="maxLengthRule"/> is not null.</param>
    /// <param name="maxLengthRule">The sentence end of the <c>maxLength</c> rule, or null.</param>
    public bool Text(ref bool valid, string? value, string name, string displayName, string? requiredRule, int minLength, string? minLengthRule, int maxLength, string? maxLengthRule)
        => Text(ref valid, value, name, name, displayName, requiredRule, minLength, minLengthRule, maxLength, maxLengthRule);

    /// <summary>
    /// As <see cref="Text(ref bool, string?, string, string, string?, int, string?, int, string?)"/>, for a field whose
    /// JSON name <paramref name="jsonName"/> differs from its schema name.
    /// </summary>
    /// <param name="valid">Cleared when a rule is broken.</param>
    /// <param name="value">The field's value.</param>
    /// <param name="name">The field's schema name.</param>
    /// <param name="jsonName">The field's JSON name.</param>
    /// <param name="displayName">The field's name for people.</param>
    /// <param name="requiredRule">The sentence end of the <c>required</c> rule; null when the field is optional.</param>
    /// <param name="minLength">The least length, checked when <paramref name="minLengthRule"/> is not null.</param>
    /// <param name="minLengthRule">The sentence end of the <c>minLength</c> rule, or null.</param>
    /// <param name="maxLength">The greatest length, checked when <paramref name="maxLengthRule"/> is not null.</param>
    /// <param name="maxLengthRule">The sentence end of the <c>maxLength</c> rule, or null.</param>
    public bool Text(ref bool valid, string? value, string name, string jsonName, string displayName, string? requiredRule, int minLength, string? minLengthRule, int maxLength, string? maxLengthRule)
    {
        if (value is null)
        {
            return requiredRule is null || Report(ref valid, name, jsonName, displayName, "required", requiredRule);
        }
        if (Validation.CodePoints.HasUnpairedSurrogate(value) && !Report(ref valid, name, jsonName, displayName, "type", Validation.CodePoints.UnpairedSurrogateRule)) return false;
        if (minLengthRule is null && maxLengthRule is null) return true;
        int length = Validation.CodePoints.Length(value);
        if (minLengthRule is not null && length < minLength && !Report(ref valid, name, jsonName, displayName, "minLength", minLengthRule)) return false;
        if (maxLengthRule is not null && length > maxLength && !Report(ref valid, name, jsonName, displayName, "maxLength", maxLengthRule)) return false;
        return true;
    }
}
