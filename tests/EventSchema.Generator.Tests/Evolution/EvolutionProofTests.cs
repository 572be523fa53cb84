using System.Reflection;
using System.Text;
using System.Text.Json;
using EventSchema.Generator.Tests.Infrastructure;
using EventSchema.Json;
using EventSchema.Language;
using EventSchema.Language.Evolution;
using Microsoft.CodeAnalysis;
using LanguageText = EventSchema.Language.Text.SourceText;

namespace EventSchema.Generator.Tests.Evolution;

/// <summary>
/// The checker's verdicts, proved on the code the generator writes. A random schema and a random change from the rule
/// table: the locked version is locked with the front end, the changed one (with its history decorators and
/// <c>@version</c>) is checked against that lock under Backward and Forward, and both versions are generated and
/// compiled for real (all cases of a batch in one compilation per version, a namespace per case). Then, in each
/// direction, payloads written by the writing side's generated <c>ToJson</c> from random valid values are read by the
/// other side's generated reader, with <c>ValidateOnRead</c>:
/// <list type="bullet">
/// <item>Backward: the old version's code writes, the new version's reads, as it reads stored data: through
/// <c>FromJson(json, schemaVersion: 1)</c> where the event has past versions, else <c>FromJson(json)</c>.</item>
/// <item>Forward: the new version's code writes, the old version's <c>FromJson(json)</c> reads.</item>
/// </list>
/// Compatible means every payload reads, validates and keeps its meaning (every field both sides know has the value
/// the writer wrote). Breaking means some payload the writing side accepts shows it: refused by the reader, or read
/// with another value; the search tries the writer's own output first, then the random JSON the writer accepted
/// (a valid payload that leaves out a defaulted field, for example), and the test fails, printing the seed and the
/// case, when none does. A conversion only the application can write (ES0780) means the generated code alone does not
/// read the old version: the conversions written here refuse, so such a change must be a backward break.
/// </summary>
/// <remarks>
/// 120 cases by default (about half a minute on two cores). For a longer run set
/// <c>EVENTSCHEMA_EVOLUTION_PROOF_COUNT</c> (the number of seeds tried) and, to explore other seeds,
/// <c>EVENTSCHEMA_EVOLUTION_PROOF_SEED</c> (the first one); a failure prints the seed that reproduces it.
/// </remarks>
public sealed class EvolutionProofTests
{
    private const int BatchSize = 120;
    private const int CompatibleAttempts = 40;
    private const int BreakingAttempts = 400;

    private static int Count => EnvironmentNumber("EVENTSCHEMA_EVOLUTION_PROOF_COUNT") ?? 120;

    private static int FirstSeed => EnvironmentNumber("EVENTSCHEMA_EVOLUTION_PROOF_SEED") ?? 0;

    private static readonly EventJsonOptions Validating = new() { ValidateOnRead = true };

