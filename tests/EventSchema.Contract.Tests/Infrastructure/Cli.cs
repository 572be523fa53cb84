using System.Diagnostics;
using System.Reflection;

namespace EventSchema.Contract.Tests.Infrastructure;

/// <summary>Runs the built <c>eventschema</c> tool as a process, as users run it.</summary>
public static class Cli
{
    private static readonly string CliPath = typeof(Cli).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "CliPath").Value!;

    /// <summary>Runs the tool; fails the test unless it exits with 0.</summary>
    public static void Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(CliPath);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"eventschema {string.Join(' ', args)} did not finish in time.");
        }
        Assert.True(process.ExitCode == 0, $"eventschema {string.Join(' ', args)} exited with {process.ExitCode}:\n{output.Result}\n{error.Result}");
    }
}
