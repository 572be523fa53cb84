using System.Text.RegularExpressions;

namespace EventSchema.EndToEnd.Tests;

/// <summary>
/// A fresh project published with <c>PublishAot=true</c> against the packed package: the publish reports no trim or
/// AOT warning, and the native executable passes the checks the JIT build passes (the seed program and its JSON checks:
/// fast paths, <c>JsonSerializer</c> through <c>GeneratedJson</c>, <c>Validate()</c>, the CloudEvents catalog).
/// </summary>
public sealed partial class NativeAotConsumerTests(PackedPackage package)
{
    /// <summary>
    /// The native toolchain's linker step needs clang and lld (Debian: <c>apt-get install clang lld</c>; CI installs them).
    /// Without them the test is skipped rather than failed; everything else about the publish must hold.
    /// </summary>
    public static bool NativeToolchainPresent =>
        OperatingSystem.IsLinux()
            ? OnPath("clang") && OnPath("ld.lld")
            : true;

    [Fact(SkipUnless = nameof(NativeToolchainPresent), Skip = "Native AOT needs clang and lld on the PATH (apt-get install clang lld).")]
    public async Task A_project_published_with_Native_AOT_has_no_trim_warnings_and_runs_the_seed_program()
    {
        ConsumerProject consumer = ConsumerProject.Create(package, "AotConsumer", "net10.0")
            .WithSeedSchemas()
            .WithConsumerFile("Program.cs", "Program.cs")
            .WithConsumerFile("JsonChecks.cs", "JsonChecks.cs")
            .Write();

        CommandResult publish = (await consumer.PublishNativeAsync()).EnsureSucceeded();

        string[] warnings = WarningLines(publish.Output);
        if (warnings.Length > 0)
        {
            Assert.Fail($"The Native AOT publish reported {warnings.Length} warning(s):{Environment.NewLine}{string.Join(Environment.NewLine, warnings)}");
        }
        string executable = Path.Combine(consumer.Directory, "out", OperatingSystem.IsWindows() ? consumer.Name + ".exe" : consumer.Name);
        Assert.True(File.Exists(executable), $"No native executable at {executable}.{Environment.NewLine}{publish.Describe()}");
        // A native executable, not a managed assembly beside a host: no IL of the program is published.
        Assert.False(File.Exists(Path.Combine(consumer.Directory, "out", consumer.Name + ".dll")));

        CommandResult run = await consumer.RunPublishedAsync();
        SeedProgramOutput.Verify(run);
        SeedProgramOutput.VerifyJson(run);
        TestContext.Current.SendDiagnosticMessage(
            $"Native AOT: publish {publish.Duration.TotalSeconds:F0} s, executable {new FileInfo(executable).Length / 1024} KiB, run {run.Duration.TotalMilliseconds:F0} ms");
    }

    /// <summary>Every distinct warning line of a build or publish output.</summary>
    internal static string[] WarningLines(string output) => WarningLine().Matches(output).Select(match => match.Value.Trim()).Distinct().ToArray();

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, program)));

    // Any warning of the publish (IL2xxx trim, IL3xxx AOT, or other), as MSBuild prints them.
    [GeneratedRegex(@"^.*: warning [A-Z]+[0-9]+:.*$", RegexOptions.Multiline)]
    private static partial Regex WarningLine();
}