    [Fact]
    public void Checker_verdicts_hold_for_payloads_of_the_generated_code()
    {
        var tally = new Tally();
        var failures = new List<string>();
        var cases = Enumerable.Range(FirstSeed, Count).Select(EvolutionCases.Create).OfType<EvolutionCase>().ToList();
        Assert.True(cases.Count >= Count / 2, $"Only {cases.Count} of {Count} seeds made a change.");
        foreach (var batch in cases.Chunk(BatchSize))
        {
            var verdicts = batch.ToDictionary(c => c.Namespace, Verdicts);
            var old = Build(batch.Select(c => (c.Namespace, c.OldText)), withConversions: false);
            var current = Build(batch.Select(c => (c.Namespace, c.NewText)), withConversions: true);
            foreach (var evolution in batch)
            {
                var (backward, forward) = verdicts[evolution.Namespace];
                var newEvent = new GeneratedEvent(current.Assembly.GetType(evolution.Namespace + ".E", throwOnError: true)!);
                var oldEvent = new GeneratedEvent(old.Assembly.GetType(evolution.Namespace + ".E", throwOnError: true)!);
                Prove(evolution, "Backward", backward, evolution.Old, oldEvent, evolution.New, newEvent, current.Converted.Contains(evolution.Namespace), tally, failures);
                Prove(evolution, "Forward", forward, evolution.New, newEvent, evolution.Old, oldEvent, needsConversion: false, tally, failures);
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} disagreement(s) between the checker and the generated code:\n\n" + string.Join("\n\n", failures.Take(5)));
        // Not vacuous: both verdicts, in both directions, were proved on payloads.
        Assert.True(tally.Compatible["Backward"] > 0 && tally.Compatible["Forward"] > 0 && tally.Breaking["Backward"] > 0 && tally.Breaking["Forward"] > 0, tally.ToString());
        TestContext.Current.SendDiagnosticMessage($"{cases.Count} cases: {tally}");
    }

    /// <summary>The checker's verdict in each direction: the breaks it reports under Backward and under Forward.</summary>
    private static (IReadOnlyList<Language.Diagnostics.Diagnostic> Backward, IReadOnlyList<Language.Diagnostics.Diagnostic> Forward) Verdicts(EvolutionCase evolution)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var old = SchemaCompilation.Create([new LanguageText(evolution.Namespace + ".eventschema", evolution.OldText)], cancellationToken);
        Assert.False(old.Diagnostics.Any(d => d.IsError), evolution.Describe() + "\nThe locked version does not compile: " + string.Join("; ", old.Diagnostics));
        var current = SchemaCompilation.Create([new LanguageText(evolution.Namespace + ".eventschema", evolution.NewText)], cancellationToken);
        Assert.False(current.Diagnostics.Any(d => d.IsError), evolution.Describe() + "\nThe changed version does not compile: " + string.Join("; ", current.Diagnostics));
        var schemaLock = SchemaLock.Read(new LanguageText(SchemaLock.DefaultFileName, SchemaLock.FromCompilation(old, cancellationToken: cancellationToken).Write())).Lock!;
        return (CompatibilityChecker.Check(current, schemaLock, CompatibilityMode.Backward, cancellationToken),
                CompatibilityChecker.Check(current, schemaLock, CompatibilityMode.Forward, cancellationToken));
    }

    private static void Prove(
        EvolutionCase evolution, string direction, IReadOnlyList<Language.Diagnostics.Diagnostic> breaks,
        SchemaSide writerSide, GeneratedEvent writer, SchemaSide readerSide, GeneratedEvent reader, bool needsConversion, Tally tally, List<string> failures)
    {
        var random = new Random(HashCode.Combine(evolution.Seed, direction.Length));
        var payloads = new RandomPayloads(random);
        bool breaking = breaks.Count > 0;
        string Context() => $"{direction}: the checker reports {(breaking ? string.Join("; ", breaks.Select(b => b.Code + " " + b.Message)) : "no break")}"
            + (needsConversion ? "; the generated reader needs an application-written conversion (ES0780)" : "") + "\n" + evolution.Describe();
        int written = 0;
        for (int attempt = 0; attempt < (breaking ? BreakingAttempts : CompatibleAttempts); attempt++)
        {
            string candidate = payloads.Event(writerSide).ToJsonString();
            // The writer's own reader decides whether the candidate is valid data of the writer's version.
            var accepted = writer.Read(candidate, schemaVersion: null);
            if (accepted.Crash is not null) { failures.Add($"{Context()}\nThe writer's reader crashed on {candidate}: {accepted.Crash}"); return; }
            if (accepted.Value is null) continue;
            string payload = writer.Write(accepted.Value);
            written++;
            var again = writer.Read(payload, schemaVersion: null);
            if (again.Value is null) { failures.Add($"{Context()}\nThe writer does not read its own output {payload}: {again.Error?.Message ?? again.Crash?.ToString()}"); return; }
            // The writer's output first, then the accepted candidate itself when it differs (a left-out default, say).
            foreach (string json in payload == candidate ? new[] { payload } : [payload, candidate])
            {
                var read = reader.Read(json, schemaVersion: direction == "Backward" && reader.ReadsPastVersions ? 1 : null);
                if (read.Crash is not null) { failures.Add($"{Context()}\nThe reader crashed on {json}: {read.Crash}"); return; }
                string? problem = read.Value is null
                    ? "refused: " + read.Error!.Message
                    : RandomPayloads.Difference(writerSide, payload, readerSide, reader.Write(read.Value)) is { } difference ? "read with another value: " + difference : null;
                if (problem is null) continue;
                if (breaking)
                {
                    tally.Proved(direction, breaking: true);
                    return;
                }
                failures.Add($"{Context()}\nThis payload, which the writing side {(json == payload ? "wrote" : "accepts")}, breaks: {json}\n{problem}");
                return;
            }
        }
        if (breaking)
        {
            failures.Add($"{Context()}\nNo payload shows the break ({written} written, {BreakingAttempts} tried).");
        }
        else if (written > 0)
        {
            tally.Proved(direction, breaking: false);
        }
    }

