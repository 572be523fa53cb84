using System.Text.RegularExpressions;

namespace EventSchema.EndToEnd.Tests;

/// <summary>
/// What the package adds to an up-to-date build: nothing that runs. A second build of an unchanged consumer skips the
/// compiler and starts none of the package's targets; touching a schema file, or the lock file, compiles again.
/// </summary>
public sealed partial class IncrementalBuildTests(PackedPackage package)
{
    private const string Schema = """
        namespace Greetings;

        event Greeted {
          @minLength(1) name: string;
        }

        """;

    [Fact]
    public async Task An_unchanged_project_builds_without_compiling_and_a_touched_schema_or_lock_file_compiles_again()
    {
        ConsumerProject consumer = ConsumerProject.Create(package, "IncrementalConsumer", "net10.0")
            .WithFile("Schemas/greetings.eventschema", Schema)
            .WithFile("Program.cs", "System.Console.WriteLine(typeof(Greetings.Greeted).FullName);\n")
            .WithFile("eventschema.lock.json", """{"formatVersion":1,"declarations":{}}""" + "\n")
            .Write();
        (await consumer.BuildAsync()).EnsureSucceeded();

        CommandResult noOp = (await consumer.BuildAsync("-v:detailed")).EnsureSucceeded();
        noOp.EnsureOutputContains("Skipping target \"CoreCompile\" because all output files are up-to-date");
        string[] started = PackageTargetStarted().Matches(noOp.Output).Select(match => match.Groups["name"].Value).Distinct().ToArray();
        Assert.True(started.Length == 0, $"The package's targets ran in an up-to-date build: {string.Join(", ", started)}.{Environment.NewLine}{noOp.Describe()}");

        foreach (string input in (string[])["Schemas/greetings.eventschema", "eventschema.lock.json"])
        {
            string path = Path.Combine(consumer.Directory, input);
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(2));
            CommandResult touched = (await consumer.BuildAsync("-v:detailed")).EnsureSucceeded();
            // The glob's items are relative to the project folder; the lock file's is a full path.
            touched.EnsureOutputContains($"{input}\" is newer than output file");
        }
    }

    // MSBuild's detailed log names every target it starts (run, or skipped as up to date) with the file declaring it.
    [GeneratedRegex("""Target "(?<name>[^"]+)" in file "[^"]*[\\/](buildTransitive|build)[\\/]EventSchema\.targets" """)]
    private static partial Regex PackageTargetStarted();
}
