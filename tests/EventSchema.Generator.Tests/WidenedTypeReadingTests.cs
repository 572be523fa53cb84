using System.Reflection;
using EventSchema.Generator.Tests.Infrastructure;
using EventSchema.Language;
using EventSchema.Language.Evolution;
using Microsoft.CodeAnalysis;
using LanguageText = EventSchema.Language.Text.SourceText;

namespace EventSchema.Generator.Tests;

/// <summary>
/// Every type change the compatibility checker accepts as a widening is converted by the generated code, so an old
/// payload reads into today's type without a method the user writes: a set to a list, an enum to its wire string, a
/// scalar to its primitive (and wider), collections whose elements widen, optional values (null stays null). A change
/// the checker does not accept still asks for the method (ES0780).
/// </summary>
public sealed class WidenedTypeReadingTests
{
    private const string Widened = """
        namespace Archive;

        enum Level { Low, High = "very-high" }

        scalar Seats: int;

        @version(2)
        event Recorded {
          @typeChangedFrom(2, "set<string>") tags: list<string>;
          @typeChangedFrom(2, Level) level: string;
          @typeChangedFrom(2, Seats) seats: long;
          @typeChangedFrom(2, "list<int>") counts: list<long>;
          @typeChangedFrom(2, Seats) spare?: int;
          @typeChangedFrom(2, "set<Level>") levels: list<string>;
          @typeChangedFrom(2, "map<string, Seats>") rooms: map<string, decimal>;
          @typeChangedFrom(2, "list<list<Seats>>") rows?: list<list<double>>;
        }

        """;

    // Reads a version 1 payload through FromJson(json, schemaVersion) and prints what today's type holds.
    private const string Probe = """
        using System.Linq;
        using Archive;

        namespace Consumer;

        internal static class Probe
        {
            public static string Read(string json)
            {
                Recorded value = Recorded.FromJson(json, 1);
                string rows = value.Rows is null ? "-" : string.Join(";", value.Rows.Select(row => string.Join(",", row.Select(Typed))));
                return string.Join(",", value.Tags.OrderBy(tag => tag, System.StringComparer.Ordinal)) + "|" + value.Level + "|" + Typed(value.Seats) + "|"
                    + string.Join(",", value.Counts.Select(Typed)) + "|" + (value.Spare is { } spare ? Typed(spare) : "-") + "|"
                    + string.Join(",", value.Levels.OrderBy(level => level, System.StringComparer.Ordinal)) + "|"
                    + string.Join(",", value.Rooms.OrderBy(room => room.Key, System.StringComparer.Ordinal).Select(room => room.Key + "=" + Typed(room.Value))) + "|" + rows;
            }

            private static string Typed<T>(T value) => typeof(T).Name + ":" + System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        """;

