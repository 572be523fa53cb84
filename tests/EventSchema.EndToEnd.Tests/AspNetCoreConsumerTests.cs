using System.IO.Compression;
using System.Xml.Linq;

namespace EventSchema.EndToEnd.Tests;

/// <summary>The EventSchema.AspNetCore package: what it holds, and a fresh minimal API built from it.</summary>
public sealed class AspNetCoreConsumerTests(PackedPackage package)
{
    [Fact]
    public async Task Package_holds_both_frameworks_and_depends_on_EventSchema_of_the_same_version()
    {
        string path = await AspNetCorePackage.EnsurePackedAsync(package);
        using ZipArchive archive = ZipFile.OpenRead(path);
        string[] entries = archive.Entries.Select(entry => entry.FullName).ToArray();

        string[] expected = ["lib/net8.0/EventSchema.AspNetCore.dll", "lib/net10.0/EventSchema.AspNetCore.dll", "lib/net10.0/EventSchema.AspNetCore.xml", "README.md"];
        Assert.Empty(expected.Except(entries));
        Assert.DoesNotContain(entries, entry => entry.StartsWith("analyzers/", StringComparison.Ordinal) || entry.Contains("EventSchema.Runtime.dll", StringComparison.Ordinal));

        using var nuspecStream = archive.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        XElement metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        XNamespace ns = metadata.Name.Namespace;
        var groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group").ToDictionary(
            group => (string)group.Attribute("targetFramework")!,
            group => group.Elements(ns + "dependency").ToDictionary(d => (string)d.Attribute("id")!, d => (string)d.Attribute("version")!));
        Assert.Equal(["EventSchema"], groups["net8.0"].Keys);
        Assert.Equal(package.Version, groups["net8.0"]["EventSchema"]);
        Assert.Equal(["EventSchema", "Microsoft.AspNetCore.OpenApi"], groups["net10.0"].Keys.Order(StringComparer.Ordinal));
        Assert.Contains(
            metadata.Descendants(ns + "frameworkReference"),
            reference => (string?)reference.Attribute("name") == "Microsoft.AspNetCore.App");
    }

    /// <summary>
    /// The Native AOT publish of the minimal API compiles ASP.NET Core and Kestrel to native code: about 75 s of CPU time
    /// (docs/performance.md). It runs with clang and lld on the PATH, like the console consumer's publish;
    /// <c>EVENTSCHEMA_E2E_ASPNETCORE_AOT=0</c> skips it for a quicker local run.
    /// </summary>
    public static bool NativeConsumerEnabled =>
        Environment.GetEnvironmentVariable("EVENTSCHEMA_E2E_ASPNETCORE_AOT") != "0" && NativeAotConsumerTests.NativeToolchainPresent;

    // Beyond the usual limit: on two cores shared with other builds this native compile has taken more than eight minutes.
    private static readonly TimeSpan NativePublishTimeout = TimeSpan.FromMinutes(20);

    [Fact]
    public async Task A_fresh_minimal_API_answers_with_typed_results_problems_and_real_schemas()
    {
        ConsumerProject consumer = await MinimalApiAsync("MinimalApiConsumer");

        // PublishAot in the project runs the trim and AOT analyzers (and the request delegate generator) on this build,
        // with warnings as errors: the packages and the generated code add no IL2xxx/IL3xxx warning.
        CommandResult build = (await consumer.BuildAsync()).EnsureSucceeded();
        CommandResult run = (await consumer.RunBuiltAsync()).EnsureSucceeded();
        VerifyAnswers(run);
        TestContext.Current.SendDiagnosticMessage($"Minimal API: build {build.Duration.TotalSeconds:F0} s, run {run.Duration.TotalMilliseconds:F0} ms");
    }

    [Fact(SkipUnless = nameof(NativeConsumerEnabled), Skip = "Native AOT needs clang and lld on the PATH (apt-get install clang lld); EVENTSCHEMA_E2E_ASPNETCORE_AOT=0 skips this publish.")]
    public async Task The_minimal_API_published_with_Native_AOT_has_no_warnings_and_answers_the_same()
    {
        // The whole application, AddOpenApi() and the EventSchema transformer included: the web SDK turns ASP.NET Core's
        // enhanced model metadata off for Native AOT, so its API explorer adds no IL2026/IL3050 warning either.
        ConsumerProject consumer = await MinimalApiAsync("NativeMinimalApiConsumer");

        CommandResult publish = (await consumer.PublishNativeAsync(NativePublishTimeout)).EnsureSucceeded();
        string[] warnings = NativeAotConsumerTests.WarningLines(publish.Output);
        Assert.True(warnings.Length == 0, $"The Native AOT publish reported {warnings.Length} warning(s):{Environment.NewLine}{string.Join(Environment.NewLine, warnings)}");
        Assert.False(File.Exists(Path.Combine(consumer.Directory, "out", consumer.Name + ".dll")));

        CommandResult run = (await consumer.RunPublishedAsync()).EnsureSucceeded();
        VerifyAnswers(run);
        string executable = Path.Combine(consumer.Directory, "out", OperatingSystem.IsWindows() ? consumer.Name + ".exe" : consumer.Name);
        TestContext.Current.SendDiagnosticMessage(
            $"Native AOT minimal API: publish {publish.Duration.TotalSeconds:F0} s, executable {new FileInfo(executable).Length / 1024} KiB, run {run.Duration.TotalMilliseconds:F0} ms");
    }

    private async Task<ConsumerProject> MinimalApiAsync(string name)
    {
        await AspNetCorePackage.EnsurePackedAsync(package);
        // The web SDK, as `dotnet new web` writes it: it references ASP.NET Core and sets its trimming defaults.
        return ConsumerProject.Create(package, name, "net10.0")
            .WithSdk("Microsoft.NET.Sdk.Web")
            .WithSeedSchemas()
            .WithConsumerFile("MinimalApi/Program.cs", "Program.cs")
            .WithProperty("PublishAot", "true")
            // As in any application that calls AddOpenApi(): its build targets enable the interceptors its generator writes.
            // A runtime reference, not PrivateAssets="all": the SDK leaves such packages out of the publish, and then
            // out of the native compile, while EventSchema.AspNetCore (MapCloudEvents) calls into the assembly.
            .WithPackageReference("Microsoft.AspNetCore.OpenApi", "10.0.15")
            .WithProjectXml($"""
                <ItemGroup>
                  <PackageReference Include="EventSchema.AspNetCore" Version="{package.Version}" />
                </ItemGroup>
                """)
            .Write();
    }

    private static void VerifyAnswers(CommandResult run)
    {
        run.EnsureOutputContains("valid: 201 Lu Mei");
        run.EnsureOutputContains("invalid: 400 application/problem+json $.sources[0].outlet: Source 1 outlet must be at least 1 character long.");
        run.EnsureOutputContains("malformed: 400 application/problem+json $.ambassador: Property 'ambassador': '}' is an invalid start of a value. (line 0, byte 15)");
        run.EnsureOutputContains("not json: 400 application/problem+json $: 'not json' is an invalid JSON literal. Expected the literal 'null'. (line 0, byte 1)");
        run.EnsureOutputContains("unknown type: 400 application/problem+json $.type: Unknown event type 'diplomacy.summit-cancelled.v1'");
        run.EnsureOutputContains("""openapi: Official.name maxLength 200, required ["name","country"]""");
    }
}
