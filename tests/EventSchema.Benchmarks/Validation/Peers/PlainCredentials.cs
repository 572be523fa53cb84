using System.ComponentModel.DataAnnotations;

namespace EventSchema.Benchmarks.Validation.Peers;

// The rules of schemas/diplomacy/credentials.eventschema written as DataAnnotations attributes on plain classes,
// the way a team without a schema compiler would write them. FluentValidation validates the same classes.

/// <summary>A plain <c>CredentialsPresented</c>.</summary>
public sealed class PlainCredentialsPresented
{
    [Required] public PlainOfficial? Ambassador { get; init; }

    [Required] public PlainOfficial? ReceivedBy { get; init; }

    public DateOnly OccurredOn { get; init; }

    [MaxLength(200)] public string? Place { get; init; }

    [Required, MinLength(1)] public List<PlainAttribution>? Sources { get; init; }
}

/// <summary>A plain <c>Official</c>.</summary>
public sealed class PlainOfficial
{
    [Required, MinLength(1), MaxLength(200)] public string? Name { get; init; }

    [MaxLength(120)] public string? Title { get; init; }

    [Required, RegularExpression("^[A-Z]{2}$")] public string? Country { get; init; }
}

/// <summary>A plain <c>Attribution</c>.</summary>
public sealed class PlainAttribution
{
    [Required, MinLength(1)] public string? Outlet { get; init; }

    public string? Citing { get; init; }

    public Uri? Url { get; init; }
}
