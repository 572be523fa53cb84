using System.Diagnostics;
using System.Text;

namespace EventSchema.EndToEnd.Tests;

/// <summary>Runs the <c>dotnet</c> command line (and built programs) as a user would, capturing all output.</summary>
public static class Dotnet
{
    // How long a command may run unless its caller gives another limit.
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(8);

    /// <summary>
    /// Variables the test host inherits from the build that started it. A child build must pick its own
    /// SDK and MSBuild, so they are not passed on.
    /// </summary>
    private static readonly string[] InheritedBuildVariables =
    [
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE", "VSTEST_HOST_DEBUG", "TESTINGPLATFORM_DOTNETTEST_EXECUTIONID",
    ];

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static Task<CommandResult> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        CancellationToken cancellationToken = default,
        TimeSpan? timeout = null)
        => RunProgramAsync("dotnet", workingDirectory, arguments, environment, cancellationToken, timeout);

    /// <summary>
    /// Runs a build command with build servers off: an MSBuild node or compiler server left running would
    /// hold the output pipes open, and would keep serving a stale analyzer to later builds.
    /// </summary>
    public static Task<CommandResult> BuildAsync(
        string workingDirectory,
        string command,
        IReadOnlyList<string> arguments,
        CancellationToken cancellationToken = default,
        TimeSpan? timeout = null)
    {
        string[] all = [command, .. arguments, "--disable-build-servers", "-nodeReuse:false", "-p:UseSharedCompilation=false"];
        return RunAsync(workingDirectory, all, environment: null, cancellationToken, timeout);
    }

    /// <summary>Runs any program, capturing standard output and error together.</summary>
    public static async Task<CommandResult> RunProgramAsync(
        string fileName,
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        CancellationToken cancellationToken = default,
        TimeSpan? timeout = null)
    {
        TimeSpan limit = timeout ?? DefaultTimeout;
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (string name in InheritedBuildVariables)
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (environment is not null)
        {
            foreach ((string name, string? value) in environment)
            {
                if (value is null)
                {
                    startInfo.Environment.Remove(name);
                }
                else
                {
                    startInfo.Environment[name] = value;
                }
            }
        }

        string commandLine = fileName + " " + string.Join(' ', arguments.Select(Quote));
        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            string reason = cancellationToken.IsCancellationRequested ? "was cancelled" : $"timed out after {limit.TotalMinutes} minutes";
            Assert.Fail($"The command {reason}.{Environment.NewLine}" +
                new CommandResult(commandLine, workingDirectory, -1, Snapshot(output), stopwatch.Elapsed).Describe());
        }

        return new CommandResult(commandLine, workingDirectory, process.ExitCode, Snapshot(output), stopwatch.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(char.IsWhiteSpace) && !argument.Contains('"') ? argument : $"\"{argument.Replace("\"", "\\\"")}\"";
}
