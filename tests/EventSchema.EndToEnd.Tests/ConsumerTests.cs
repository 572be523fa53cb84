namespace EventSchema.EndToEnd.Tests;

/// <summary>
/// Fresh projects reference the packed package from the local feed, build, and run the seed program.
/// Each test class is its own collection, so the consumers build side by side.
/// </summary>
public sealed class Net10ConsumerTests(PackedPackage package)
{
    [Fact]
    public async Task A_net10_project_builds_and_runs_the_seed_program()
    {
        ConsumerProject consumer = ConsumerProject.Create(package, "Net10Consumer", "net10.0")
            .WithSeedSchemas()
            .WithConsumerFile("Program.cs", "Program.cs")
            .WithConsumerFile("JsonChecks.cs", "JsonChecks.cs")
            // Build output is never input: a leftover that is not a schema at all must be ignored.
            .WithFile("obj/Leftover/stale.eventschema", "this is not a schema")
            .WithFile("bin/Leftover/stale.eventschema", "this is not a schema")
            .Write();

        (await consumer.BuildAsync()).EnsureSucceeded();

        CommandResult run = await consumer.RunBuiltAsync();
        SeedProgramOutput.Verify(run);
        SeedProgramOutput.VerifyJson(run);
        run.EnsureOutputContains($"runtime: {Environment.Version.Major}.");
    }
}

public sealed class Net8ConsumerTests(PackedPackage package)
{
    [Fact]
    public async Task A_net8_project_published_self_contained_runs_the_seed_program_on_the_8_0_runtime()
    {
        ConsumerProject consumer = ConsumerProject.Create(package, "Net8Consumer", "net8.0")
            .WithSeedSchemas()
            .WithConsumerFile("Program.cs", "Program.cs")
            .WithConsumerFile("JsonChecks.cs", "JsonChecks.cs")
            .Write();

        // Self-contained: the 8.0 runtime comes from its runtime pack, not from what is installed.
        (await consumer.PublishSelfContainedAsync()).EnsureSucceeded();

        CommandResult run = await consumer.RunPublishedAsync();
        SeedProgramOutput.Verify(run);
        SeedProgramOutput.VerifyJson(run);
        run.EnsureOutputContains("runtime: 8.0.");
    }
}

public sealed class CompilerToolsetConsumerTests(PackedPackage package)
{
    private const string ToolsetVersion = "4.14.0";

    [Fact]
    public async Task A_project_compiled_by_the_Roslyn_4_14_toolset_package_runs_the_seed_program()
    {
        ConsumerProject consumer = ConsumerProject.Create(package, "ToolsetConsumer", "net10.0")
            .WithSeedSchemas()
            .WithConsumerFile("Program.cs", "Program.cs")
            .WithBuildOnlyPackageReference("Microsoft.Net.Compilers.Toolset", ToolsetVersion)
            // Newer SDKs pick their own compiler unless told that a package provides it.
            .WithProperty("RoslynCompilerType", "Package")
            .WithProjectXml("""
                  <Target Name="ReportCompiler" AfterTargets="CoreCompile">
                    <Message Importance="high" Text="compiler targets: $(CSharpCoreTargetsPath)" />
                  </Target>
                """)
            .Write();

        CommandResult build = (await consumer.BuildAsync()).EnsureSucceeded();
        build.EnsureOutputContains($"microsoft.net.compilers.toolset/{ToolsetVersion}/");

        SeedProgramOutput.Verify(await consumer.RunBuiltAsync());
    }
}
