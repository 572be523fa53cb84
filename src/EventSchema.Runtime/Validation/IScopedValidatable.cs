using System.ComponentModel;

namespace EventSchema;

/// <summary>
/// A generated type whose rules are checked inside a <see cref="ValidationScope"/>: the walk behind its
/// <see cref="IValidatable.Validate"/>, and what a record holding it calls for that field.
/// </summary>
/// <remarks>Generated code implements and calls this interface; hand-written code calls <see cref="IValidatable.Validate"/>.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IScopedValidatable : IValidatable
{
    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    bool CollectValidationErrors(ValidationScope scope);
}
