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

    [Fact]
    public async Task The_analyzer_config_holds_a_section_per_additional_file_only_when_there_is_a_lock_file()
    {
        ConsumerProject consumer = ConsumerProject.Create(package, "AnalyzerConfigConsumer", "net10.0")
            .WithFile("Schemas/greetings.eventschema", Schema)
            .WithFile("Program.cs", "System.Console.WriteLine(typeof(Greetings.Greeted).FullName);\n")
            .Write();
        string analyzerConfig = Path.Combine(consumer.Directory, "obj", "Release", "net10.0", consumer.Name + ".GeneratedMSBuildEditorConfig.editorconfig");

        (await consumer.BuildAsync()).EnsureSucceeded();
        string withoutLock = await File.ReadAllTextAsync(analyzerConfig, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("greetings.eventschema]", withoutLock, StringComparison.Ordinal);
        Assert.DoesNotContain("EventSchemaLock", withoutLock, StringComparison.Ordinal);

        // With a lock file, the generator must be able to tell it from the schemas: the marker is written for it.
        await File.WriteAllTextAsync(Path.Combine(consumer.Directory, "eventschema.lock.json"), """{"formatVersion":1,"declarations":{}}""" + "\n", TestContext.Current.CancellationToken);
        (await consumer.BuildAsync()).EnsureSucceeded();
        string withLock = await File.ReadAllTextAsync(analyzerConfig, TestContext.Current.CancellationToken);
        Assert.Matches(@"eventschema\.lock\.json\]\r?\nbuild_metadata\.AdditionalFiles\.EventSchemaLock = true", withLock);
    }

    // MSBuild's detailed log names every target it starts (run, or skipped as up to date) with the file declaring it.
    [GeneratedRegex("""Target "(?<name>[^"]+)" in file "[^"]*[\\/](buildTransitive|build)[\\/]EventSchema\.targets" """)]
    private static partial Regex PackageTargetStarted();
}
