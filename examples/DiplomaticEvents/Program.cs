// The story of one diplomatic news report, told as typed events generated from schemas/diplomacy.
using Diplomacy;
using DiplomaticEvents;
using EventSchema;

StoryPrinter.Heading($"{SeedReport.City}, {SeedReport.Day:yyyy-MM-dd}: as reported by {SeedReport.Source.Outlet}, citing {SeedReport.Source.Citing}");

StoryPrinter.Event(SeedReport.Credentials, CredentialsPresented.DisplayName, SeedReport.Credentials.Describe());
StoryPrinter.Event(SeedReport.GreetingsFromBeijing, GreetingsConveyed.DisplayName, SeedReport.GreetingsFromBeijing.Describe());
StoryPrinter.Event(SeedReport.RegardsToBeijing, GreetingsConveyed.DisplayName, SeedReport.RegardsToBeijing.Describe());

StoryPrinter.Heading("A broken event: every constraint is checked, and every error is reported");

// Scalars check their own constraints when created: a country code must be two capital letters.
bool accepted = CountryCode.TryFrom("China", out _);
Console.WriteLine($"CountryCode.TryFrom(\"China\") accepted: {accepted}");

// Records check theirs in Validate(), all at once and with the path of each field.
CredentialsPresented broken = SeedReport.Credentials with
{
    Ambassador = SeedReport.LuMei with { Name = "" },
    ReceivedBy = SeedReport.Aliyev with { Title = new string('x', 121) },
    Place = string.Concat(Enumerable.Repeat("Baku ", 41)),
    Sources = [],
};
StoryPrinter.Event(broken, CredentialsPresented.DisplayName, broken.Describe());

try
{
    broken.Validate().ThrowIfInvalid();
}
catch (SchemaValidationException exception)
{
    Console.WriteLine();
    Console.WriteLine($"ThrowIfInvalid() threw {nameof(SchemaValidationException)} with {exception.Result.Errors.Count} errors.");
}
