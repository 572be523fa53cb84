using System.Runtime.InteropServices;
using System.Security;

namespace EventSchema.EndToEnd.Tests;

/// <summary>
/// A fresh project in a temporary folder that references the packed EventSchema package from the local
/// feed, the way a user's project would: nothing from the repository's build configuration reaches it.
/// </summary>
public sealed class ConsumerProject
{
    private readonly PackedPackage _package;
    private readonly List<string> _properties = [];
    private readonly List<string> _packageReferences = [];
    private readonly List<string> _extraProjectXml = [];
    private string _sdk = "Microsoft.NET.Sdk";

    private ConsumerProject(PackedPackage package, string name, string targetFramework)
    {
        _package = package;
        Name = name;
        TargetFramework = targetFramework;
        Directory = package.CreateConsumerDirectory(name);
    }

    /// <summary>The project name, also its assembly name.</summary>
    public string Name { get; }

    /// <summary>The target framework, such as <c>net10.0</c>, or several separated by semicolons (a multi-targeted project).</summary>
    public string TargetFramework { get; }

    /// <summary>The project folder.</summary>
    public string Directory { get; }

    /// <summary>Starts a console project that references the packed package.</summary>
    public static ConsumerProject Create(PackedPackage package, string name, string targetFramework)
    {
        package.EnsurePacked();
        return new ConsumerProject(package, name, targetFramework);
    }

    /// <summary>
    /// Uses another project SDK than <c>Microsoft.NET.Sdk</c>, such as <c>Microsoft.NET.Sdk.Web</c>, which a web application's
    /// template uses and which sets ASP.NET Core's defaults for trimmed and Native AOT publishing.
    /// </summary>
    public ConsumerProject WithSdk(string sdk)
    {
        _sdk = sdk;
        return this;
    }

    /// <summary>Sets an MSBuild property in the project file.</summary>
    public ConsumerProject WithProperty(string name, string value)
    {
        _properties.Add($"    <{name}>{SecurityElement.Escape(value)}</{name}>");
        return this;
    }

    /// <summary>Adds a package reference besides EventSchema, published with the application like any runtime dependency.</summary>
    public ConsumerProject WithPackageReference(string id, string version)
    {
        _packageReferences.Add($"""    <PackageReference Include="{id}" Version="{version}" />""");
        return this;
    }

    /// <summary>
    /// Adds a package used only by the build (a compiler, analyzers): <c>PrivateAssets="all"</c>, which the SDK also reads as
    /// "do not publish", so never for a package whose assemblies the application loads.
    /// </summary>
    public ConsumerProject WithBuildOnlyPackageReference(string id, string version)
    {
        _packageReferences.Add($"""    <PackageReference Include="{id}" Version="{version}" PrivateAssets="all" />""");
        return this;
    }

    /// <summary>Adds raw XML (a target, an item group) at the end of the project file.</summary>
    public ConsumerProject WithProjectXml(string xml)
    {
        _extraProjectXml.Add(xml);
        return this;
    }

    /// <summary>Copies the repository's seed schemas into <paramref name="folder"/> of the project.</summary>
    public ConsumerProject WithSeedSchemas(string folder = "Schemas")
    {
        string target = Path.Combine(Directory, folder);
        System.IO.Directory.CreateDirectory(target);
        string[] schemas = System.IO.Directory.GetFiles(Repository.DiplomacySchemas, "*.eventschema");
        Assert.NotEmpty(schemas);
        foreach (string schema in schemas)
        {
            File.Copy(schema, Path.Combine(target, Path.GetFileName(schema)));
        }

        return this;
    }

    /// <summary>Copies a file from this test assembly's ConsumerFiles folder into the project.</summary>
    public ConsumerProject WithConsumerFile(string sourceName, string targetRelativePath)
    {
        string source = Path.Combine(AppContext.BaseDirectory, "ConsumerFiles", sourceName);
        return WithFile(targetRelativePath, File.ReadAllText(source));
    }

