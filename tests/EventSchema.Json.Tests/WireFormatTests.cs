using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using WireFormats;

namespace EventSchema.Json.Tests;

/// <summary>
/// The wire formats of date, time, datetime, duration and uri mean what JSON Schema 2020-12 says: the official
/// JSON-Schema-Test-Suite's format cases (read from <c>shared/testdata</c> beside the repository), read as one-field
/// records through every reader route, agree with the suite; and no input makes a reader throw anything but a
/// <see cref="JsonException"/>.
/// </summary>
public sealed class WireFormatTests
{
    private static readonly string? SuiteFolder = FindSuite();

    private static string? FindSuite()
    {
        for (var folder = new DirectoryInfo(RepositoryFiles.Root).Parent; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "testdata", "JSON-Schema-Test-Suite", "tests", "draft2020-12", "optional", "format");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    // The schema's uri may be relative: it is JSON Schema's uri-reference. Of uri.json only the cases whose verdict is
    // the same for a reference are run; these three are references that the absolute-only uri format refuses.
    private static readonly HashSet<string> RelativeReferences = ["//foo.bar/?baz=qux#quux", "/abc", "abc"];

    public static TheoryData<string, string> FormatFiles => new()
    {
        { "date", "date.json" },
        { "time", "time.json" },
        { "datetime", "date-time.json" },
        { "duration", "duration.json" },
        { "uri", "uri-reference.json" },
        { "uri", "uri.json" },
        { "uuid", "uuid.json" },
    };

    [Theory]
    [MemberData(nameof(FormatFiles))]
    public void The_official_format_cases_agree_on_every_reader_route(string type, string file)
    {
        if (SuiteFolder is null) Assert.Skip("JSON-Schema-Test-Suite was not found at shared/testdata beside the repository.");
        var cases = JsonNode.Parse(File.ReadAllText(Path.Combine(SuiteFolder, file)))!.AsArray()
            .SelectMany(group => group!["tests"]!.AsArray())
            .Where(test => test!["data"] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            .Select(test => (Text: test!["data"]!.GetValue<string>(), Valid: test["valid"]!.GetValue<bool>()))
            .Where(test => file != "uri.json" || !RelativeReferences.Contains(test.Text))
            .ToList();
        var agree = 0;
        var disagreements = new List<string>();
        foreach (var (text, valid) in cases)
        {
            foreach (var (route, json) in Payloads(text))
            {
                var verdict = Read(type, json, route);
                if (verdict == valid) agree++;
                else disagreements.Add($"{route} {JsonSerializer.Serialize(text)}: suite says {(valid ? "valid" : "invalid")}, reader says {(verdict ? "valid" : "invalid")}");
            }
        }
        TestContext.Current.SendDiagnosticMessage($"{file}: {agree} agree, {disagreements.Count} disagree of {agree + disagreements.Count}");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        Assert.True(agree >= cases.Count * 3);

        // The exported schema's pattern (asserted by every validator, unlike format) never refuses a valid text.
        var exported = JsonSchema.FromText(ExportedSchema(type));
        var refusedValid = cases.Where(test => test.Valid && !exported.Evaluate(new JsonObject { ["value"] = test.Text }).IsValid).Select(test => test.Text).ToList();
        Assert.True(refusedValid.Count == 0, "The exported pattern refuses valid texts: " + string.Join(", ", refusedValid));
        var caught = cases.Count(test => !test.Valid && !exported.Evaluate(new JsonObject { ["value"] = test.Text }).IsValid);
        TestContext.Current.SendDiagnosticMessage($"{file}: the exported pattern alone refuses {caught} of {cases.Count(test => !test.Valid)} invalid texts");
    }

    private static string ExportedSchema(string type) => EventSchema.Language.Export.JsonSchemaExporter.Export(
        RepositoryFiles.Schemas.GetDeclaration(type switch
        {
            "date" => "WireFormats.DateValue",
            "time" => "WireFormats.TimeValue",
            "datetime" => "WireFormats.DateTimeValue",
            "duration" => "WireFormats.DurationValue",
            "uuid" => "WireFormats.UuidValue",
            _ => "WireFormats.UriValue",
        })!);

    /// <summary>The value as JSON three ways: plainly, with every character escaped, and split across one-byte segments.</summary>
    private static IEnumerable<(string Route, byte[] Json)> Payloads(string text)
    {
        var plain = "{\"value\":" + JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "}";
        yield return ("plain", Encoding.UTF8.GetBytes(plain));
        var escaped = new StringBuilder("{\"value\":\"");
        foreach (var c in text) escaped.Append("\\u").Append(((int)c).ToString("x4"));
        yield return ("escaped", Encoding.UTF8.GetBytes(escaped.Append("\"}").ToString()));
        yield return ("segmented", Encoding.UTF8.GetBytes(plain));
    }

    private static bool Read(string type, byte[] json, string route)
    {
        try
        {
            if (route == "segmented")
            {
                var reader = new Utf8JsonReader(Segments.Split(json, 1));
                reader.Read();
                return type switch
                {
                    "date" => DateValue.ReadJson(ref reader).Validate().IsValid,
                    "time" => TimeValue.ReadJson(ref reader).Validate().IsValid,
                    "datetime" => DateTimeValue.ReadJson(ref reader).Validate().IsValid,
                    "duration" => DurationValue.ReadJson(ref reader).Validate().IsValid,
                    "uuid" => UuidValue.ReadJson(ref reader).Validate().IsValid,
                    _ => UriValue.ReadJson(ref reader).Validate().IsValid,
                };
            }
            return type switch
            {
                "date" => JsonSerializer.Deserialize<DateValue>(json)!.Validate().IsValid,
                "time" => JsonSerializer.Deserialize<TimeValue>(json)!.Validate().IsValid,
                "datetime" => JsonSerializer.Deserialize<DateTimeValue>(json)!.Validate().IsValid,
                "duration" => JsonSerializer.Deserialize<DurationValue>(json)!.Validate().IsValid,
                "uuid" => JsonSerializer.Deserialize<UuidValue>(json)!.Validate().IsValid,
                _ => JsonSerializer.Deserialize<UriValue>(json)!.Validate().IsValid,
            };
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static TheoryData<string, string> HostileValues => new()
    {
        // Non-ASCII digits whose UTF-8 bytes fill, or overflow, the formats' fixed buffers; escaped and not.
        { "date", "\"\\u09e80-01-01\"" },
        { "date", "\"\u09e80-01-01\"" },
        { "date", "\"1963-06-1\\u09ea\"" },
        { "date", "\"\\ud83d\\ude00\\ud83d\\ude00-0\"" },
        { "time", "\"\\u09e8\\u09e8:00:00\\u09e8\\u09e8\\u09e8\\u09e8\\u09e8\\u09e8\\u09e8\\u09e8\\u09e8\\u09e8\\u09e8\\u09e8Z\"" },
        { "datetime", "\"" + string.Concat(Enumerable.Repeat("\\u09e8", 64)) + "\"" },
        { "duration", "\"P" + string.Concat(Enumerable.Repeat("\\u0031", 255)) + "D\"" },
        { "duration", "\"P" + new string('9', 300) + "D\"" },
        { "time", "\"08:30:06." + new string('1', 100_000) + "Z\"" },
        { "datetime", "\"2025-04-17T08:30:06." + new string('1', 100_000) + "Z\"" },
        // Escapes that do not decode, and bytes that are not UTF-8.
        { "date", "\"\\ud800\\u0030-01-01\"" },
        { "time", "\"\\udc00\"" },
        { "uri", "\"/\\ud800\"" },
        // Instants outside what DateTimeOffset holds.
        { "datetime", "\"0001-01-01T00:00:00+01:00\"" },
        { "datetime", "\"9999-12-31T23:59:59-01:00\"" },
        { "datetime", "\"0000-01-01T00:00:00Z\"" },
        // URIs RFC 3986 refuses.
        { "uri", "\"http://[::1\"" },
        { "uri", "\"//[zz]/\"" },
        { "uri", "\"%\"" },
        { "uuid", "\"\\u09e8f8fad5b-d9cb-469f-a165-70867728950e\"" },
        { "uuid", "\"" + string.Concat(Enumerable.Repeat("\\u0030", 40)) + "\"" },
        { "uuid", "\"0f8fad5b-d9cb-469f-a165-7086772895\\ud800\"" },
    };

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void Hostile_values_fail_with_a_JsonException_on_every_route(string type, string value)
    {
        var json = Encoding.UTF8.GetBytes("{\"value\":" + value + "}");
        foreach (var route in new[] { "plain", "segmented" })
        {
            var error = Record.Exception(() => Read(type, json, route) ? throw new InvalidOperationException("accepted") : 0);
            Assert.Null(error);
            Assert.False(Read(type, json, route));
        }
        var invalidUtf8 = Encoding.UTF8.GetBytes("{\"value\":\"2025-04-1").Concat(new byte[] { 0xFF, (byte)'"', (byte)'}' }).ToArray();
        Assert.False(Read(type, invalidUtf8, "plain"));
    }

    [Theory]
    [InlineData("\"\\u09e80-01-01T00:00:00Z\"", false)]
    [InlineData("\"2025-04-17T10:00:00\"", false)]
    [InlineData("\"1998-12-31T23:59:60Z\"", true)]
    public void A_CloudEvent_time_is_an_RFC_3339_date_time(string time, bool valid)
    {
        var json = "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"wireformats.every-default.v1\",\"time\":" + time + ",\"data\":{}}";
        var read = Record.Exception(() => EventSchema.Generated.GeneratedEventCatalog.Instance.ReadCloudEvent(json));
        if (valid) Assert.Null(read);
        else Assert.Equal("$.time", Assert.IsType<JsonException>(read).Path);
    }

    [Fact]
    public void Leap_seconds_are_the_last_tick_of_their_minute()
    {
        var moment = DateTimeValue.FromJson("{\"value\":\"1998-12-31T15:59:60.123-08:00\"}").Value;
        Assert.Equal(new DateTimeOffset(1998, 12, 31, 15, 59, 59, TimeSpan.FromHours(-8)).AddTicks(TimeSpan.TicksPerSecond - 1), moment);
        var time = TimeValue.FromJson("{\"value\":\"00:29:60-23:30\"}").Value;
        Assert.Equal(new TimeSpan(0, 0, 29, 59).Add(TimeSpan.FromTicks(TimeSpan.TicksPerSecond - 1)), time.TimeOfDay);
        Assert.Equal(new TimeSpan(-23, -30, 0), time.Offset);
    }

    [Fact]
    public void An_offset_DateTimeOffset_cannot_hold_keeps_the_instant_in_UTC()
    {
        var moment = DateTimeValue.FromJson("{\"value\":\"2025-04-17T23:29:00+23:30\"}").Value;
        Assert.Equal(TimeSpan.Zero, moment.Offset);
        Assert.Equal(new DateTimeOffset(2025, 4, 16, 23, 59, 0, TimeSpan.Zero), moment);
    }

    [Theory]
    [InlineData("P1Y2M", "P1Y2M")]
    [InlineData("P1Y0M2D", "P1Y0M2D")]
    [InlineData("PT1H0M2S", "PT1H0M2S")]
    [InlineData("P01D", "P1D")]
    [InlineData("P0D", "PT0S")]
    [InlineData("P4W", "P4W")]
    [InlineData("P999999999999999999999999999999999999999999999999999999999999999999999999999999D", "P999999999999999999999999999999999999999999999999999999999999999999999999999999D")]
    public void Durations_round_trip_in_their_shortest_valid_form(string text, string written)
    {
        var value = DurationValue.FromJson("{\"value\":\"" + text + "\"}");
        Assert.Equal("{\"value\":\"" + written + "\"}", value.ToJson());
        Assert.Equal(value, DurationValue.FromJson(value.ToJson()));
        Assert.Equal(written, IsoDuration.Parse(text).ToString());
    }

    [Fact]
    public void Durations_convert_to_TimeSpan_only_where_exact()
    {
        Assert.Equal(TimeSpan.FromDays(15) + TimeSpan.FromHours(1), IsoDuration.Parse("P15DT1H").ToTimeSpan());
        Assert.Equal(TimeSpan.FromDays(14), IsoDuration.Parse("P2W").ToTimeSpan());
        Assert.False(IsoDuration.Parse("P1M").TryGetTimeSpan(out _));
        Assert.False(IsoDuration.Parse("P99999999999999999999D").TryGetTimeSpan(out _));
        Assert.Equal(IsoDuration.Parse("P1DT2H3M4S"), IsoDuration.FromTimeSpan(new TimeSpan(1, 2, 3, 4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => IsoDuration.FromTimeSpan(TimeSpan.FromMilliseconds(500)));
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 0, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P1M").AddTo(new DateTimeOffset(2024, 1, 31, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_uri_readers_refuse_is_refused_by_Validate_and_the_writer_too()
    {
        var value = new UriValue { Value = new Uri("/foobar\u00ae.txt", UriKind.Relative) };
        var result = value.Validate();
        Assert.False(result.IsValid);
        Assert.Equal("format", Assert.Single(result.Errors).Code);
        Assert.Throws<ArgumentException>(() => value.ToJson());
    }

    [Fact]
    public void Defaults_of_every_type_construct_without_parsing_and_round_trip()
    {
        var value = new EveryDefault();
        Assert.Equal("Baku", value.Text);
        Assert.True(value.Flag);
        Assert.Equal(-7, value.Small);
        Assert.Equal(9000000000L, value.Big);
        Assert.Equal(0.25, value.Ratio);
        Assert.Equal(12.50m, value.Amount);
        Assert.Equal(new DateOnly(2025, 4, 17), value.Day);
        Assert.Equal(new OffsetTime(9, 30, 0, 240), value.At);
        Assert.Equal(new OffsetTime(new TimeSpan(TimeSpan.TicksPerDay - 1), TimeSpan.Zero), value.AtFraction);
        Assert.Equal(new DateTimeOffset(2025, 4, 17, 9, 30, 0, 125, TimeSpan.FromHours(4)), value.Moment);
        Assert.Equal(new DateTimeOffset(1998, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(TimeSpan.TicksPerSecond - 1), value.Leap);
        Assert.Equal(new IsoDuration(0, 0, 1, 0, 0, 0), value.Window);
        Assert.Equal(new IsoDuration(1, 2, 0, 0, 0, 5), value.Calendar);
        Assert.Equal(IsoDuration.FromWeeks(2), value.Weeks);
        Assert.Equal(BigInteger.Parse("99999999999999999999999"), value.Huge.Days);
        Assert.Equal(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), value.Id);
        Assert.Equal("https://news.az/a?b=c#d", value.Link.OriginalString);
        Assert.Equal("../up", value.Relative.OriginalString);
        // A Uri is parsed once, for the type, and shared.
        Assert.Same(value.Link, new EveryDefault().Link);
        Assert.Equal(Tone.Urgent, value.Tone);
        Assert.Equal(Code.From("AZ"), value.Code);
        Assert.Equal("https://news.az/", value.Site.Value.OriginalString);
        Assert.Equal(new IsoDuration(0, 0, 0, 0, 90, 0), value.Span.Value);
        Assert.Null(value.Note);
        Assert.True(value.Validate().IsValid);

        Assert.Equal(value, EveryDefault.FromJson(value.ToJson()));
        Assert.Equal(value, JsonSerializer.Deserialize<EveryDefault>(JsonSerializer.Serialize(value)));
        Assert.Equal(value, EveryDefault.FromJson("{}"));
    }

    [Fact]
    public void Every_exported_default_validates_against_its_own_property_schema()
    {
        var schema = JsonNode.Parse(EveryDefault.JsonSchema)!;
        var properties = schema["properties"]!.AsObject();
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        Assert.Equal(23, properties.Count);
        foreach (var (name, property) in properties)
        {
            var defaultValue = property!["default"];
            Assert.True(property.AsObject().ContainsKey("default"), name + " has no default");
            // The property's schema as a document of its own, with the definitions its references point to.
            var standalone = property.DeepClone().AsObject();
            if (schema["$defs"] is { } definitions) standalone["$defs"] = definitions.DeepClone();
            var propertySchema = JsonSchema.FromText(standalone.ToJsonString());
            Assert.True(propertySchema.Evaluate(defaultValue).IsValid, $"{name}: {defaultValue?.ToJsonString() ?? "null"} does not validate against {property.ToJsonString()}");
            // And the reader takes what the schema says.
            var single = new JsonObject { [name] = defaultValue?.DeepClone() };
            Assert.NotNull(EveryDefault.FromJson(single.ToJsonString()));
        }
    }
}
