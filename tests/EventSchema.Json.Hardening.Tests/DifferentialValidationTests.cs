using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;
using EventSchema.Generated;
using EventSchema.Hardening.Tests.Infrastructure;
using EventSchema.Json.Hardening.Tests.Infrastructure;
using Json.Schema;

namespace EventSchema.Json.Hardening.Tests;

/// <summary>
/// For each seed event, random payloads (random values, then none, one or two mutations: a property removed, a value
/// replaced by one near a boundary or of another kind, an undeclared property added, an array item repeated) are
/// judged twice: by the generated reader followed by <c>Validate()</c>, and by JsonSchema.Net evaluating the event's
/// emitted <c>JsonSchema</c> with format validation on. Every disagreement must match an entry of
/// <c>DifferentialAllowlist.txt</c>, which gives the reason for each.
/// </summary>
public sealed class DifferentialValidationTests
{
    private const int PayloadsPerEvent = 10_000;

    private const int PayloadsPerCorridorEvent = 4_000;

    private static readonly EvaluationOptions SchemaOptions = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    private static readonly JsonNode?[] Replacements = BuildReplacements();

    private static readonly JsonNode?[] CorridorReplacements = BuildCorridorReplacements();

    public static TheoryData<int> SeedEventIndexes => new(Enumerable.Range(0, InstanceGens.SeedEvents.Count));

    /// <summary>The Middle Corridor events: spreads, nullable items, item and key rules, typed map keys.</summary>
    public static TheoryData<int> CorridorEventIndexes => new(Enumerable.Range(0, CorridorGens.Events.Count));

    [Theory]
    [MemberData(nameof(SeedEventIndexes))]
    public void The_reader_and_validator_agree_with_the_json_schema(int seedEvent)
        => Compare(InstanceGens.SeedEvents[seedEvent], PayloadsPerEvent, (uint)seedEvent + 10, Replacements);

    [Theory]
    [MemberData(nameof(CorridorEventIndexes))]
    public void The_reader_and_validator_agree_with_the_json_schema_on_collections_and_keys(int corridorEvent)
        => Compare(CorridorGens.Events[corridorEvent], PayloadsPerCorridorEvent, (uint)corridorEvent + 40, CorridorReplacements);

    private static void Compare(Gen<IEvent> events, int payloads, uint stream, JsonNode?[] replacements)
    {
        var settings = FuzzSettings.Current;
        var catalog = GeneratedEventCatalog.Instance;
        var allowlist = Allowlist.Load();
        var counts = new Dictionary<string, int>();
        var failures = new List<string>();
        string? eventType = null;
        JsonSchema? schema = null;
        var total = 0;
        var accepted = 0;

        SeededRun.ForEach(
            Gen.Select(events, Gen.Int),
            payloads,
            stream,
            sample =>
            {
                var (value, mutationSeed) = sample;
                var info = catalog.Find(value.GetType())!;
                eventType = info.EventType;
                schema ??= JsonSchema.FromText(info.JsonSchema);
                var node = JsonSerializer.SerializeToNode(value, value.GetType())!;
                var mutations = Mutate(node, new Random(mutationSeed), replacements);
                var json = node.ToJsonString();
                total++;

                var schemaValid = schema.Evaluate(JsonNode.Parse(json), SchemaOptions).IsValid;
                string readerReason;
                bool readerValid;
                try
                {
                    var validation = catalog.ReadEvent(info.EventType, Encoding.UTF8.GetBytes(json)).Validate();
                    readerValid = validation.IsValid;
                    readerReason = validation.IsValid ? "valid" : validation.ToString();
                }
                catch (JsonException error)
                {
                    readerValid = false;
                    readerReason = error.Message;
                }
                if (readerValid && schemaValid) accepted++;
                if (readerValid == schemaValid) return;

                var rejecting = readerValid ? "schema" : "reader";
                var entry = allowlist.FirstOrDefault(e => e.Side == rejecting && e.Pattern.IsMatch(mutations));
                if (entry is not null)
                {
                    counts[entry.Id] = counts.GetValueOrDefault(entry.Id) + 1;
                    return;
                }
                if (failures.Count < 10) failures.Add($"{rejecting} rejects; mutations: {mutations}; reader: {readerReason}{Environment.NewLine}  {json}");
                else failures.Add(string.Empty);
            },
            sample => sample.Item1.ToString() ?? string.Empty);

        TestContext.Current.TestOutputHelper?.WriteLine($"{eventType}: {total} payloads, {accepted} valid to both; allowed disagreements: {string.Join(", ", counts.Select(c => $"{c.Key} × {c.Value}"))}");
        // Both kinds must be well represented, or the comparison says little.
        Assert.InRange(accepted, total / 10, total - total / 10);
        Assert.True(failures.Count == 0, $"{eventType}: {failures.Count} of {total} payloads judged differently outside the allowlist, {settings.Describe()}:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Where(f => f.Length > 0))}");
    }

