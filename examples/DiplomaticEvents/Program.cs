// The story of one diplomatic news report, told as typed events generated from schemas/diplomacy.
using Diplomacy;
using Diplomacy.News;
using DiplomaticEvents;
using EventSchema;

StoryPrinter.Heading($"{SeedReport.City}, {SeedReport.Day:yyyy-MM-dd}: as reported by {SeedReport.Source.Outlet}, citing {SeedReport.Source.Citing}");

StoryPrinter.Event(SeedReport.Credentials, CredentialsPresented.DisplayName, SeedReport.Credentials.Describe());
StoryPrinter.Event(SeedReport.Partnership, PartnershipRecalled.DisplayName, SeedReport.Partnership.Describe());
StoryPrinter.Event(SeedReport.Cooperation, CooperationHighlighted.DisplayName, SeedReport.Cooperation.Describe());
StoryPrinter.Event(SeedReport.OneChina, SupportReaffirmed.DisplayName, SeedReport.OneChina.Describe());
StoryPrinter.Event(SeedReport.Greetings, GreetingsConveyed.DisplayName, SeedReport.Greetings.Describe());
StoryPrinter.Event(SeedReport.Regards, RegardsConveyed.DisplayName, SeedReport.Regards.Describe());
StoryPrinter.Event(SeedReport.Integrity, IntegritySupportAffirmed.DisplayName, SeedReport.Integrity.Describe());
StoryPrinter.Event(SeedReport.Legacy, LegacyAcknowledged.DisplayName, SeedReport.Legacy.Describe());
StoryPrinter.Event(SeedReport.Report, ReportPublished.DisplayName, SeedReport.Report.Describe());

StoryPrinter.Heading("A broken event: every constraint is checked, and every error is reported");

// Scalars check their own constraints when created: a country code is two capital letters.
Console.WriteLine($"CountryCode.TryFrom(\"China\") accepted: {CountryCode.TryFrom("China", out _)}");

// Records check theirs in Validate(), all at once, each error with the path of its field.
// These constants break the schema on purpose, to show what validation reports; the build flags them as ES1002.
#pragma warning disable ES1002
CredentialsPresented broken = SeedReport.Credentials with
{
    Ambassador = SeedReport.LuMei with { Name = "" },
    ReceivedBy = SeedReport.Aliyev with { Title = new string('x', 121) },
    Place = string.Concat(Enumerable.Repeat("Baku ", 41)),
    Sources = [new Attribution { Outlet = "" }],
};
#pragma warning restore ES1002
StoryPrinter.Event(broken, CredentialsPresented.DisplayName, broken.Describe());

try
{
    broken.Validate().ThrowIfInvalid();
}
catch (SchemaValidationException exception)
{
    Console.WriteLine();
    Console.WriteLine($"ThrowIfInvalid() threw {nameof(SchemaValidationException)} carrying {exception.Result.Errors.Count} errors.");
}

StoryPrinter.Heading("On the wire: every event as a CloudEvent, read back through the generated catalog");
CloudEventsChapter.Print(
    [SeedReport.Credentials, SeedReport.Partnership, SeedReport.Cooperation, SeedReport.OneChina, SeedReport.Greetings,
     SeedReport.Regards, SeedReport.Integrity, SeedReport.Legacy, SeedReport.Report],
    new DateTimeOffset(SeedReport.Day, new TimeOnly(12, 0), TimeSpan.FromHours(4)));

StoryPrinter.Heading("The day as one stream: each line a DiplomaticEvent, told apart by its type");
DayStreamChapter.Print(
    [SeedReport.Credentials, SeedReport.Partnership, SeedReport.Cooperation, SeedReport.OneChina, SeedReport.Greetings,
     SeedReport.Regards, SeedReport.Integrity, SeedReport.Legacy, SeedReport.Report]);
