using System.Text.Json;

namespace EventSchema.Json.Hardening.Tests.Infrastructure;

/// <summary>What a reader did with one input: accepted it, rejected it with a JsonException, or failed some other way.</summary>
public readonly record struct Outcome(bool Accepted, JsonException? Rejection, Exception? Crash)
{
    public bool Rejected => Rejection is not null;

    public bool Crashed => Crash is not null;

    /// <summary>Runs <paramref name="read"/>, catching everything so one bad input cannot hide the others.</summary>
    public static Outcome Of(Action read)
    {
        try
        {
            read();
            return new Outcome(true, null, null);
        }
        catch (JsonException error)
        {
            return new Outcome(false, error, null);
        }
#pragma warning disable CA1031 // Any other exception is exactly what the tests look for.
        catch (Exception error)
#pragma warning restore CA1031
        {
            return new Outcome(false, null, error);
        }
    }

    /// <summary>
    /// Whether the rejection comes from Utf8JsonReader finding the text malformed, rather than from the schema.
    /// The framework's syntax errors carry the line and byte position; the generated readers' own never do.
    /// </summary>
    public bool IsSyntaxError => Rejection is { } error && (error.Message.Contains("BytePositionInLine", StringComparison.Ordinal) || error.LineNumber is not null);

    public override string ToString()
        => Accepted ? "accepted" : Rejection is { } r ? $"JsonException: {r.Message}" : $"{Crash!.GetType().FullName}: {Crash.Message}{Environment.NewLine}{Crash.StackTrace}";
}
