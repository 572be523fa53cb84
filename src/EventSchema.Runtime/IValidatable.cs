namespace EventSchema;

/// <summary>A generated type that can check itself against every constraint of its schema.</summary>
public interface IValidatable
{
    /// <summary>
    /// Checks every constraint, recursively through nested records and collections, and returns all
    /// the errors found. A valid object returns <see cref="ValidationResult.Success"/> and allocates nothing.
    /// </summary>
    ValidationResult Validate();
}
