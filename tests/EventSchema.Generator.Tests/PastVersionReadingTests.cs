using System.Reflection;
using System.Text.Json;
using EventSchema.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EventSchema.Generator.Tests;

/// <summary>
/// An event with history decorators reads every version it has had into its current type: the generator derives
/// what C# can carry over (renames, removals, widenings, new optional or defaulted fields), asks for a
/// <c>static partial</c> method where it cannot, and names a version it does not know.
/// </summary>
public sealed class PastVersionReadingTests
{
    private const string Evolved = """
        namespace Diplomacy;

        record Official {
          name: string;
        }

        @version(3)
        event CredentialsPresented {
          ambassador: Official;
          @renamedFrom(3, "date") occurredOn: date;
          @added(2) greetingsFrom?: Official;
          @removed(3) language?: string;
          @typeChangedFrom(3, int) attendance: long = 0;
          @added(3) conversationHeld: bool = false;
        }

        """;

    // Reads payloads of each version through the generated API and prints what the current type holds.
    private const string Probe = """
        using System.Text.Json;
        using Diplomacy;
        using EventSchema.Json;

        namespace Consumer;

        internal static class Probe
        {
            public static string Read(string json, int version)
            {
                CredentialsPresented value = CredentialsPresented.FromJson(json, version);
                return $"{value.Ambassador.Name}|{value.OccurredOn:yyyy-MM-dd}|{value.GreetingsFrom?.Name ?? "-"}|{value.Attendance}|{value.ConversationHeld}";
            }

            public static string WriteVersion1()
                => new CredentialsPresented.V1 { Ambassador = new Official { Name = "Lu Mei" }, Date = new System.DateOnly(2025, 4, 17), Language = "zh", Attendance = 12 }.ToJson();

            public static string ReadWithSerializer(string json)
                => JsonSerializer.Deserialize<CredentialsPresented.V1>(json)!.ToCurrent().Attendance.ToString(System.Globalization.CultureInfo.InvariantCulture);

            public static string ReadCloudEvent(string type, string data)
            {
                var envelope = EventSchema.Generated.GeneratedEventCatalog.Instance.ReadCloudEvent(
                    "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/t\",\"type\":\"" + type + "\",\"data\":" + data + "}");
                return envelope.Data.GetType().Name + "|" + ((CredentialsPresented)envelope.Data).Ambassador.Name;
            }

            public static string Lookup(string type)
                => EventSchema.Generated.GeneratedEventCatalog.Instance.Lookup(type, out var info) + "|" + info?.EventType;

            public static string WriteCloudEvent()
                => EventSchema.Generated.GeneratedEventCatalog.Instance.ToCloudEventJson(new EventEnvelope(
                    new CredentialsPresented { Ambassador = new Official { Name = "Lu Mei" }, OccurredOn = new System.DateOnly(2025, 4, 17) }, "1", "/t"));
        }
        """;

