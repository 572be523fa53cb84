using System.Reflection;
using EventSchema.Generator.Tests.Infrastructure;

namespace EventSchema.Generator.Tests;

/// <summary>
/// Schemas that try the generator's corners: C# keywords and generated member names as field names,
/// hostile documentation, nested collections with rules, defaults, deprecation, options, and file names.
/// </summary>
public sealed class EdgeCaseTests
{
    private const string Tricky = """
        namespace edge.cases;

        /// Docs with <xml> & ampersands */ and "quotes"
        /// second line
        @pattern("^[a-z]+(-[a-z]+)*$")
        scalar Slug : string;

        @minimum(1) @maximum(10)
        scalar Rating : int;

        @minLength(1)
        scalar Word : string;

        enum kind { first_one, second = "2nd", @deprecated("old") third }

        record item {
          @minLength(2) @maxLength(5) class: string;
          equals: int = 3;
          @deprecated("use slug") toString?: string;
          validate?: bool;
          item?: string;
          @exclusiveMinimum(0.5) @exclusiveMaximum(99.5) score: double = 1.5;
          rating?: Rating;
          slug?: Slug;
          kind: kind = second;
          day: date = "2025-04-17";
          at: time = "23:59:60+00:00";
          moment: datetime = "2025-04-17T09:30:00.5+04:00";
          window: duration = "P2W";
          huge: duration = "PT99999999999999999999S";
          id: uuid = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
          link: uri = "../logo.png";
        }

        /// An event whose fields take generated names.
        @version(3)
        @type("edge.everything")
        @summary("{eventType} by {owner.class} on {when} ({kinds})")
        event Everything {
          eventType: string;
          schemaVersion?: int;
          displayName?: string;
          describe?: string = "say \"hi\" \\ {braces}";
          owner?: item;
          when: date;
          @uniqueItems @maxItems(3) kinds: list<kind>;
          @minItems(1) matrix: list<list<Word>>;
          byName: map<string, item>;
          tags?: set<string>;
          @json("x-amount") @minimum(-2.5) amount?: decimal;
        }
        """;

    private const string Consumer = """
        using System;
        using System.Collections.Generic;
        using Edge.Cases;

        namespace Consumer;

        internal static class Probe
        {
            public static Everything Valid() => new Everything
            {
                EventTypeField = "created",
                Owner = new Item { Class = "abc", Slug = Slug.From("a-b"), Rating = Rating.From(3) },
                When = new DateOnly(2025, 4, 17),
                Kinds = [Kind.FirstOne, Kind.Second],
                Matrix = [[Word.From("x")], [Word.From("y"), Word.From("z")]],
                ByName = new Dictionary<string, Item> { ["a"] = new Item { Class = "de" } },
                Tags = new HashSet<string> { "t" },
            };

            public static Everything Invalid() => Valid() with
            {
                Owner = new Item { Class = "a", Score = 100 },
                Kinds = [Kind.FirstOne, Kind.FirstOne, (Kind)42, Kind.Second],
                Matrix = [[Word.From("ok")], [default]],
                ByName = new Dictionary<string, Item> { ["k"] = new Item { Class = "toolong" } },
                Amount = -3m,
            };

            public static string Describe(Everything e) => e.Describe();
            public static string Type => Everything.EventType + "|" + Everything.SchemaVersion + "|" + Everything.DisplayName;
            public static int Equals(Item a) => a.EqualsField;
            public static string Wire(Kind kind) => kind.ToJsonValue();
        }
        """;

