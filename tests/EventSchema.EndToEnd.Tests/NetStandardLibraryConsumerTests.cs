namespace EventSchema.EndToEnd.Tests;

/// <summary>
/// The common layout of a real solution: schemas live in a netstandard2.0 contracts library that
/// references the package, and an application uses the generated types through a project reference. The
/// application's constants are checked against the rules the contracts assembly carries in its metadata.
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
            .WithFile("Constants.cs", ConstantsThatBreakRules)
            // ES1001 is an error by default; .editorconfig turns it into a warning, so that the build goes on to run.
            .WithFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.ES1001.severity = warning\n")
            .WithProperty("WarningsNotAsErrors", "ES1001;ES1002;ES1003")
            .WithProjectXml("""
                  <ItemGroup>
                    <ProjectReference Include="../Contracts/Contracts.csproj" />
                  </ItemGroup>
                """)
            .Write();

        CommandResult build = (await application.BuildAsync()).EnsureSucceeded();
        build.EnsureOutputContains("Constants.cs(5,64): warning ES1002: Name must be at least 1 character long. The constant breaks @minLength(1) (Official.name in common.eventschema)");
        build.EnsureOutputContains("Constants.cs(5,95): warning ES1001: CountryCode.From always throws for this value: \"aze\" is not a valid CountryCode (pattern)");
        build.EnsureOutputContains("Constants.cs(6,100): warning ES1003: Sources must have at least 1 item. The collection has 0 items, which breaks @minItems(1)");
        SeedProgramOutput.Verify(await application.RunBuiltAsync());
    }

    // Never called: the build's diagnostics on them are what is checked.
    private const string ConstantsThatBreakRules = """
        using Diplomacy;

        internal static class Constants
        {
            public static Official Nameless() => new Official { Name = "", Country = CountryCode.From("aze") };
            public static CredentialsPresented Unsourced(CredentialsPresented evt) => evt with { Sources = [] };
        }
        """;
}