    [Fact]
    public void Each_past_version_is_a_nested_record_with_the_names_and_types_it_had()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("credentials.eventschema", Evolved)], compilation: GeneratorHarness.CreateCompilation(Probe));
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assembly assembly = GeneratorHarness.EmitAndLoad(run.OutputCompilation);
        Type current = assembly.GetType("Diplomacy.CredentialsPresented")!;
        Type v1 = current.GetNestedType("V1")!;
        Type v2 = current.GetNestedType("V2")!;
        Assert.Null(current.GetNestedType("V3"));

        Assert.Equal(["Ambassador", "Date", "Language", "Attendance"], PropertyNames(v1));
        Assert.Equal(typeof(int), v1.GetProperty("Attendance")!.PropertyType);
        Assert.Equal(["Ambassador", "Date", "GreetingsFrom", "Language", "Attendance"], PropertyNames(v2));
        Assert.Equal(["Ambassador", "OccurredOn", "GreetingsFrom", "Attendance", "ConversationHeld"], PropertyNames(current));
        Assert.Equal("diplomacy.credentials-presented.v1", v1.GetField("EventType")!.GetValue(null));
        Assert.Equal(2, v2.GetField("SchemaVersion")!.GetValue(null));
    }

    [Fact]
    public void Payloads_of_every_version_read_into_the_current_type_with_derived_conversions()
    {
        Assembly assembly = BuildProbe(Evolved);

        Assert.Equal("Lu Mei|2025-04-17|-|12|False", Call(assembly, "Read", """{"ambassador":{"name":"Lu Mei"},"date":"2025-04-17","language":"zh","attendance":12}""", 1));
        Assert.Equal("Lu Mei|2025-04-17|Xi Jinping|7|False", Call(assembly, "Read", """{"ambassador":{"name":"Lu Mei"},"date":"2025-04-17","greetingsFrom":{"name":"Xi Jinping"},"attendance":7}""", 2));
        Assert.Equal("Lu Mei|2025-04-17|-|5000000000|True", Call(assembly, "Read", """{"ambassador":{"name":"Lu Mei"},"occurredOn":"2025-04-17","attendance":5000000000,"conversationHeld":true}""", 3));

        // Version 1 had no greetingsFrom and called the date "date": read as version 1, the current names are unknown.
        var strict = Assert.Throws<JsonException>(() => CallUnwrapped(assembly, "Read", """{"ambassador":{"name":"Lu Mei"},"occurredOn":"2025-04-17"}""", 1));
        Assert.Contains("date", strict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_payload_written_by_the_version_1_shape_reads_into_version_3_through_every_reader()
    {
        Assembly assembly = BuildProbe(Evolved);
        string written = Call(assembly, "WriteVersion1");
        Assert.Equal("""{"ambassador":{"name":"Lu Mei"},"date":"2025-04-17","language":"zh","attendance":12}""", written);

        Assert.Equal("Lu Mei|2025-04-17|-|12|False", Call(assembly, "Read", written, 1));
        Assert.Equal("12", Call(assembly, "ReadWithSerializer", written));
        Assert.Equal("CredentialsPresented|Lu Mei", Call(assembly, "ReadCloudEvent", "diplomacy.credentials-presented.v1", written));
        Assert.Equal("CredentialsPresented|Lu Mei", Call(assembly, "ReadCloudEvent", "diplomacy.credentials-presented.v3", """{"ambassador":{"name":"Lu Mei"},"occurredOn":"2025-04-17"}"""));
        // Writers write the current version.
        Assert.Contains("\"type\":\"diplomacy.credentials-presented.v3\"", Call(assembly, "WriteCloudEvent"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_newer_than_the_code_knows_is_a_JsonException_naming_it()
    {
        Assembly assembly = BuildProbe(Evolved);

        var direct = Assert.Throws<JsonException>(() => CallUnwrapped(assembly, "Read", """{"ambassador":{"name":"Lu Mei"}}""", 4));
        Assert.Contains("Version 4 of CredentialsPresented is newer than this program knows (versions 1 to 3)", direct.Message, StringComparison.Ordinal);

        var cloudEvent = Assert.Throws<JsonException>(() => CallUnwrapped(assembly, "ReadCloudEvent", "diplomacy.credentials-presented.v4", "{}"));
        Assert.Contains("Version 4 of CredentialsPresented (diplomacy.credentials-presented.v4) is newer", cloudEvent.Message, StringComparison.Ordinal);
        Assert.Equal("$.type", cloudEvent.Path);

        Assert.Equal("UnknownVersion|diplomacy.credentials-presented.v3", Call(assembly, "Lookup", "diplomacy.credentials-presented.v4"));
        Assert.Equal("Known|diplomacy.credentials-presented.v2", Call(assembly, "Lookup", "diplomacy.credentials-presented.v2"));
        Assert.Equal("Unknown|", Call(assembly, "Lookup", "diplomacy.credentials-withdrawn.v1"));
    }

    private const string NeedsConversions = """
        namespace Diplomacy;

        record Official {
          name: string;
        }

        @version(3)
        event CredentialsPresented {
          ambassador: Official;
          @added(2) greetingsFrom: Official;
          @typeChangedFrom(3, string) attendance: int;
        }

        """;

    [Fact]
    public void A_conversion_nothing_can_derive_is_a_located_error_until_the_project_writes_it()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("credentials.eventschema", NeedsConversions)]);

        var missing = run.GeneratorDiagnostics.Where(diagnostic => diagnostic.Id == "ES0780").OrderBy(diagnostic => diagnostic.GetMessage(), StringComparer.Ordinal).ToList();
        Assert.Equal(2, missing.Count);
        Assert.All(missing, diagnostic => Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity));
        Assert.Equal("/project/credentials.eventschema", missing[0].Location.GetLineSpan().Path);
        // greetingsFrom (line 10) for version 1; attendance (line 11) for version 2.
        Assert.Equal(
            "Reading version 1 of 'CredentialsPresented' needs a conversion for 'greetingsFrom': it was added in version 2 as a required field without a default. "
            + "Write 'private static partial Diplomacy.Official UpcastGreetingsFrom(V1 previous)' in a 'partial record CredentialsPresented'.",
            missing[0].GetMessage());
        Assert.Equal(9, missing[0].Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("'attendance': its type changed from string in version 2 to int in version 3", missing[1].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'private static partial int UpcastAttendance(V2 previous)'", missing[1].GetMessage(), StringComparison.Ordinal);
        Assert.Equal(10, missing[1].Location.GetLineSpan().StartLinePosition.Line);
        // The schema errors are the only ones: no CS8795 for the unwritten partial methods inside generated code.
        Assert.Empty(run.CompilationProblems);
    }

    // Reads a payload of the given version into today's type: the conversions run, and their values come back as text.
    private const string ReadProbe = """
        namespace Consumer
        {
            internal static class Probe
            {
                public static string Read(string json, int version)
                {
                    CredentialsPresented value = CredentialsPresented.FromJson(json, version);
                    return value.GreetingsFrom.Name + "|" + value.Attendance.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
        """;

    private const string OneUserConversion = """
        using Diplomacy;

        namespace Diplomacy
        {
            partial record CredentialsPresented
            {
                private static partial int UpcastAttendance(V2 previous) => previous.Attendance.Length;
            }
        }

        """ + ReadProbe;

    [Fact]
    public void A_conversion_still_unwritten_throws_when_its_version_is_read_if_its_error_is_lowered()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("credentials.eventschema", NeedsConversions)], compilation: GeneratorHarness.CreateCompilation(OneUserConversion));

        Assert.Equal(["ES0780"], run.GeneratorDiagnostics.Select(diagnostic => diagnostic.Id));
        Assert.Contains("'greetingsFrom'", run.GeneratorDiagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
        Assembly assembly = GeneratorHarness.EmitAndLoad(run.OutputCompilation);

        Assert.Equal("Xi Jinping|4", Call(assembly, "Read", """{"ambassador":{"name":"Lu Mei"},"greetingsFrom":{"name":"Xi Jinping"},"attendance":"many"}""", 2));
        var unwritten = Assert.Throws<NotSupportedException>(() => CallUnwrapped(assembly, "Read", """{"ambassador":{"name":"Lu Mei"},"attendance":"42"}""", 1));
        Assert.Equal("Reading version 1 of CredentialsPresented needs UpcastGreetingsFrom, which the project does not write (error ES0780).", unwritten.Message);
    }

    private const string UserConversions = """
        using Diplomacy;

        namespace Diplomacy
        {
            partial record CredentialsPresented
            {
                private static partial Official UpcastGreetingsFrom(V1 previous) => new Official { Name = "(not recorded)" };

                private static partial int UpcastAttendance(V2 previous)
                    => int.TryParse(previous.Attendance, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int count) ? count : 0;
            }
        }

        """ + ReadProbe;

    [Fact]
    public void User_written_conversions_satisfy_the_build_and_run_when_old_versions_are_read()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("credentials.eventschema", NeedsConversions)], compilation: GeneratorHarness.CreateCompilation(UserConversions));
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assembly assembly = GeneratorHarness.EmitAndLoad(run.OutputCompilation);

        Assert.Equal("(not recorded)|42", Call(assembly, "Read", """{"ambassador":{"name":"Lu Mei"},"attendance":"42"}""", 1));
        Assert.Equal("Xi Jinping|0", Call(assembly, "Read", """{"ambassador":{"name":"Lu Mei"},"greetingsFrom":{"name":"Xi Jinping"},"attendance":"many"}""", 2));
        Assert.Equal("Xi Jinping|3", Call(assembly, "Read", """{"ambassador":{"name":"Lu Mei"},"greetingsFrom":{"name":"Xi Jinping"},"attendance":3}""", 3));
    }

    [Fact]
    public void Past_versions_keep_map_key_types_and_items_that_may_be_null_and_read_into_the_current_type()
    {
        const string schema = """
            namespace Pledges;
            enum Area { trade, energy }
            @version(2)
            event Pledged {
              budgets?: map<Area, decimal?>;
              byYear: map<int, string>;
              shares: list<decimal?>;
              tags: set<string?>;
              @added(2) note?: string;
            }
            """;
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("pledges.eventschema", schema)]);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assembly assembly = GeneratorHarness.EmitAndLoad(run.OutputCompilation);
        Type pledged = assembly.GetType("Pledges.Pledged")!;

        var fromVersion1 = pledged.GetMethod("FromJson", [typeof(string), typeof(int), typeof(EventSchema.Json.EventJsonOptions)])!
            .Invoke(null, ["""{"budgets":{"trade":1.5,"energy":null},"byYear":{"2025":"Baku"},"shares":[0.5,null],"tags":["a",null]}""", 1, null])!;

        Assert.Equal("""{"budgets":{"trade":1.5,"energy":null},"byYear":{"2025":"Baku"},"shares":[0.5,null],"tags":["a",null]}""", (string)pledged.GetMethod("ToJson", Type.EmptyTypes)!.Invoke(fromVersion1, null)!);
        Assert.Equal(typeof(IReadOnlyDictionary<,>).MakeGenericType(assembly.GetType("Pledges.Area")!, typeof(decimal?)), pledged.GetNestedType("V1")!.GetProperty("Budgets")!.PropertyType);
    }

    [Fact]
    public void An_event_without_history_decorators_has_no_past_versions()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("plain.eventschema", "namespace Plain;\n@version(2)\nevent Noted { text: string; }\n")]);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain(run.Sources.Values, source => source.Contains("record V1", StringComparison.Ordinal));
    }

    private static Assembly BuildProbe(string schema)
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("credentials.eventschema", schema)], compilation: GeneratorHarness.CreateCompilation(Probe));
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        return GeneratorHarness.EmitAndLoad(run.OutputCompilation);
    }

    private static string[] PropertyNames(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(property => property.Name is not "EqualityContract")
            .OrderBy(property => property.MetadataToken)
            .Select(property => property.Name)
            .Where(name => name is not ("EventType" or "SchemaVersion"))
            .ToArray();

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
