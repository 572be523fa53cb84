using System;

namespace EventSchema;

/// <summary>Thrown by <see cref="ValidationResult.ThrowIfInvalid"/>: an object broke its schema's constraints.</summary>
public sealed class SchemaValidationException : Exception
{
    /// <summary>Creates the exception for an invalid <paramref name="result"/>.</summary>
    public SchemaValidationException(ValidationResult result)
        : base("The object is not valid against its schema:" + Environment.NewLine + result)
    {
        Result = result;
    }

    /// <summary>The failed result, with every error.</summary>
    public ValidationResult Result { get; }
}
