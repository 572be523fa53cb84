using System.Diagnostics;

namespace EventSchema.LanguageServer.Tests;

/// <summary>
/// Runs the extension's Node-based checks. They need Node and the extension's packages
/// (<c>npm ci</c> in src/vscode-eventschema, which CI does); without them the tests are skipped, not passed.
/// </summary>
internal static class NodeTool
{
    public static void SkipUnlessInstalled()
    {
        if (!File.Exists(Path.Combine(TestPaths.Extension, "node_modules", ".package-lock.json")))
            Assert.Skip("The extension's npm packages are not installed (run 'npm ci' in src/vscode-eventschema).");
        if (Run("node", ["--version"]).ExitCode != 0)
            Assert.Skip("Node.js is not installed.");
    }

    public static (int ExitCode, string Output) Run(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = TestPaths.Extension,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(program);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, program + " is not installed");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "timed out\n" + output.Result + error.Result);
            }
            return (process.ExitCode, output.Result + error.Result);
        }
    }
}
