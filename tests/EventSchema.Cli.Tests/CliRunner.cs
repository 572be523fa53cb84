using System.Diagnostics;
using System.Reflection;

namespace EventSchema.Cli.Tests;

/// <summary>Runs the built <c>eventschema</c> tool as a process and captures what it prints.</summary>
internal static class CliRunner
{
    public static string RepoRoot { get; } = Metadata("RepoRoot");

    public static string SeedSchemas => Path.Combine(RepoRoot, "schemas", "diplomacy");

    private static string CliPath { get; } = Metadata("CliPath");

    /// <summary>The example's assembly: built with the generator, so it carries the seed schemas' declarations.</summary>
    public static string ContractsAssemblyPath { get; } = Metadata("ContractsAssemblyPath");

    public static CliResult Run(string workingDirectory, params string[] args) => RunWithInput(workingDirectory, null, args);

    public static CliResult RunWithInput(string workingDirectory, string? standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliPath);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null) process.StandardInput.Write(standardInput);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"eventschema {string.Join(' ', args)} did not finish in time.");
        }
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    private static string Metadata(string key)
        => typeof(CliRunner).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;
}

/// <summary>What one run of the tool did.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
