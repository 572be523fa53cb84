namespace EventSchema.EndToEnd.Tests;

/// <summary>
/// <c>dotnet build -t:UpdateEventSchemaLock</c> in a service whose schemas <c>using</c> a contracts library: the target
/// resolves the project's references (building the library), reads the library's schema declarations from its assembly,
/// and writes the service's lock file with the service's own declarations only. The library targets two frameworks, as
/// docs/contracts.md suggests, and writes its own lock file from its outer build.
/// </summary>
public sealed class ContractsLockConsumerTests(PackedPackage package)
{
    private const string CommonSchema = """
        namespace Corridor.Common;

        @pattern("^[A-Z]{2}[A-Z2-9]{3}$")
        scalar LocationCode : string;

        record Port { code: LocationCode; @minLength(1) name: string; }
        """;

    private const string FreightSchema = """
        namespace Corridor.Freight;

        using Corridor.Common;

        @version(1)
        event ShipmentBooked {
          origin: Port;
          destination: Corridor.Common.Port;
          @minimum(1) teu: int;
        }

        union FreightEvent = ShipmentBooked;
        """;

    [Fact]
    public async Task A_service_that_uses_a_contracts_library_locks_its_own_schemas()
    {
        ConsumerProject contracts = ConsumerProject.Create(package, "Corridor.Contracts", "netstandard2.0;net8.0")
            .WithProperty("OutputType", "Library")
            .WithProperty("ImplicitUsings", "disable")
            .WithFile("Schemas/common.eventschema", CommonSchema)
            .Write();
        ConsumerProject service = ConsumerProject.Create(package, "CorridorService", "net10.0")
            .WithFile("Program.cs", "System.Console.WriteLine(\"freight\");\n")
            .WithFile("Schemas/freight.eventschema", FreightSchema)
            .WithProjectXml("""
                  <ItemGroup>
                    <ProjectReference Include="../Corridor.Contracts/Corridor.Contracts.csproj" />
                  </ItemGroup>
                """)
            .Write();

        (await Dotnet.BuildAsync(service.Directory, "build", ["-c", "Release", "-t:UpdateEventSchemaLock"], TestContext.Current.CancellationToken))
            .EnsureSucceeded()
            .EnsureOutputContains("EventSchema: wrote");
        string locked = File.ReadAllText(Path.Combine(service.Directory, "eventschema.lock.json"));
        Assert.Contains("\"Corridor.Freight.ShipmentBooked\": {", locked, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"Corridor.Common.Port\"", locked, StringComparison.Ordinal);
        Assert.Contains("\"Corridor.Freight.FreightEvent\": {", locked, StringComparison.Ordinal);
        // The library's declarations belong to the library's own lock file.
        Assert.DoesNotContain("\"Corridor.Common.Port\": {", locked, StringComparison.Ordinal);

        (await Dotnet.BuildAsync(contracts.Directory, "build", ["-c", "Release", "-t:UpdateEventSchemaLock"], TestContext.Current.CancellationToken))
            .EnsureSucceeded()
            .EnsureOutputContains("EventSchema: wrote");
        string libraryLock = File.ReadAllText(Path.Combine(contracts.Directory, "eventschema.lock.json"));
        Assert.Contains("\"Corridor.Common.Port\": {", libraryLock, StringComparison.Ordinal);

        // A project with no schema files of its own has nothing to lock, and gets no empty lock file.
        ConsumerProject worker = ConsumerProject.Create(package, "CorridorWorker", "net10.0")
            .WithFile("Program.cs", "System.Console.WriteLine(typeof(Corridor.Common.Port));\n")
            .WithProjectXml("""
                  <ItemGroup>
                    <ProjectReference Include="../Corridor.Contracts/Corridor.Contracts.csproj" />
                  </ItemGroup>
                """)
            .Write();
        (await Dotnet.BuildAsync(worker.Directory, "build", ["-c", "Release", "-t:UpdateEventSchemaLock"], TestContext.Current.CancellationToken))
            .EnsureSucceeded()
            .EnsureOutputContains("EventSchema: CorridorWorker has no schema files; no lock file written.");
        Assert.False(File.Exists(Path.Combine(worker.Directory, "eventschema.lock.json")));
    }
}
