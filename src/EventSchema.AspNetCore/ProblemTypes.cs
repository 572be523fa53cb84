namespace EventSchema.AspNetCore;

/// <summary>The problem <c>type</c> URIs this package writes: the HTTP semantics sections of each status.</summary>
internal static class ProblemTypes
{
    public const string BadRequest = "https://tools.ietf.org/html/rfc9110#section-15.5.1";

    public const string UnsupportedMediaType = "https://tools.ietf.org/html/rfc9110#section-15.5.16";

    public const string ContentTooLarge = "https://tools.ietf.org/html/rfc9110#section-15.5.14";

    public static string For(int status) => status switch
    {
        415 => UnsupportedMediaType,
        413 => ContentTooLarge,
        _ => BadRequest,
    };
}
