using System;
using System.Collections.Generic;

namespace EventSchema;

/// <summary>The outcome of <see cref="IValidatable.Validate"/>: valid, or every error found.</summary>
public sealed class ValidationResult
{
    private ValidationResult(IReadOnlyList<ValidationError> errors) => Errors = errors;

    /// <summary>The shared result of every valid object, so validating one allocates nothing.</summary>
    public static ValidationResult Success { get; } = new(Array.Empty<ValidationError>());

    /// <summary>A result carrying <paramref name="errors"/>; <see cref="Success"/> when there are none.</summary>
    public static ValidationResult FromErrors(IReadOnlyList<ValidationError>? errors)
        => errors is null || errors.Count == 0 ? Success : new ValidationResult(errors);

    /// <summary>Whether no constraint is broken.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Every broken constraint, in field order.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>Throws <see cref="SchemaValidationException"/> when the result is not valid.</summary>
    public void ThrowIfInvalid()
    {
        if (!IsValid) throw new SchemaValidationException(this);
    }

    /// <inheritdoc />
    public override string ToString() => IsValid ? "Valid" : string.Join(Environment.NewLine, Errors);
}