    /// <summary>Writes a file of the project.</summary>
    public ConsumerProject WithFile(string relativePath, string content)
    {
        string path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    /// <summary>Writes the project file, nuget.config and the files that cut it off from any parent folder's build settings.</summary>
    public ConsumerProject Write()
    {
        // Empty files stop MSBuild's upward search, so no Directory.*.props above the temp folder applies.
        WithFile("Directory.Build.props", "<Project />\n");
        WithFile("Directory.Build.targets", "<Project />\n");
        WithFile("Directory.Packages.props", "<Project />\n");
        WithFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{SecurityElement.Escape(_package.FeedDirectory)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local">
                  <package pattern="EventSchema" />
                  <package pattern="EventSchema.AspNetCore" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        WithFile(Name + ".csproj", $"""
            <Project Sdk="{_sdk}">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                {TargetFrameworkElement}
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <InvariantGlobalization>true</InvariantGlobalization>
            {string.Join(Environment.NewLine, _properties)}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="EventSchema" Version="{_package.Version}" />
            {string.Join(Environment.NewLine, _packageReferences)}
              </ItemGroup>
            {string.Join(Environment.NewLine, _extraProjectXml)}
            </Project>
            """);
        return this;
    }

    private string TargetFrameworkElement => TargetFramework.Contains(';', StringComparison.Ordinal)
        ? $"<TargetFrameworks>{TargetFramework}</TargetFrameworks>"
        : $"<TargetFramework>{TargetFramework}</TargetFramework>";

    /// <summary>Restores the project, which brings in the package's props and targets.</summary>
    public Task<CommandResult> RestoreAsync() =>
        Dotnet.BuildAsync(Directory, "restore", [], TestContext.Current.CancellationToken);

    /// <summary>Evaluates the project (no build) and returns MSBuild's JSON report of the items and properties asked for.</summary>
    public Task<CommandResult> EvaluateAsync(IEnumerable<string> items, IEnumerable<string> properties, params string[] extraArguments) =>
        Dotnet.RunAsync(
            Directory,
            ["msbuild", "-nodeReuse:false", .. items.Select(item => "-getItem:" + item), .. properties.Select(property => "-getProperty:" + property), .. extraArguments],
            cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>Builds the project in Release, with any further command-line arguments.</summary>
    public Task<CommandResult> BuildAsync(params string[] extraArguments) =>
        Dotnet.BuildAsync(Directory, "build", ["-c", "Release", .. extraArguments], TestContext.Current.CancellationToken);

    /// <summary>Publishes the project self-contained for this machine's runtime, into <c>out/</c>.</summary>
    public Task<CommandResult> PublishSelfContainedAsync() =>
        Dotnet.BuildAsync(
            Directory,
            "publish",
            ["-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "-o", Path.Combine(Directory, "out")],
            TestContext.Current.CancellationToken);

    /// <summary>
    /// Publishes the project as a Native AOT executable for this machine's runtime, into <c>out/</c>, with every trim
    /// and AOT analysis warning shown one by one (the publish needs clang and lld). <paramref name="timeout"/> replaces the
    /// usual limit for applications whose native compile takes longer.
    /// </summary>
    public Task<CommandResult> PublishNativeAsync(TimeSpan? timeout = null) =>
        Dotnet.BuildAsync(
            Directory,
            "publish",
            ["-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-p:PublishAot=true", "-p:TrimmerSingleWarn=false", "-o", Path.Combine(Directory, "out")],
            TestContext.Current.CancellationToken,
            timeout);

    /// <summary>Runs the built (framework-dependent) program with the installed runtime.</summary>
    public Task<CommandResult> RunBuiltAsync() =>
        Dotnet.RunAsync(
            Directory,
            [Path.Combine(Directory, "bin", "Release", TargetFramework, Name + ".dll")],
            cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>Runs the self-contained program from <c>out/</c>: no installed runtime is involved.</summary>
    public Task<CommandResult> RunPublishedAsync()
    {
        string executable = Path.Combine(Directory, "out", OperatingSystem.IsWindows() ? Name + ".exe" : Name);
        return Dotnet.RunProgramAsync(executable, Directory, [], cancellationToken: TestContext.Current.CancellationToken);
    }
}
