using System.Reflection;
using System.Text.Json;
using EventSchema.Generator.Tests.Infrastructure;

namespace EventSchema.Generator.Tests;

/// <summary>
/// A record (not an event) has versions of its own, independent of the events that hold it, so any event payload, of
/// any event version, may hold it as an older version of the record wrote it. Its generated reader accepts the wire names
/// its <c>@renamedFrom</c> history gives, compiled and run through the real compiler.
/// </summary>
public sealed class NestedRecordHistoryReadingTests
{
    private const string Schema = """
        namespace Diplomacy;

        @version(2)
        record Official {
          @renamedFrom(2, "fullName") name: string;
          @renamedFrom(2, "position") @json("post") title?: string;
          @removed(2) office?: string;
        }

        // Version 1 called the headline "title"; version 2 renamed it and added a new "title" field.
        @version(2)
        record Notice {
          @renamedFrom(2, "title") headline: string;
          @added(2) title?: string;
        }

        @version(2)
        event CredentialsPresented {
          ambassador: Official;
          @added(2) greetingsFrom?: Official;
        }

        event TalksHeld {
          participants: list<Official>;
          notice?: Notice;
        }
        """;

    private const string Probe = """
        using System.Linq;
        using Diplomacy;

        namespace Consumer;

        internal static class Probe
        {
            public static string ReadCredentials(string json, int version)
            {
                CredentialsPresented value = CredentialsPresented.FromJson(json, version);
                return value.Ambassador.Name + "|" + (value.Ambassador.Title ?? "-");
            }

            public static string ReadTalks(string json)
            {
                TalksHeld value = TalksHeld.FromJson(json);
                return string.Join(",", value.Participants.Select(p => p.Name)) + "|" + (value.Notice is { } notice ? notice.Headline + "/" + (notice.Title ?? "-") : "-");
            }
        }
        """;

    private static Assembly Build()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("diplomacy.eventschema", Schema)], compilation: GeneratorHarness.CreateCompilation(Probe));
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        return GeneratorHarness.EmitAndLoad(run.OutputCompilation);
    }

    [Fact]
    public void A_nested_record_in_an_old_event_payload_reads_under_its_former_names()
    {
        Assembly assembly = Build();
        // Stored while the event was at version 1 and the record at version 1.
        Assert.Equal("Lu Mei|Ambassador", Call(assembly, "ReadCredentials", """{"ambassador":{"fullName":"Lu Mei","post":"Ambassador","office":"Baku"}}""", 1));
        // The current names read too, whatever the event's version.
        Assert.Equal("Lu Mei|-", Call(assembly, "ReadCredentials", """{"ambassador":{"name":"Lu Mei"}}""", 1));
        // The event's current version may carry a record written before the record's rename: its versions are its own.
        Assert.Equal("Lu Mei|-", Call(assembly, "ReadCredentials", """{"ambassador":{"fullName":"Lu Mei"},"greetingsFrom":{"name":"Xi Jinping"}}""", 2));
    }

    [Fact]
    public void An_event_without_history_reads_the_former_names_of_the_records_it_holds()
    {
        Assembly assembly = Build();
        Assert.Equal("Lu Mei,Ilham Aliyev|-", Call(assembly, "ReadTalks", """{"participants":[{"fullName":"Lu Mei"},{"name":"Ilham Aliyev"}]}"""));
    }

    [Fact]
    public void A_former_name_is_not_read_twice_nor_taken_from_a_field_that_has_it_now()
    {
        Assembly assembly = Build();
        // The former and the current name of one field: a duplicate, as the same name twice would be.
        var duplicate = Assert.Throws<JsonException>(() => CallUnwrapped(assembly, "ReadTalks", """{"participants":[{"fullName":"Lu Mei","name":"Lu Mei"}]}"""));
        Assert.Contains("participants[0]", duplicate.Path ?? duplicate.Message, StringComparison.Ordinal);
        // "title" is Notice.title's name now, so it is never read as the headline it was at version 1.
        Assert.Equal("Lu Mei|Talks/Agenda", Call(assembly, "ReadTalks", """{"participants":[{"name":"Lu Mei"}],"notice":{"headline":"Talks","title":"Agenda"}}"""));
        var missing = Assert.Throws<JsonException>(() => CallUnwrapped(assembly, "ReadTalks", """{"participants":[],"notice":{"title":"Talks"}}"""));
        Assert.Contains("headline", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wire_name_fixed_with_json_and_a_removed_field_are_not_former_names()
    {
        Assembly assembly = Build();
        // "position" was only ever the C# name (the wire name stayed "post"), and "office" is a removed field: both are unknown properties, skipped.
        Assert.Equal("Lu Mei|-", Call(assembly, "ReadCredentials", """{"ambassador":{"name":"Lu Mei","position":"Ambassador","office":"Baku"}}""", 2));
    }

    private static string Call(Assembly assembly, string method, params object[] arguments)
        => (string)assembly.GetType("Consumer.Probe")!.GetMethod(method)!.Invoke(null, arguments)!;

    private static string CallUnwrapped(Assembly assembly, string method, params object[] arguments)
    {
        try
        {
            return Call(assembly, method, arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }
    }
}
