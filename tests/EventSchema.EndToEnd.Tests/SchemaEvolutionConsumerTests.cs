namespace EventSchema.EndToEnd.Tests;

/// <summary>
/// Schema evolution with the packed package, in one consumer taken through a release cycle: the lock file written by
/// <c>dotnet build -t:UpdateEventSchemaLock</c> with no tool installed, a breaking edit failing the build at the schema
/// line, a compatible new version building, and a payload stored as version 1 read into version 3.
/// </summary>
public sealed class SchemaEvolutionConsumerTests(PackedPackage package)
{
    private const string Version1 = """
        namespace Diplomacy;

        @version(1)
        event CredentialsPresented {
          ambassador: string;
          receivedBy: string;
          occurredOn: date;
        }

        """;

    // The published field deleted in place: the lock file says version 1 has it.
    private const string BreakingEdit = """
        namespace Diplomacy;

        @version(1)
        event CredentialsPresented {
          ambassador: string;
          occurredOn: date;
        }

        """;

    private const string Version3 = """
        namespace Diplomacy;

        @version(3)
        event CredentialsPresented {
          ambassador: string;
          receivedBy: string;
          occurredOn: date;
          @added(2) greetingsFrom?: string;
          @added(3) conversationHeld: bool = false;
        }

        """;

    private const string ReadsVersion1 = """
        using Diplomacy;
        using EventSchema.Generated;

        const string stored = "{\"ambassador\":\"Lu Mei\",\"receivedBy\":\"Ilham Aliyev\",\"occurredOn\":\"2025-04-17\"}";
        CredentialsPresented direct = CredentialsPresented.FromJson(stored, schemaVersion: 1);
        Console.WriteLine($"direct: {direct.Ambassador} v{CredentialsPresented.SchemaVersion} greetings={direct.GreetingsFrom ?? "none"} conversation={direct.ConversationHeld}");

        var envelope = GeneratedEventCatalog.Instance.ReadCloudEvent(
            "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/archive\",\"type\":\"diplomacy.credentials-presented.v1\",\"data\":" + stored + "}");
        Console.WriteLine($"catalog: {envelope.Data.GetType().Name} {envelope.Data.EventType}");

        try
        {
            CredentialsPresented.FromJson(stored, schemaVersion: 4);
        }
        catch (System.Text.Json.JsonException exception)
        {
            Console.WriteLine("newer: " + exception.Message);
        }

        """;

    [Fact]
    public async Task A_consumer_locks_its_schemas_fails_on_a_breaking_edit_builds_a_new_version_and_reads_version_1_as_version_3()
    {
        ConsumerProject consumer = ConsumerProject.Create(package, "EvolvingConsumer", "net10.0")
            .WithFile("Program.cs", "System.Console.WriteLine(\"version 1\");\n")
            .WithFile("Schemas/credentials.eventschema", Version1)
            .Write();
        string lockFile = Path.Combine(consumer.Directory, "eventschema.lock.json");
        string schema = Path.Combine(consumer.Directory, "Schemas", "credentials.eventschema");

        // The package's own target writes the lock file: no tool to install.
        (await UpdateLockAsync(consumer)).EnsureSucceeded();
        string locked = File.ReadAllText(lockFile);
        Assert.Contains("\"eventType\": \"diplomacy.credentials-presented.v1\"", locked, StringComparison.Ordinal);
        Assert.DoesNotContain(".v2", locked, StringComparison.Ordinal);

        // Editing the published version in place fails the build at the schema, quoting the lock file.
        consumer.WithFile("Schemas/credentials.eventschema", BreakingEdit);
        CommandResult broken = (await consumer.BuildAsync()).EnsureFailed();
        broken.EnsureOutputContains($"{schema}(4,7): error ES0730: PUBLISHED_VERSION_EDITED:");
        broken.EnsureOutputContains("`receivedBy: string`");

        // Nor does the lock target write over the published version, as 'eventschema lock' does not.
        (await UpdateLockAsync(consumer)).EnsureFailed()
            .EnsureOutputContains($"{schema}(4,7,4,27): error ES0730: PUBLISHED_VERSION_EDITED:")
            .EnsureOutputContains("The lock file was not updated");
        Assert.Equal(locked, File.ReadAllText(lockFile));

        // The lock records the naming: another one renames 'receivedBy' on the wire, which the build and the lock target refuse.
        Assert.Contains("\"jsonNaming\": \"AsWritten\"", locked, StringComparison.Ordinal);
        consumer.WithFile("Schemas/credentials.eventschema", Version1);
        (await consumer.BuildAsync("-p:EventSchemaJsonNaming=SnakeCase")).EnsureFailed()
            .EnsureOutputContains($"{schema}(4,7): error ES0763: JSON_NAMING_CHANGED:")
            .EnsureOutputContains("\"receivedBy\" becomes \"received_by\"");
        (await Dotnet.BuildAsync(consumer.Directory, "build", ["-c", "Release", "-t:UpdateEventSchemaLock", "-p:EventSchemaJsonNaming=SnakeCase"], TestContext.Current.CancellationToken)).EnsureFailed()
            .EnsureOutputContains("error ES0763")
            .EnsureOutputContains("The lock file was not updated");
        Assert.Equal(locked, File.ReadAllText(lockFile));

        // A new version that describes its changes builds, and reads what version 1 wrote.
        consumer.WithFile("Schemas/credentials.eventschema", Version3).WithFile("Program.cs", ReadsVersion1);
        (await consumer.BuildAsync()).EnsureSucceeded();
        (await consumer.RunBuiltAsync()).EnsureSucceeded()
            .EnsureOutputContains("direct: Lu Mei v3 greetings=none conversation=False")
            .EnsureOutputContains("catalog: CredentialsPresented diplomacy.credentials-presented.v3")
            .EnsureOutputContains("newer: Version 4 of CredentialsPresented is newer than this program knows (versions 1 to 3)");

        // Releasing it records versions 2 and 3 and keeps version 1 as it was.
        (await UpdateLockAsync(consumer)).EnsureSucceeded();
        string relocked = File.ReadAllText(lockFile);
        Assert.Contains("\"eventType\": \"diplomacy.credentials-presented.v3\"", relocked, StringComparison.Ordinal);
        Assert.Contains("\"eventType\": \"diplomacy.credentials-presented.v2\"", relocked, StringComparison.Ordinal);
        Assert.Contains("\"eventType\": \"diplomacy.credentials-presented.v1\"", relocked, StringComparison.Ordinal);
    }

    private static Task<CommandResult> UpdateLockAsync(ConsumerProject consumer)
        => Dotnet.BuildAsync(consumer.Directory, "build", ["-c", "Release", "-t:UpdateEventSchemaLock"], TestContext.Current.CancellationToken);
}
