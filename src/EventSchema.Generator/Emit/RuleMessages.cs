using Humanizer;

namespace EventSchema.Generator.Emit;

/// <summary>
/// The second half of validation messages, humanized at generation time; at run time they follow the
/// subject ("Ambassador name") to make the sentence. Callers hold a culture scope.
/// </summary>
internal static class RuleMessages
{
    public const string Required = "is required.";

    /// <summary>A map key of a string scalar that holds no value (code <c>required</c>); the subject names it <c>default(T)</c>.</summary>
    public static string UnsetKey(string scalarName) => $"has no value: it was never created with {scalarName}.From.";

    public const string UriReference = "must be an RFC 3986 URI reference (ASCII, with '%' followed by two hex digits).";

    public const string Finite = "must be a finite number: JSON has no NaN or infinity.";

    /// <summary>A string holding a lone surrogate (code <c>type</c>); the runtime's own checks use the same words.</summary>
    public const string UnpairedSurrogate = Validation.CodePoints.UnpairedSurrogateRule;

    public const string UniqueItems = "must not contain duplicate items.";

    public static string MinLength(int length) => $"must be at least {"character".ToQuantity(length)} long.";

    public static string MaxLength(int length) => $"must be at most {"character".ToQuantity(length)} long.";

    public static string Pattern(string pattern) => $"must match the pattern {pattern}.";

    public static string Minimum(string bound) => $"must be at least {bound}.";

    public static string Maximum(string bound) => $"must be at most {bound}.";

    public static string ExclusiveMinimum(string bound) => $"must be greater than {bound}.";

    public static string ExclusiveMaximum(string bound) => $"must be less than {bound}.";

    public static string MinItems(int count) => $"must have at least {"item".ToQuantity(count)}.";

    public static string MaxItems(int count) => $"must have at most {"item".ToQuantity(count)}.";

    public static string DefinedEnum(string enumTypeName) => $"must be a defined {enumTypeName.Humanize(LetterCasing.LowerCase)} value.";
}