    private sealed record BuiltVersion(Assembly Assembly, IReadOnlySet<string> Converted);

    /// <summary>
    /// Generates and compiles one version of every case of a batch, each schema in its own file and namespace. With
    /// <paramref name="withConversions"/>, every conversion the generator asks for (ES0780) is written, refusing.
    /// </summary>
    private static BuiltVersion Build(IEnumerable<(string Namespace, string Text)> schemas, bool withConversions)
    {
        var files = schemas.Select(s => GeneratorHarness.Schema(s.Namespace + ".eventschema", s.Text)).ToList();
        var run = GeneratorHarness.Run(files);
        var converted = new HashSet<string>(StringComparer.Ordinal);
        var missing = run.GeneratorDiagnostics.Where(d => d.Id == "ES0780").ToList();
        if (missing.Count > 0)
        {
            Assert.True(withConversions, "The locked versions need no conversion: " + missing[0]);
            var code = new StringBuilder();
            foreach (var diagnostic in missing)
            {
                string ns = Path.GetFileNameWithoutExtension(diagnostic.Location.GetLineSpan().Path);
                string message = diagnostic.GetMessage();
                int start = message.IndexOf("Write '", StringComparison.Ordinal) + "Write '".Length;
                string signature = message.Substring(start, message.IndexOf("' in a 'partial record ", start, StringComparison.Ordinal) - start);
                code.Append("namespace ").Append(ns).Append(" { partial record E { ").Append(signature)
                    .Append(" => throw new System.Text.Json.JsonException(\"No value can be derived for this version.\"); } }\n");
                converted.Add(ns);
            }
            run = GeneratorHarness.Run(files, compilation: GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }", code.ToString()));
        }
        var errors = run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The generator reports: " + string.Join("\n", errors.Take(5)));
        // Emitting binds everything once, and fails with the compiler's errors if the generated code has any.
        return new BuiltVersion(GeneratorHarness.EmitAndLoad(run.OutputCompilation), converted);
    }

    /// <summary>A generated event, called through reflection: its readers (with validation) and its writer.</summary>
    private sealed class GeneratedEvent(Type type)
    {
        private readonly MethodInfo _read = type.GetMethod("FromJson", [typeof(string), typeof(EventJsonOptions)])!;
        private readonly MethodInfo? _readVersion = type.GetMethod("FromJson", [typeof(string), typeof(int), typeof(EventJsonOptions)]);
        private readonly MethodInfo _write = type.GetMethod("ToJson", Type.EmptyTypes)!;

        public bool ReadsPastVersions => _readVersion is not null;

        public ReadOutcome Read(string json, int? schemaVersion)
        {
            try
            {
                object value = schemaVersion is { } version ? _readVersion!.Invoke(null, [json, version, Validating])! : _read.Invoke(null, [json, Validating])!;
                return new ReadOutcome(value, null, null);
            }
            catch (TargetInvocationException exception) when (exception.InnerException is JsonException refused)
            {
                return new ReadOutcome(null, refused, null);
            }
            catch (TargetInvocationException exception)
            {
                return new ReadOutcome(null, null, exception.InnerException);
            }
        }

        public string Write(object value) => (string)_write.Invoke(value, null)!;
    }

    private sealed record ReadOutcome(object? Value, JsonException? Error, Exception? Crash);

    private sealed class Tally
    {
        public Dictionary<string, int> Compatible { get; } = new() { ["Backward"] = 0, ["Forward"] = 0 };
        public Dictionary<string, int> Breaking { get; } = new() { ["Backward"] = 0, ["Forward"] = 0 };

        public void Proved(string direction, bool breaking) => (breaking ? Breaking : Compatible)[direction]++;

        public override string ToString()
            => $"backward: {Compatible["Backward"]} compatible and {Breaking["Backward"]} breaking proved; forward: {Compatible["Forward"]} and {Breaking["Forward"]}";
    }

    private static int? EnvironmentNumber(string name) => int.TryParse(Environment.GetEnvironmentVariable(name), out int value) && value >= 0 ? value : null;
}
