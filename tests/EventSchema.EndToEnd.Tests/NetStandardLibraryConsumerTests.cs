namespace EventSchema.EndToEnd.Tests;

/// <summary>
/// The common layout of a real solution: schemas live in a netstandard2.0 contracts library that
/// references the package, and an application uses the generated types through a project reference.
/// </summary>
public sealed class NetStandardLibraryConsumerTests(PackedPackage package)
{
    [Fact]
    public async Task A_netstandard2_0_contracts_library_generates_types_an_application_uses()
    {
        ConsumerProject.Create(package, "Contracts", "netstandard2.0")
            .WithProperty("OutputType", "Library")
            .WithProperty("LangVersion", "latest")
            .WithProperty("ImplicitUsings", "disable")
            .WithSeedSchemas()
            .Write();

        // netstandard2.0 has no DateOnly, so schema dates are DateTime there; the program is otherwise the same.
        string program = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ConsumerFiles", "Program.cs"))
            .Replace("new DateOnly(2025, 4, 17)", "new DateTime(2025, 4, 17)", StringComparison.Ordinal);
        Assert.Contains("new DateTime(2025, 4, 17)", program, StringComparison.Ordinal);

        ConsumerProject application = ConsumerProject.Create(package, "ContractsApp", "net10.0")
            .WithFile("Program.cs", program)
            .WithProjectXml("""
                  <ItemGroup>
                    <ProjectReference Include="../Contracts/Contracts.csproj" />
                  </ItemGroup>
                """)
            .Write();

        (await application.BuildAsync()).EnsureSucceeded();
        SeedProgramOutput.Verify(await application.RunBuiltAsync());
    }
}
