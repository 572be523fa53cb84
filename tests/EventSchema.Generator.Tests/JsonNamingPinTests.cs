using System.Reflection;
using System.Text.Json.Nodes;
using EventSchema.Generator.Tests.Infrastructure;

namespace EventSchema.Generator.Tests;

/// <summary>
/// A field with <c>@json("…")</c> keeps that wire name under every <c>EventSchemaJsonNaming</c>, even when the
/// <c>@json</c> name is the field's own name (docs/language.md): the generated serializers, the generated JSON Schema
/// of the current and of a past version, and fields that come with a spread all agree.
/// </summary>
public sealed class JsonNamingPinTests
{
    private const string Schema = """
        namespace Ports;

        record Signed { @json("signedBy") signedBy: string; }

        @version(2)
        event CargoReceived {
          ...Signed;
          @json("receivedBy") receivedBy: string;
          harbourCode: string;
          @added(2) sentAt?: string;
        }
        """;

    private const string Consumer = """
        namespace Consumer;

        internal static class Probe
        {
            public static string Write() => new global::Ports.CargoReceived { SignedBy = "Lu Mei", ReceivedBy = "Ilham Aliyev", HarbourCode = "AZBAK", SentAt = "2025-04-17" }.ToJson();
            public static string Read(string json) { var read = global::Ports.CargoReceived.FromJson(json); return read.SignedBy + "|" + read.ReceivedBy + "|" + read.HarbourCode + "|" + read.SentAt; }
            public static string Schema(int version)
            {
                var info = global::EventSchema.Generated.GeneratedEventCatalog.Instance.Find(global::Ports.CargoReceived.EventType)!;
                if (version == info.SchemaVersion) return info.JsonSchema;
                foreach (var past in info.PastVersions) if (past.SchemaVersion == version) return past.JsonSchema;
                return "";
            }
        }
        """;

    private static readonly Lazy<Type> Probe = new(() =>
    {
        var properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties) { ["build_property.EventSchemaJsonNaming"] = "SnakeCase" };
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("ports.eventschema", Schema)], properties, GeneratorHarness.CreateCompilation(Consumer));
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
        return GeneratorHarness.EmitAndLoad(run.OutputCompilation).GetType("Consumer.Probe", throwOnError: true)!;
    });

    private static string Call(string name, params object[] arguments)
        => (string)Probe.Value.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments)!;

    private static string[] PropertyNames(string jsonSchema)
        => [.. JsonNode.Parse(jsonSchema)!["properties"]!.AsObject().Select(property => property.Key).Order(StringComparer.Ordinal)];

    [Fact]
    public void A_json_name_equal_to_the_field_name_is_written_and_read_as_it_is_under_snake_case()
    {
        string json = Call("Write");

        Assert.Equal(["harbour_code", "receivedBy", "sent_at", "signedBy"], JsonNode.Parse(json)!.AsObject().Select(property => property.Key).Order(StringComparer.Ordinal));
        Assert.Equal("Lu Mei|Ilham Aliyev|AZBAK|2025-04-17", Call("Read", json));
    }

    [Fact]
    public void The_generated_json_schemas_of_every_version_keep_the_json_name()
    {
        Assert.Equal(["harbour_code", "receivedBy", "sent_at", "signedBy"], PropertyNames(Call("Schema", 2)));
        Assert.Equal(["harbour_code", "receivedBy", "signedBy"], PropertyNames(Call("Schema", 1)));
    }
}
