using System.Runtime.CompilerServices;

namespace EventSchema.EndToEnd.Tests;

/// <summary>
/// The EventSchema.AspNetCore package, packed on first use into the same feed, with the same version, as the
/// EventSchema package of the run. It shares that pack's build folder, so the runtime is not built again.
/// </summary>
internal static class AspNetCorePackage
{
    private static readonly ConditionalWeakTable<PackedPackage, Lazy<Task<CommandResult>>> Packs = new();

    /// <summary>The packed .nupkg of <paramref name="package"/>'s run.</summary>
    public static string PathFor(PackedPackage package) => Path.Combine(package.FeedDirectory, $"EventSchema.AspNetCore.{package.Version}.nupkg");

    /// <summary>Packs the package once per run and fails the calling test with the output if that did not work.</summary>
    public static async Task<string> EnsurePackedAsync(PackedPackage package)
    {
        package.EnsurePacked();
        var pack = Packs.GetValue(package, p => new Lazy<Task<CommandResult>>(() => Dotnet.BuildAsync(
            p.WorkRoot,
            "pack",
            [
                Path.Combine(Repository.Root, "src", "EventSchema.AspNetCore", "EventSchema.AspNetCore.csproj"),
                "-c", "Release",
                "-o", p.FeedDirectory,
                "--artifacts-path", Path.Combine(p.WorkRoot, "artifacts"),
                $"-p:Version={p.Version}",
            ])));
        (await pack.Value).EnsureSucceeded();
        string path = PathFor(package);
        Assert.True(File.Exists(path), $"`dotnet pack` succeeded but {path} is missing.");
        return path;
    }
}
