namespace EventSchema.EndToEnd.Tests;

/// <summary>What a finished command printed, and how it ended.</summary>
public sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output, TimeSpan Duration)
{
    /// <summary>Whether the command exited with code zero.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>Fails the test, with everything the command printed, unless it succeeded.</summary>
    public CommandResult EnsureSucceeded()
    {
        if (!Succeeded)
        {
            Assert.Fail($"Expected success but exit code was {ExitCode}.{Environment.NewLine}{Describe()}");
        }

        return this;
    }

    /// <summary>Fails the test, with everything the command printed, unless it failed.</summary>
    public CommandResult EnsureFailed()
    {
        if (Succeeded)
        {
            Assert.Fail($"Expected failure but the command succeeded.{Environment.NewLine}{Describe()}");
        }

        return this;
    }

    /// <summary>Fails the test, with everything the command printed, unless the output contains <paramref name="expected"/>.</summary>
    public CommandResult EnsureOutputContains(string expected)
    {
        if (!Output.Contains(expected, StringComparison.Ordinal))
        {
            Assert.Fail($"Expected the output to contain:{Environment.NewLine}{expected}{Environment.NewLine}{Describe()}");
        }

        return this;
    }

    /// <summary>The command, where it ran, how long it took, and its full output, for failure messages.</summary>
    public string Describe() =>
        $"> {CommandLine}{Environment.NewLine}" +
        $"  in {WorkingDirectory}, exit code {ExitCode}, {Duration.TotalSeconds:0.0} s{Environment.NewLine}" +
        $"----- output -----{Environment.NewLine}{Output}{Environment.NewLine}------------------";
}
