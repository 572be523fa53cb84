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
}
