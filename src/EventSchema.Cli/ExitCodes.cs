namespace EventSchema.Cli;

/// <summary>The process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything is fine.</summary>
    public const int Success = 0;

    /// <summary>The schemas have errors, or (with <c>--check</c>) are not formatted.</summary>
    public const int Failure = 1;

    /// <summary>The command could not run: a bad argument, a missing file, an unwritable folder.</summary>
    public const int UsageError = 2;
}
