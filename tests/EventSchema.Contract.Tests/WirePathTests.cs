using System.Reflection;
using System.Text.Json;
using EventSchema.Contract.Tests.Infrastructure;

namespace EventSchema.Contract.Tests;

/// <summary>
/// Errors found while reading point into the payload: with <c>@json</c> names and with <c>EventSchemaJsonNaming</c>,
/// the <see cref="JsonException"/>'s <c>Path</c> and message, and the result inside it under <c>ValidateOnRead</c>,
/// name the properties as they are on the wire. <c>Validate()</c> on a C# value keeps the schema's names.
/// </summary>
public sealed class WirePathTests
{
    private const string Schema = """
        namespace Contract.Paths;

        record Position {
          @minimum(-90) @maximum(90) @json("lat") latitude: double;
          @maxLength(3) portCode?: string;
        }

        event Berthed {
          @minimum(0) @maximum(10) berthCount: int;
          position: Position;
          stops: list<Position>;
          legs: map<string, list<Position>>;
        }
        """;

    private const string Consumer = """
        using Contract.Paths;
        using EventSchema.Json;

        public static class Probe
        {
            public static object Read(string json) => Berthed.FromJson(json, new EventJsonOptions { ValidateOnRead = true });

            public static string ValidateRead(string json) => Berthed.FromJson(json).Validate().ToString();
        }
        """;

    private static readonly Lazy<Task<ContractProject>> AsWritten = new(() => ContractProject.CompileAsync([("paths.eventschema", Schema)], consumerCode: Consumer));

    private static readonly Lazy<Task<ContractProject>> SnakeCase = new(() => ContractProject.CompileAsync(
        [("paths.eventschema", Schema)], new Dictionary<string, string> { ["EventSchemaJsonNaming"] = "SnakeCase" }, Consumer));

    private static async Task<object?> Call(Lazy<Task<ContractProject>> project, string method, string json)
    {
        var probe = (await project.Value).Assembly.GetType("Probe", throwOnError: true)!;
        try
        {
            return probe.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [json]);
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            throw error.InnerException;
        }
    }

    private static async Task<JsonException> ReadFails(Lazy<Task<ContractProject>> project, string json)
        => await Assert.ThrowsAsync<JsonException>(() => Call(project, "Read", json));

    private static IEnumerable<string> InnerPaths(JsonException error)
        => Assert.IsType<SchemaValidationException>(error.InnerException).Result.Errors.Select(e => e.Path);

    [Fact]
    public async Task A_json_name_is_the_path_of_a_broken_constraint()
    {
        var error = await ReadFails(AsWritten, """{"berthCount":1,"position":{"lat":91},"stops":[],"legs":{}}""");

        Assert.Equal("$.position.lat", error.Path);
        Assert.Contains("position.lat: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(["position.lat"], InnerPaths(error));
    }

    [Fact]
    public async Task Snake_case_names_are_the_paths_of_broken_constraints_and_of_read_errors()
    {
        var invalid = await ReadFails(SnakeCase, """{"berth_count":11,"position":{"lat":0},"stops":[],"legs":{}}""");
        Assert.Equal("$.berth_count", invalid.Path);
        Assert.Equal(["berth_count"], InnerPaths(invalid));

        var malformed = await ReadFails(SnakeCase, """{"berth_count":"eleven","position":{"lat":0},"stops":[],"legs":{}}""");
        Assert.Equal("$.berth_count", malformed.Path);
    }

    [Fact]
    public async Task Paths_through_lists_and_maps_name_the_payload()
    {
        var error = await ReadFails(SnakeCase, """{"berth_count":1,"position":{"lat":0},"stops":[{"lat":0,"port_code":"ABCD"}],"legs":{"odd key":[{"lat":0},{"lat":-100}]}}""");

        Assert.Equal("$.stops[0].port_code", error.Path);
        Assert.Equal(["stops[0].port_code", "legs[\"odd key\"][1].lat"], InnerPaths(error));
        Assert.Contains("legs[\"odd key\"][1].lat: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_on_a_value_keeps_the_schema_names()
    {
        var result = (string)(await Call(SnakeCase, "ValidateRead", """{"berth_count":11,"position":{"lat":91},"stops":[],"legs":{}}"""))!;

        Assert.Contains("berthCount: ", result, StringComparison.Ordinal);
        Assert.Contains("position.latitude: ", result, StringComparison.Ordinal);
    }
}
