namespace EventSchema.EndToEnd.Tests;

/// <summary>What ConsumerFiles/Program.cs must print when the generated code behaves as specified.</summary>
public static class SeedProgramOutput
{
    /// <summary>Checks every line the seed program prints about the valid and the broken event.</summary>
    public static void Verify(CommandResult run)
    {
        run.EnsureSucceeded()
            .EnsureOutputContains("valid: True")
            .EnsureOutputContains("summary: Lu Mei presented credentials to Ilham Aliyev")
            .EnsureOutputContains("type: diplomacy.credentials-presented.v3")
            .EnsureOutputContains("version: 3")
            .EnsureOutputContains("display: Credentials presented")
            .EnsureOutputContains("as IEvent: diplomacy.credentials-presented.v3 v3")
            .EnsureOutputContains("country accepted: False")
            .EnsureOutputContains("error: ambassador.name minLength ")
            .EnsureOutputContains("error: sources minItems ")
            .EnsureOutputContains("equal copies: True");

        // Exactly the two broken constraints, nothing else.
        int errors = run.Output.Split('\n').Count(line => line.StartsWith("error: ", StringComparison.Ordinal));
        if (errors != 2)
        {
            Assert.Fail($"Expected 2 validation errors, found {errors}.{Environment.NewLine}{run.Describe()}");
        }
    }

    /// <summary>The seed event as JSON, as every writer must produce it.</summary>
    public const string SeedJson =
        "{\"ambassador\":{\"name\":\"Lu Mei\",\"title\":\"Ambassador\",\"country\":\"CN\"},"
        + "\"receivedBy\":{\"name\":\"Ilham Aliyev\",\"title\":\"President\",\"country\":\"AZ\"},"
        + "\"occurredOn\":\"2025-04-17\",\"place\":\"Baku\",\"sources\":[{\"outlet\":\"News.Az\",\"citing\":\"AZERTAC\"}],\"conversationHeld\":false}";

    /// <summary>Checks the lines of ConsumerFiles/JsonChecks.cs: fast paths, JsonSerializer through GeneratedJson, CloudEvents.</summary>
    public static void VerifyJson(CommandResult run)
    {
        run.EnsureSucceeded()
            .EnsureOutputContains("json: " + SeedJson)
            .EnsureOutputContains("json round trip: True")
            .EnsureOutputContains("serializer: True True")
            .EnsureOutputContains("bad date: $.occurredOn")
            .EnsureOutputContains("cloud event: True b5b0a1f4");
    }
}
