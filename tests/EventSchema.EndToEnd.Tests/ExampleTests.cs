namespace EventSchema.EndToEnd.Tests;

/// <summary>The README's first command: the example runs from the repository and tells the seed story.</summary>
public sealed class ExampleTests
{
    [Fact]
    public async Task The_example_runs_validates_the_story_and_reports_the_broken_event()
    {
        CommandResult run = await Dotnet.RunAsync(
            Repository.Root,
            ["run", "--project", Path.Combine("examples", "DiplomaticEvents"), "--disable-build-servers", "-nodeReuse:false", "-p:UseSharedCompilation=false"],
            cancellationToken: TestContext.Current.CancellationToken);

        run.EnsureSucceeded()
            .EnsureOutputContains("Baku, 2025-04-17")
            .EnsureOutputContains("Lu Mei presented credentials to Ilham Aliyev")
            .EnsureOutputContains("\"type\":\"diplomacy.credentials-presented.v3\"")
            .EnsureOutputContains("Stored as version 1, read as CredentialsPresented v3: Guo Min presented credentials to Ilham Aliyev (greetings from: not recorded, conversation held: False)")
            .EnsureOutputContains("A newer version is refused: Version 4 of CredentialsPresented (diplomacy.credentials-presented.v4) is newer than this program knows")
            .EnsureOutputContains("Credentials presented")
            .EnsureOutputContains("ambassador.name")
            .EnsureOutputContains("sources[0].outlet")
            .EnsureOutputContains("CountryCode.TryFrom(\"China\") accepted: False")
            .EnsureOutputContains("INVALID: 4 error(s)")
            .EnsureOutputContains("\"specversion\":\"1.0\",\"id\":\"news-az-2025-04-17-1\"")
            .EnsureOutputContains("read back as CredentialsPresented: equal to the original")
            .EnsureOutputContains("Unknown event type 'diplomacy.summit-cancelled.v1'");

        // The nine events of the story are valid; only the one broken on purpose is not.
        int validEvents = run.Output.Split('\n').Count(line => line.TrimEnd() == "  valid");
        if (validEvents != 9)
        {
            Assert.Fail($"Expected 9 valid events, found {validEvents}.{Environment.NewLine}{run.Describe()}");
        }
    }
}