    [Fact]
    public void A_version_1_payload_reads_with_every_widened_field_converted()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("archive.eventschema", Widened)], compilation: GeneratorHarness.CreateCompilation(Probe));
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assembly assembly = GeneratorHarness.EmitAndLoad(run.OutputCompilation);
        Func<string, string> read = json => (string)assembly.GetType("Consumer.Probe")!.GetMethod("Read")!.Invoke(null, [json])!;

        Assert.Equal(
            "a,b|very-high|Int64:12|Int64:1,Int64:2147483647|Int32:3|Low,very-high|hall=Decimal:40,patio=Decimal:0|Double:1,Double:2;",
            read("""
                {"tags":["b","a"],"level":"very-high","seats":12,"counts":[1,2147483647],"spare":3,
                 "levels":["Low","very-high"],"rooms":{"hall":40,"patio":0},"rows":[[1,2],[]]}
                """));
        // Optional values absent in version 1 stay absent; empty collections stay empty.
        Assert.Equal("|Low|Int64:0||-|||-", read("""{"tags":[],"level":"Low","seats":0,"counts":[],"levels":[],"rooms":{}}"""));
        Assert.Equal("|Low|Int64:0||-|||-", read("""{"tags":[],"level":"Low","seats":0,"counts":[],"spare":null,"levels":[],"rooms":{},"rows":null}"""));
    }

    // Each field changes its type at version 2; the checker and the generator must agree on which need a method.
    private static readonly (string Old, string New)[] Changes =
    [
        ("set<string>", "list<string>"),
        ("list<string>", "set<string>"),
        ("Level", "string"),
        ("string", "Level"),
        ("Seats", "int"),
        ("Seats", "long"),
        ("int", "Seats"),
        ("Seats", "string"),
        ("Wide", "int"),
        ("list<int>", "list<long>"),
        ("list<long>", "list<int>"),
        ("list<long>", "list<double>"),
        ("set<Level>", "list<string>"),
        ("set<int>", "set<decimal>"),
        ("list<Level>", "set<string>"),
        ("map<string, int>", "map<string, long>"),
        ("map<string, Level>", "map<string, string>"),
        ("list<int>", "map<string, int>"),
        ("long", "double"),
        ("int", "string"),
    ];

    [Fact]
    public void The_generator_asks_for_a_conversion_exactly_where_the_checker_reports_a_backward_break()
    {
        string Schema(bool changed)
        {
            var text = new System.Text.StringBuilder("namespace Archive;\n\nenum Level { Low, High }\n\nscalar Seats: int;\n\nscalar Wide: long;\n\n")
                .Append(changed ? "@version(2)\n" : "").Append("event Recorded {\n");
            for (int i = 0; i < Changes.Length; i++)
            {
                text.Append("  ").Append(changed ? $"@typeChangedFrom(2, \"{Changes[i].Old}\") " : "").Append('f').Append(i).Append("?: ")
                    .Append(changed ? Changes[i].New : Changes[i].Old).Append(";\n");
            }
            return text.Append("}\n").ToString();
        }
        var cancellationToken = TestContext.Current.CancellationToken;
        var locked = SchemaCompilation.Create([new LanguageText("archive.eventschema", Schema(changed: false))], cancellationToken);
        var current = SchemaCompilation.Create([new LanguageText("archive.eventschema", Schema(changed: true))], cancellationToken);
        Assert.DoesNotContain(locked.Diagnostics.Concat(current.Diagnostics), diagnostic => diagnostic.IsError);
        var schemaLock = SchemaLock.Read(new LanguageText(SchemaLock.DefaultFileName, SchemaLock.FromCompilation(locked, cancellationToken: cancellationToken).Write())).Lock!;
        var breaking = CompatibilityChecker.Check(current, schemaLock, CompatibilityMode.Backward, cancellationToken)
            .Select(diagnostic => diagnostic.Start.Line - 11).ToHashSet();

        var run = GeneratorHarness.Run([GeneratorHarness.Schema("archive.eventschema", Schema(changed: true))]);
        var needsMethod = run.GeneratorDiagnostics.Where(diagnostic => diagnostic.Id == "ES0780")
            .Select(diagnostic => diagnostic.Location.GetLineSpan().StartLinePosition.Line - 10).ToHashSet();

        Assert.All(run.GeneratorDiagnostics, diagnostic => Assert.Equal("ES0780", diagnostic.Id));
        // Not vacuous: both kinds are present.
        Assert.NotEmpty(breaking);
        Assert.True(breaking.Count < Changes.Length, "Every change breaks: " + string.Join(", ", breaking));
        var describe = (HashSet<int> fields) => string.Join(", ", fields.Order().Select(i => $"{Changes[i].Old} to {Changes[i].New}"));
        Assert.True(breaking.SetEquals(needsMethod), $"The checker breaks on {describe(breaking)}; the generator asks for a method for {describe(needsMethod)}.");
        // The rest of the generated code compiles: what is left is the methods this project has not written.
        Assert.All(run.CompilationProblems, problem => Assert.Equal("CS8795", problem.Id));
    }
}