    private static readonly Lazy<(GeneratorRun Run, Type Probe)> Generated = new(() =>
    {
        var schemaDiagnostics = Language.SchemaCompilation.Create([new Language.Text.SourceText("edge.eventschema", Tricky)]).Diagnostics;
        Assert.True(schemaDiagnostics.Count == 0, string.Join(Environment.NewLine, schemaDiagnostics));
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Schema("edge.eventschema", Tricky)],
            compilation: GeneratorHarness.CreateCompilation(Consumer));
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems) + Environment.NewLine + string.Join(Environment.NewLine, run.Sources.Values));
        return (run, GeneratorHarness.EmitAndLoad(run.OutputCompilation).GetType("Consumer.Probe", throwOnError: true)!);
    });

    private static object? Call(string name, params object?[] arguments)
    {
        var member = Generated.Value.Probe.GetMember(name, BindingFlags.Public | BindingFlags.Static).Single();
        return member is PropertyInfo property ? property.GetValue(null) : ((MethodInfo)member).Invoke(null, arguments);
    }

    [Fact]
    public void Tricky_schema_generates_code_that_compiles_cleanly_and_matches_snapshot()
    {
        Snapshot.Match(Generated.Value.Run.TypeSources.Single().Value, "edge");
    }

    [Fact]
    public void Collisions_with_keywords_and_generated_members_are_renamed_deterministically()
    {
        string source = Generated.Value.Run.TypeSources.Single().Value;
        Assert.Contains("public required string Class { get; init; }", source);
        Assert.Contains("public int EqualsField { get; init; } = 3;", source);
        Assert.Contains("public string? ToStringField { get; init; }", source);
        Assert.Contains("public bool? ValidateField { get; init; }", source);
        Assert.Contains("public string? ItemField { get; init; }", source);
        Assert.Contains("public required string EventTypeField { get; init; }", source);
        Assert.Contains("public int? SchemaVersionField { get; init; }", source);
        Assert.Contains("public enum Kind", source);
        Assert.Contains("FirstOne,", source);
        Assert.Contains("namespace Edge.Cases;", source);
        Assert.Equal("edge.everything|3|Everything", Call("Type"));
        Assert.Equal("2nd", Call("Wire", Enum.ToObject(Generated.Value.Probe.Assembly.GetType("Edge.Cases.Kind")!, 1)));
    }

    [Fact]
    public void A_suffixed_name_never_takes_the_name_another_declaration_has_as_written()
    {
        var schema = GeneratorHarness.Schema("names.eventschema", "namespace Names;\nrecord equals { a: string; }\nrecord EqualsType { b: string; }\n");

        var run = GeneratorHarness.Run([schema]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        var types = run.OutputCompilation.GetSymbolsWithName(name => name.StartsWith("EqualsType", StringComparison.Ordinal), Microsoft.CodeAnalysis.SymbolFilter.Type, TestContext.Current.CancellationToken)
            .OfType<Microsoft.CodeAnalysis.INamedTypeSymbol>()
            .ToDictionary(type => type.Name, type => string.Join(",", type.GetMembers().OfType<Microsoft.CodeAnalysis.IPropertySymbol>().Select(p => p.Name).Where(n => n is "A" or "B")));
        Assert.Equal("B", types["EqualsType"]);
        Assert.Equal("A", types["EqualsType2"]);
    }

    [Fact]
    public void Documentation_cannot_break_out_of_its_comment()
    {
        string source = Generated.Value.Run.TypeSources.Single().Value;
        Assert.Contains("/// Docs with &lt;xml&gt; &amp; ampersands */ and \"quotes\"", source);
        Assert.Contains("/// second line", source);
    }

    [Fact]
    public void Valid_objects_pass_and_summaries_read_through_optional_paths()
    {
        var valid = (IEvent)Call("Valid")!;
        Assert.True(valid.Validate().IsValid, valid.Validate().ToString());
        Assert.Equal("created by abc on 2025-04-17 (first_one, 2nd)", Call("Describe", valid));
    }

    [Fact]
    public void Nested_collections_maps_and_scalars_report_every_error_with_paths()
    {
        var result = ((IEvent)Call("Invalid")!).Validate();

        Assert.Equal(
            [
                "owner.class|minLength|Owner class must be at least 2 characters long.",
                "owner.score|exclusiveMaximum|Owner score must be less than 99.5.",
                "kinds|maxItems|Kinds must have at most 3 items.",
                "kinds|uniqueItems|Kinds must not contain duplicate items.",
                "kinds[2]|enum|Kind 3 must be a defined kind value.",
                "matrix[1][0]|required|Matrix item 2 item 1 is required.",
                "byName[\"k\"].class|maxLength|By name \"k\" class must be at most 5 characters long.",
                "amount|minimum|Amount must be at least -2.5.",
            ],
            result.Errors.Select(error => $"{error.Path}|{error.Code}|{error.Message}"));
    }

    [Fact]
    public void A_project_on_an_old_csharp_version_gets_one_clear_error_and_no_code()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        var oldLanguage = new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10);
        compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), compilation.SyntaxTrees.Single().WithRootAndOptions(compilation.SyntaxTrees.Single().GetRoot(TestContext.Current.CancellationToken), oldLanguage));

        var run = GeneratorHarness.Run([GeneratorHarness.Schema("x.eventschema", "namespace Orders;\nrecord Line { sku: string; }\n")], compilation: compilation);

        Assert.Empty(run.Sources);
        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("ES9001", error.Id);
        Assert.Contains("C# 10.0", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Schema_files_generate_one_source_per_namespace_with_distinct_hint_names()
    {
        var run = GeneratorHarness.Run(
        [
            GeneratorHarness.Schema("a/common.eventschema", "namespace A;\nrecord One { x: int; }\n"),
            GeneratorHarness.Schema("b/common.eventschema", "namespace B;\nrecord One { x: int; }\n"),
            GeneratorHarness.Schema("c/common.eventschema", "namespace B;\nrecord Two { x: int; }\n"),
        ]);

        // One source per namespace, holding its files' types and their JSON serializers.
        var typeFiles = run.TypeSources.Keys.ToList();
        Assert.Equal(2, typeFiles.Count);
        Assert.All(typeFiles, hint => Assert.Matches(@"^[AB]\.[0-9a-f]{8}\.g\.cs$", hint));
        string namespaceB = Assert.Single(run.TypeSources, pair => pair.Key.StartsWith("B.", StringComparison.Ordinal)).Value;
        Assert.Contains("partial record One", namespaceB, StringComparison.Ordinal);
        Assert.Contains("partial record Two", namespaceB, StringComparison.Ordinal);
        Assert.Equal(run.Sources.Count, run.Sources.Keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
    }

    [Fact]
    public void Options_set_the_namespace_prefix_and_turn_validators_off()
    {
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Schema("x.eventschema", "namespace Orders;\n@version(1)\nevent Placed { @minLength(1) id: string; }\n")],
            new Dictionary<string, string>
            {
                ["build_property.ProjectDir"] = GeneratorHarness.ProjectDirectory,
                ["build_property.EventSchemaNamespacePrefix"] = "Contoso.Events",
                ["build_property.EventSchemaEmitValidators"] = "false",
            });

        string source = run.TypeSources.Single().Value;
        Assert.Contains("namespace Contoso.Events.Orders;", source);
        Assert.DoesNotContain("CollectValidationErrors", source);
        Assert.Contains("global::EventSchema.ValidationResult global::EventSchema.IValidatable.Validate() => global::EventSchema.ValidationResult.Success;", source);
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
    }

    [Fact]
    public void A_collection_field_and_a_renamed_field_whose_names_run_together_compile()
    {
        // The field behind JsonFoo and the pre-encoded JSON name of FooCollection must not share a name.
        var run = GeneratorHarness.Run(
        [
            GeneratorHarness.Schema("names.eventschema", "namespace Names;\n\nrecord Pair {\n  jsonFoo: list<string>;\n  @json(\"foo <collection>\") fooCollection: string;\n}\n"),
        ]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
        string source = run.TypeSources.Single().Value;
        Assert.Contains("__collectionJsonFoo", source);
        Assert.Contains("__JsonFooCollection", source);
    }

    private const string SummarizedRecord = """
        namespace Protocol;

        @summary("{title} {name}, {seats} seats")
        record Delegation {
          name: string;
          title?: string;
          seats: int;
          describe?: string;
        }
        """;

    private const string SummarizedRecordProbe = """
        namespace Consumer;

        internal static class Probe
        {
            public static string Describe() => new Protocol.Delegation { Name = "Lu Mei", Title = "Ambassador", Seats = 3, DescribeField = "kept" }.Describe();
        }
        """;

    [Fact]
    public void A_record_with_a_summary_describes_itself_and_a_field_named_describe_steps_aside()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("delegation.eventschema", SummarizedRecord)], compilation: GeneratorHarness.CreateCompilation(SummarizedRecordProbe));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
        var assembly = GeneratorHarness.EmitAndLoad(run.OutputCompilation);
        Assert.Equal("Ambassador Lu Mei, 3 seats", assembly.GetType("Consumer.Probe")!.GetMethod("Describe")!.Invoke(null, null));
    }

    private const string VisitSchema = """
        namespace Protocol;

        record Person { name: string; }

        @summary("{host.name} welcomed {title} {name} to {venue}. {{{seats} seats}}")
        record Visit {
          host?: Person;
          title?: string;
          name: string;
          venue?: string;
          seats?: int;
        }
        """;

    private const string VisitProbe = """
        namespace Consumer;

        internal static class Probe
        {
            public static string[] Describe()
            {
                var full = new Protocol.Visit { Host = new Protocol.Person { Name = "Ann" }, Title = "Dr", Name = "Bo", Venue = "Baku", Seats = 3 };
                return
                [
                    full.Describe(),
                    (full with { Host = null }).Describe(),
                    (full with { Title = null }).Describe(),
                    (full with { Venue = null, Seats = null }).Describe(),
                    new Protocol.Visit { Name = "Bo" }.Describe(),
                ];
            }
        }
        """;

    [Fact]
    public void An_absent_field_or_nested_record_leaves_no_stray_space_in_the_summary()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("visit.eventschema", VisitSchema)], compilation: GeneratorHarness.CreateCompilation(VisitProbe));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
        var texts = (string[])GeneratorHarness.EmitAndLoad(run.OutputCompilation).GetType("Consumer.Probe")!.GetMethod("Describe")!.Invoke(null, null)!;
        Assert.Equal(
            [
                "Ann welcomed Dr Bo to Baku. {3 seats}",
                "welcomed Dr Bo to Baku. {3 seats}",
                "Ann welcomed Bo to Baku. {3 seats}",
                "Ann welcomed Dr Bo to. {seats}",
                "welcomed Bo to. {seats}",
            ],
            texts);
    }
}
