// These tests build values that break schema rules on purpose, to see how they are reported at run time.
#pragma warning disable ES1002, ES1003
using System.Text.Json;
using EventSchema.Json;
using JsonWireNames;

namespace EventSchema.Json.Tests;

/// <summary>Validation errors name the place both by schema field names and as a JSON path with the wire names.</summary>
public sealed class WirePathTests
{
    private static Voyage BrokenVoyage() => new()
    {
        Calls = [],
        Home = new Port { Code = "bad" },
        Loads = new Dictionary<string, Port> { ["deck a"] = new Port { Code = "AZBAK" }, ["hold"] = new Port { Code = "x" } },
        Name = "Caspian",
    };

    [Fact]
    public void Errors_carry_the_json_path_with_wire_names()
    {
        var errors = BrokenVoyage().Validate().Errors;

        Assert.Equal(
            [
                ("calls", "$.portsOfCall", "minItems"),
                ("home.code", "$.home_port['port-code']", "pattern"),
                ("loads[\"hold\"].code", "$.cargo.hold['port-code']", "pattern"),
                ("name", "$.name", "maxLength"),
            ],
            errors.Select(e => (e.Path, e.JsonPath, e.Code)));
    }

    [Fact]
    public void Validation_on_read_points_at_the_wire_path()
    {
        var json = BrokenVoyage().ToJson();

        var error = Assert.Throws<JsonException>(() => Voyage.FromJson(json, new EventJsonOptions { ValidateOnRead = true }));

        Assert.Equal("$.portsOfCall", error.Path);
    }

    [Fact]
    public void Errors_made_by_hand_take_their_path_as_the_json_path()
    {
        Assert.Equal("$.sources[0].outlet", new ValidationError("sources[0].outlet", "minLength", "Too short.").JsonPath);
        Assert.Equal("$", new ValidationError("", "required", "Missing.").JsonPath);
        Assert.Equal("$.x", new ValidationError("a", "required", "Missing.") { JsonPath = "$.x" }.JsonPath);
    }
}
