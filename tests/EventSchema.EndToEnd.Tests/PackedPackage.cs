using System.Xml.Linq;

[assembly: AssemblyFixture(typeof(EventSchema.EndToEnd.Tests.PackedPackage))]

namespace EventSchema.EndToEnd.Tests;

/// <summary>
/// The EventSchema package, packed once per test run from the repository into a local folder feed.
/// Each run packs a version no earlier run used, so no NuGet cache can serve a stale package; that
/// version is removed from the global packages folder afterwards.
/// </summary>
public sealed class PackedPackage : IAsyncLifetime
{
    /// <summary>The temporary folder of this run: feed, pack output and consumer projects.</summary>
    public string WorkRoot { get; } = Path.Combine(Path.GetTempPath(), "eventschema-e2e-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The local folder feed holding the packed package.</summary>
    public string FeedDirectory => Path.Combine(WorkRoot, "feed");

    /// <summary>The version packed for this run.</summary>
    public string Version { get; } =
        $"{ReadRepositoryVersion()}-e2e.{DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture)}.{Random.Shared.Next(1000, 10000)}";

    /// <summary>The packed .nupkg file.</summary>
    public string PackagePath => Path.Combine(FeedDirectory, $"EventSchema.{Version}.nupkg");

    /// <summary>How `dotnet pack` went; every test that needs the package fails with it if packing failed.</summary>
    public CommandResult? PackResult { get; private set; }

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        PackResult = await Dotnet.BuildAsync(
            WorkRoot,
            "pack",
            [
                Repository.PackageProject,
                "-c", "Release",
                "-o", FeedDirectory,
                // Its own bin and obj: the pack starts from the sources alone, as in a clean clone.
                "--artifacts-path", Path.Combine(WorkRoot, "artifacts"),
                $"-p:Version={Version}",
            ]);
    }

    /// <summary>Fails the calling test with the full pack output unless the package was produced.</summary>
    public void EnsurePacked()
    {
        if (PackResult is null)
        {
            Assert.Fail("The package was not packed.");
        }

        PackResult.EnsureSucceeded();
        if (!File.Exists(PackagePath))
        {
            Assert.Fail($"`dotnet pack` succeeded but {PackagePath} is missing.{Environment.NewLine}{PackResult.Describe()}");
        }
    }

    /// <summary>Creates an empty folder for one consumer project.</summary>
    public string CreateConsumerDirectory(string name)
    {
        string directory = Path.Combine(WorkRoot, "consumers", name);
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        TryDelete(WorkRoot);
        // EventSchema.AspNetCore is packed with the same version when a test asks for it.
        foreach (string id in (string[])["eventschema", "eventschema.aspnetcore"])
        {
            string packageFolder = Path.Combine(GlobalPackagesFolder(), id);
            TryDelete(Path.Combine(packageFolder, Version.ToLowerInvariant()));
            if (Directory.Exists(packageFolder) && !Directory.EnumerateFileSystemEntries(packageFolder).Any())
            {
                TryDelete(packageFolder);
            }
        }

        return ValueTask.CompletedTask;
    }

    private static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static string ReadRepositoryVersion()
    {
        var props = XDocument.Load(Path.Combine(Repository.Root, "Directory.Build.props"));
        return props.Descendants("Version").Select(element => element.Value.Trim()).FirstOrDefault(value => value.Length > 0)
            ?? throw new InvalidOperationException("Directory.Build.props sets no Version.");
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open is left for the operating system's temp cleanup.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
