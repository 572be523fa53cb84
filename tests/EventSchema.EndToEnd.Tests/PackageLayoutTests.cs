using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace EventSchema.EndToEnd.Tests;

/// <summary>What the packed EventSchema package holds, read straight from the .nupkg.</summary>
public sealed class PackageLayoutTests(PackedPackage package)
{
    [Fact]
    public void Package_holds_the_runtime_for_both_frameworks_and_the_analyzer_with_its_dependencies()
    {
        package.EnsurePacked();
        using ZipArchive archive = ZipFile.OpenRead(package.PackagePath);
        string[] entries = archive.Entries.Select(entry => entry.FullName).ToArray();

        string[] expected =
        [
            "lib/netstandard2.0/EventSchema.Runtime.dll",
            "lib/net8.0/EventSchema.Runtime.dll",
            "analyzers/dotnet/cs/EventSchema.Generator.dll",
            "analyzers/dotnet/cs/EventSchema.Language.dll",
            "analyzers/dotnet/cs/Humanizer.dll",
            "buildTransitive/EventSchema.props",
            "buildTransitive/EventSchema.targets",
            "build/EventSchema.props",
            "build/EventSchema.targets",
            "buildMultiTargeting/EventSchema.targets",
            "tasks/netstandard2.0/EventSchema.Build.Tasks.dll",
            "tasks/netstandard2.0/EventSchema.Language.dll",
            "README.md",
        ];
        string[] missing = expected.Except(entries).ToArray();
        Assert.True(missing.Length == 0, $"Missing from the package: {string.Join(", ", missing)}. It holds: {string.Join(", ", entries)}");

        // Only the three compiler-time assemblies go beside the generator: no Roslyn, no resource satellites.
        string[] analyzerFiles = entries.Where(entry => entry.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            ["analyzers/dotnet/cs/EventSchema.Generator.dll", "analyzers/dotnet/cs/EventSchema.Language.dll", "analyzers/dotnet/cs/Humanizer.dll"],
            analyzerFiles);

        // The MSBuild task ships with the front end it runs, and nothing MSBuild itself provides.
        Assert.Equal(
            ["tasks/netstandard2.0/EventSchema.Build.Tasks.dll", "tasks/netstandard2.0/EventSchema.Language.dll"],
            entries.Where(entry => entry.StartsWith("tasks/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray());

        // The generator's own assemblies never leak into lib/, where they would become references.
        Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal) && !entry.Contains("EventSchema.Runtime.", StringComparison.Ordinal));
    }

    [Fact]
    public void Package_depends_only_on_System_Text_Json_and_only_for_netstandard()
    {
        package.EnsurePacked();
        XElement metadata = ReadNuspecMetadata();
        XNamespace ns = metadata.Name.Namespace;

        var groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group")
            .ToDictionary(
                group => (string)group.Attribute("targetFramework")!,
                group => group.Elements(ns + "dependency").Select(dependency => (string)dependency.Attribute("id")!).ToArray());

        Assert.Equal(["System.Text.Json"], groups[".NETStandard2.0"]);
        Assert.Empty(groups["net8.0"]);
    }

    [Fact]
    public void Package_metadata_names_readme_license_tags_and_repository()
    {
        package.EnsurePacked();
        XElement metadata = ReadNuspecMetadata();
        XNamespace ns = metadata.Name.Namespace;

        Assert.Equal("EventSchema", metadata.Element(ns + "id")!.Value);
        Assert.Equal(package.Version, metadata.Element(ns + "version")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Contains("source-generator", metadata.Element(ns + "tags")!.Value.Split(' '));
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")!.Value));
        Assert.Equal("git", (string?)metadata.Element(ns + "repository")?.Attribute("type"));
        Assert.True(File.Exists(Path.ChangeExtension(package.PackagePath, ".snupkg")), "The symbol package is missing.");
    }

    [Fact]
    public void Analyzer_targets_netstandard2_0_and_Roslyn_4_8_so_it_loads_in_the_NET_8_SDK_and_Visual_Studio_17_8()
    {
        package.EnsurePacked();
        using ZipArchive archive = ZipFile.OpenRead(package.PackagePath);

        foreach (string name in new[] { "EventSchema.Generator.dll", "EventSchema.Language.dll", "Humanizer.dll" })
        {
            using var image = new MemoryStream();
            using (Stream entry = archive.GetEntry("analyzers/dotnet/cs/" + name)!.Open())
            {
                entry.CopyTo(image);
            }

            image.Position = 0;
            using var pe = new PEReader(image);
            MetadataReader reader = pe.GetMetadataReader();
            var references = reader.AssemblyReferences
                .Select(handle => reader.GetAssemblyReference(handle))
                .ToDictionary(reference => reader.GetString(reference.Name), reference => reference.Version);

            // A compiler host on .NET Framework can only load netstandard and its own assemblies.
            Assert.True(references.ContainsKey("netstandard"), $"{name} does not target netstandard.");
            Assert.DoesNotContain("System.Runtime", references.Keys);
            if (references.TryGetValue("Microsoft.CodeAnalysis", out Version? roslyn))
            {
                Assert.True(roslyn <= new Version(4, 8, 0, 0), $"{name} needs Roslyn {roslyn}, newer than 4.8.0.");
            }
        }
    }

    private XElement ReadNuspecMetadata()
    {
        using ZipArchive archive = ZipFile.OpenRead(package.PackagePath);
        ZipArchiveEntry nuspec = archive.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = nuspec.Open();
        XElement root = XDocument.Load(stream).Root!;
        return root.Element(root.Name.Namespace + "metadata")!;
    }
}