    /// <summary>Applies none, one or two random mutations to <paramref name="root"/> and describes them.</summary>
    private static string Mutate(JsonNode root, Random random, JsonNode?[] replacements)
    {
        var count = random.Next(10) switch { < 2 => 0, < 7 => 1, _ => 2 };
        var described = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var positions = new List<JsonNode>();
            Collect(root, positions);
            var target = positions[random.Next(positions.Count)];
            var path = target.GetPath();
            switch (random.Next(6))
            {
                case 0 when target.Parent is JsonObject parent:
                    parent.Remove(target.GetPropertyName());
                    described.Add($"removed {path}");
                    break;
                case 1 when target is JsonObject obj:
                    obj["extra" + random.Next(3)] = Replacement(random, replacements);
                    described.Add($"added an undeclared property to {path}");
                    break;
                case 2 when target is JsonArray { Count: > 0 } array:
                    array.Add(array[0]?.DeepClone());
                    described.Add($"repeated the first item of {path}");
                    break;
                default:
                    if (target.Parent is null) break;
                    var replacement = Replacement(random, replacements);
                    described.Add($"replaced {path} with {replacement?.ToJsonString() ?? "null"}");
                    target.ReplaceWith(replacement);
                    break;
            }
        }
        return described.Count == 0 ? "none" : string.Join("; ", described);
    }

    private static void Collect(JsonNode? node, List<JsonNode> positions)
    {
        if (node is null) return;
        positions.Add(node);
        if (node is JsonObject obj) foreach (var (_, child) in obj.ToList()) Collect(child, positions);
        else if (node is JsonArray array) foreach (var child in array) Collect(child, positions);
    }

    private static JsonNode? Replacement(Random random, JsonNode?[] replacements) => replacements[random.Next(replacements.Length)]?.DeepClone();

    /// <summary>Values near the corridor schema's rules, and objects whose keys are near its key types' texts.</summary>
    private static JsonNode?[] BuildCorridorReplacements()
    {
        var values = new List<JsonNode?> { null, true, 0, -1, 1, 0.5, -0.5, int.MaxValue, 2147483648L, new JsonArray(), new JsonObject() };
        foreach (var text in new[]
        {
            "", "AZBAK", "azbak", "AZBA1", "KZAKT", "USD", "usd", "rail", "sea", "ship", "ro-ro", "roro", "container",
            "MSCU1234567", "MSCU123456", "870899", "87089", "TITR", "1 TITR", "2025-04-01", "2025-02-29",
            "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "3F2504E0-4F89-11D3-9A0C-0305E82C3301", new string('x', 41), new string('x', 81),
        })
        {
            values.Add(text);
        }
        values.Add(new JsonArray("Trend"));
        values.Add(new JsonArray("Trend", null));
        values.Add(new JsonArray(JsonValue.Create("MSCU1234567"), null, JsonValue.Create("bad")));
        foreach (var key in new[]
        {
            "0", "-0", "01", "+1", "2147483647", "2147483648", "-2147483648", "9223372036854775807", "9223372036854775808", "1.5",
            "rail", "container", "ro-ro", "ship", "KZAKT", "KZAKTX", "2025-04-01", "2025-13-01", "2025-04-1",
            "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "3f2504e0", "",
        })
        {
            values.Add(new JsonObject { [key] = 1 });
            values.Add(new JsonObject { [key] = "B1" });
        }
        values.Add(new JsonObject { ["rail"] = null });
        values.Add(new JsonObject { ["container"] = null, ["bulk"] = 2.5 });
        return values.ToArray();
    }

    private static JsonNode?[] BuildReplacements()
    {
        var values = new List<JsonNode?> { null, true, false, 0, -1, 1, 1.5, 1990, 1991, 2100, 2101, int.MaxValue, 2147483648L, new JsonArray(), new JsonObject() };
        values.AddRange(new[] { "1.0", "-3.0", "1e2", "2024.0" }.Select(n => JsonNode.Parse(n)));
        foreach (var text in new[]
        {
            "", "a", "AZ", "CN", "az", "AZE", "A", "AZ\n", "\u00c4Z", "2025-04-17", "2025-02-29", "2024-02-29", "2025-4-17", "2025-04-17T00:00:00Z",
            "one-china", "oneChina", "territorial-integrity", "sovereignty", "initiative", "political", "humanitarian", "military",
            "https://news.az/en", "/relative", "not a uri", "http://[::1", "\\\\server\\share", "https://news.az/a b",
        })
        {
            values.Add(text);
        }
        foreach (var length in new[] { 59, 60, 61, 79, 80, 81, 119, 120, 121, 199, 200, 201, 299, 300, 301 })
        {
            values.Add(new string('x', length));
            values.Add(string.Concat(Enumerable.Repeat("\ud83d\ude00", length)));
        }
        values.Add(new JsonArray("x"));
        values.Add(new JsonArray(new JsonObject()));
        values.Add(new JsonArray("political", "political"));
        values.Add(new JsonObject { ["outlet"] = "News.Az" });
        values.Add(new JsonObject { ["name"] = "Lu Mei", ["country"] = "CN" });
        values.Add(new JsonObject { ["name"] = "Belt and Road Initiative" });
        values.Add(new JsonObject { ["partnership"] = "strategic" });
        return values.ToArray();
    }

    private sealed record Allowlist(string Id, string Side, Regex Pattern, string Reason)
    {
        public static IReadOnlyList<Allowlist> Load()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "DifferentialAllowlist.txt");
            return File.ReadAllLines(path)
                .Where(line => line.Length > 0 && !line.StartsWith('#'))
                .Select(line => line.Split(" | ", 4))
                .Select(parts => parts.Length == 4 && parts[1] is "reader" or "schema" && parts[3].Trim().Length > 0
                    ? new Allowlist(parts[0].Trim(), parts[1], new Regex(parts[2], RegexOptions.CultureInvariant), parts[3].Trim())
                    : throw new InvalidDataException($"Malformed allowlist entry (id | reader or schema | pattern | reason): {string.Join(" | ", parts)}"))
                .ToList();
        }
    }
}
