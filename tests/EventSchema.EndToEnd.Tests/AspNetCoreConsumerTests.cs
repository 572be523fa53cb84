using System.IO.Compression;
using System.Xml.Linq;

namespace EventSchema.EndToEnd.Tests;

/// <summary>The EventSchema.AspNetCore package: what it holds, and a fresh minimal API built from it.</summary>
public sealed class AspNetCoreConsumerTests(PackedPackage package)
{
    /// <summary>
    /// Building and running the minimal API consumer adds a minute or more to a run on two busy cores, so it runs when
    /// <c>EVENTSCHEMA_E2E_ASPNETCORE=1</c>; the package itself is packed and checked on every run.
    /// </summary>
    public static bool ConsumerBuildRequested => Environment.GetEnvironmentVariable("EVENTSCHEMA_E2E_ASPNETCORE") == "1";

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
    /// The Native AOT publish of the same minimal API takes several minutes on two cores, so it runs only when
    /// <c>EVENTSCHEMA_E2E_ASPNETCORE_AOT=1</c> and clang and lld are on the PATH. Open problem: run from this harness,
    /// the native executable stops at start with a FileNotFoundException for Microsoft.AspNetCore.OpenApi (the ILC
    /// input lacks it), while the same project and publish command run by hand pass (docs/aspnetcore.md).
    /// </summary>
    public static bool NativeConsumerRequested =>
        Environment.GetEnvironmentVariable("EVENTSCHEMA_E2E_ASPNETCORE_AOT") == "1" && NativeAotConsumerTests.NativeToolchainPresent;

    [Fact(SkipUnless = nameof(ConsumerBuildRequested), Skip = "Set EVENTSCHEMA_E2E_ASPNETCORE=1 to build and run a fresh minimal API from the packed packages.")]
    public async Task A_fresh_minimal_API_answers_with_typed_results_problems_and_real_schemas()
    {
        ConsumerProject consumer = await MinimalApiAsync("MinimalApiConsumer");

        // PublishAot in the project runs the trim and AOT analyzers (and the request delegate generator) on this build,
        // with warnings as errors: the packages and the generated code add no IL2xxx/IL3xxx warning.
        (await consumer.BuildAsync()).EnsureSucceeded();
        VerifyAnswers((await consumer.RunBuiltAsync()).EnsureSucceeded());
    }

    [Fact(SkipUnless = nameof(NativeConsumerRequested), Skip = "Set EVENTSCHEMA_E2E_ASPNETCORE_AOT=1, with clang and lld on the PATH, to publish the minimal API with Native AOT and run it.")]
    public async Task The_minimal_API_published_with_Native_AOT_has_no_warnings_and_answers_the_same()
    {
        // Without OpenAPI: ASP.NET Core's API explorer under AddOpenApi() (ModelMetadata) warns IL2026/IL3050 itself in a
        // native publish. EventSchema's transformer is covered by the package's own analyzers and the build test above.
        ConsumerProject consumer = await MinimalApiAsync("NativeMinimalApiConsumer", withOpenApi: false);

        CommandResult publish = (await consumer.PublishNativeAsync()).EnsureSucceeded();
        string[] warnings = NativeAotConsumerTests.WarningLines(publish.Output);
        Assert.True(warnings.Length == 0, $"The Native AOT publish reported {warnings.Length} warning(s):{Environment.NewLine}{string.Join(Environment.NewLine, warnings)}");
        Assert.False(File.Exists(Path.Combine(consumer.Directory, "out", consumer.Name + ".dll")));

        CommandResult run = (await consumer.RunPublishedAsync()).EnsureSucceeded();
        VerifyAnswers(run, withOpenApi: false);
        string executable = Path.Combine(consumer.Directory, "out", OperatingSystem.IsWindows() ? consumer.Name + ".exe" : consumer.Name);
        TestContext.Current.SendDiagnosticMessage(
            $"Native AOT minimal API: publish {publish.Duration.TotalSeconds:F0} s, executable {new FileInfo(executable).Length / 1024} KiB, run {run.Duration.TotalMilliseconds:F0} ms");
    }

    private async Task<ConsumerProject> MinimalApiAsync(string name, bool withOpenApi = true)
    {
        await AspNetCorePackage.EnsurePackedAsync(package);
        return ConsumerProject.Create(package, name, "net10.0")
            .WithSeedSchemas()
            .WithConsumerFile("MinimalApi/Program.cs", "Program.cs")
            .WithProperty("PublishAot", "true")
            .WithProperty("DefineConstants", withOpenApi ? "$(DefineConstants)" : "$(DefineConstants);WITHOUT_OPENAPI")
            // As in any application that calls AddOpenApi(): its build targets enable the interceptors its generator writes.
            .WithPackageReference("Microsoft.AspNetCore.OpenApi", "10.0.15")
            .WithProjectXml($"""
                <ItemGroup>
                  <FrameworkReference Include="Microsoft.AspNetCore.App" />
                  <PackageReference Include="EventSchema.AspNetCore" Version="{package.Version}" />
                </ItemGroup>
                """)
            .Write();
    }

    private static void VerifyAnswers(CommandResult run, bool withOpenApi = true)
    {
        run.EnsureOutputContains("valid: 201 Lu Mei");
        run.EnsureOutputContains("invalid: 400 application/problem+json $.sources[0].outlet: Source 1 outlet must be at least 1 character long.");
        run.EnsureOutputContains("malformed: 400 application/problem+json $.ambassador: Property 'ambassador': '}' is an invalid start of a value.");
        run.EnsureOutputContains("unknown type: 400 application/problem+json $.type: Unknown event type 'diplomacy.summit-cancelled.v1'");
        if (withOpenApi) run.EnsureOutputContains("""openapi: Official.name maxLength 200, required ["name","country"]""");
    }
}
