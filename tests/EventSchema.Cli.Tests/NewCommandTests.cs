namespace EventSchema.Cli.Tests;

public class NewCommandTests
{
    [Fact]
    public void Scaffolds_a_schema_that_checks_clean_and_is_already_formatted()
    {
        using var folder = new TemporaryFolder();

        var created = CliRunner.Run(folder.Path, "new", "CredentialsPresented", "--namespace", "Diplomacy");

        Assert.True(created.ExitCode == 0, created.ToString());
        string text = folder.Read("credentials-presented.eventschema");
        Assert.StartsWith("namespace Diplomacy;", text);
        Assert.Contains("event CredentialsPresented {", text);

        var check = CliRunner.Run(folder.Path, "check");
        Assert.True(check.ExitCode == 0, check.ToString());
        var format = CliRunner.Run(folder.Path, "format", "--check");
        Assert.True(format.ExitCode == 0, format.ToString());
    }

    [Fact]
    public void Takes_the_namespace_from_the_folder_name_by_default()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "sales-orders"));

        var result = CliRunner.Run(folder.Path, "new", "OrderPlaced", "-o", "sales-orders");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("namespace SalesOrders;", folder.Read("sales-orders/order-placed.eventschema"));
    }

    [Fact]
    public void In_a_folder_named_schemas_takes_the_namespace_from_the_project()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Contoso.Shipping/Contoso.Shipping.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "Contoso.Shipping", "Schemas"));

        var result = CliRunner.Run(folder.Path, "new", "ShipRegistered", "-o", "Contoso.Shipping/Schemas");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("namespace Contoso.Shipping;", folder.Read("Contoso.Shipping/Schemas/ship-registered.eventschema"));
    }

    [Fact]
    public void In_a_folder_named_schemas_outside_a_project_takes_the_namespace_from_the_parent_folder()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "fleet-events", "schemas"));

        var result = CliRunner.Run(folder.Path, "new", "ShipRegistered", "-o", "fleet-events/schemas");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("namespace FleetEvents;", folder.Read("fleet-events/schemas/ship-registered.eventschema"));
    }

    [Theory]
    [InlineData("été", "Ete")]
    [InlineData("münchen_büro", "MunchenBuro")]
    public void A_folder_name_with_accents_keeps_its_letters_in_the_namespace(string name, string expected)
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, name, "schemas"));

        var result = CliRunner.Run(folder.Path, "new", "Ping", "-o", name + "/schemas");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith($"namespace {expected};", folder.Read(name + "/schemas/ping.eventschema"));
    }

    [Fact]
    public void Does_not_overwrite_an_existing_file_without_force()
    {
        using var folder = new TemporaryFolder();
        folder.Write("order-placed.eventschema", "// mine\n");

        var refused = CliRunner.Run(folder.Path, "new", "OrderPlaced", "-n", "Sales");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("already exists", refused.Error);
        Assert.Equal("// mine\n", folder.Read("order-placed.eventschema"));

        var forced = CliRunner.Run(folder.Path, "new", "OrderPlaced", "-n", "Sales", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("event OrderPlaced", folder.Read("order-placed.eventschema"));
    }

    [Theory]
    [InlineData("order-placed")]
    [InlineData("9Lives")]
    [InlineData("Ordér")]
    public void Rejects_names_that_are_not_identifiers(string name)
    {
        using var folder = new TemporaryFolder();

        var result = CliRunner.Run(folder.Path, "new", name, "-n", "Sales");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a valid name", result.Error);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Theory]
    [InlineData("record", "'record' is a keyword of the schema language and cannot name an event; choose another name, such as RecordPublished.")]
    [InlineData("string", "the new file would not compile: 'string' is a built-in type name; choose another name for the declaration.")]
    public void Refuses_a_name_the_language_does_not_allow_instead_of_writing_a_file_that_does_not_compile(string name, string message)
    {
        using var folder = new TemporaryFolder();

        var result = CliRunner.Run(folder.Path, "new", name, "-n", "Sales");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("eventschema: error: " + message, result.Error.TrimEnd());
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
