// A user's program against the seed schemas: each line it prints is checked by the end-to-end tests.
using Diplomacy;
using EventSchema;

var evt = new CredentialsPresented
{
    Ambassador = new Official { Name = "Lu Mei", Title = "Ambassador", Country = CountryCode.From("CN") },
    ReceivedBy = new Official { Name = "Ilham Aliyev", Title = "President", Country = CountryCode.From("AZ") },
    OccurredOn = new DateOnly(2025, 4, 17),
    Place = "Baku",
    Sources = [new Attribution { Outlet = "News.Az", Citing = "AZERTAC" }],
};

ValidationResult result = evt.Validate();
Console.WriteLine($"valid: {result.IsValid}");
Console.WriteLine($"summary: {evt.Describe()}");
Console.WriteLine($"type: {CredentialsPresented.EventType}");
Console.WriteLine($"version: {CredentialsPresented.SchemaVersion}");
Console.WriteLine($"display: {CredentialsPresented.DisplayName}");

IEvent asEvent = evt;
Console.WriteLine($"as IEvent: {asEvent.EventType} v{asEvent.SchemaVersion}");

Console.WriteLine($"country accepted: {CountryCode.TryFrom("China", out _)}");

// Broken on purpose, to check what validation reports; the build flags these constants (ES1002, ES1003).
#pragma warning disable ES1002, ES1003
var broken = evt with
{
    Ambassador = evt.Ambassador with { Name = "" },
    Sources = [],
};
#pragma warning restore ES1002, ES1003
foreach (ValidationError error in broken.Validate().Errors)
{
    Console.WriteLine($"error: {error.Path} {error.Code} {error.Message}");
}

Console.WriteLine($"runtime: {Environment.Version}");
Console.WriteLine($"equal copies: {evt == evt with { Sources = [new Attribution { Outlet = "News.Az", Citing = "AZERTAC" }] }}");

// JSON checks, in projects that own the schemas (ConsumerFiles/JsonChecks.cs); left out elsewhere.
RunJsonChecks(evt);

partial class Program
{
    static partial void RunJsonChecks(CredentialsPresented evt);
}
