using EventSchema.Language.Diagnostics;
using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests;

public class BinderTests
{
    private static SchemaCompilation Compile(params (string Path, string Text)[] files)
        => SchemaCompilation.Create(files.Select(f => new SourceText(f.Path, f.Text)), TestContext.Current.CancellationToken);

    private static FieldSymbol Field(SchemaCompilation compilation, string record, string field)
        => ((RecordSymbol)compilation.GetDeclaration(record)!).Fields.Single(f => f.Name == field);

    [Fact]
    public void Names_resolve_across_files_of_one_namespace()
    {
        var compilation = Compile(
            ("b.eventschema", "namespace Diplomacy;\nrecord Uses { official: Official; }"),
            ("a.eventschema", "namespace Diplomacy;\nrecord Official { name: string; }"));
        Assert.Empty(compilation.Diagnostics);
        var type = Assert.IsType<NamedType>(Field(compilation, "Diplomacy.Uses", "official").Type);
        Assert.Same(compilation.GetDeclaration("Diplomacy.Official"), type.Declaration);
        // Declarations are ordered by path, whatever order the files came in.
        Assert.Equal(["a.eventschema", "b.eventschema"], compilation.SyntaxTrees.Select(t => t.FilePath));
        Assert.Equal(["Diplomacy.Official", "Diplomacy.Uses"], compilation.Declarations.Select(d => d.FullName));
    }

    [Fact]
    public void A_partly_qualified_name_suggests_the_full_name_that_ends_with_it()
    {
        var compilation = Compile(
            ("common.eventschema", "namespace MiddleCorridor.Common;\nrecord Port { code: string; }"),
            ("other.eventschema", "namespace Elsewhere.Common;\nrecord Port { code: string; }"),
            ("freight.eventschema", "namespace MiddleCorridor.Freight;\nrecord Booked { origin: Common.Port; }"));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0020", diagnostic.Code);
        Assert.Equal("Unknown type 'Common.Port'; did you mean 'MiddleCorridor.Common.Port'?", diagnostic.Message);
        Assert.Equal("Common.Port", compilation.SyntaxTrees.Single(t => t.FilePath == "freight.eventschema").Text.ToString(diagnostic.Span));
    }

    [Fact]
    public void Using_imports_another_namespace_and_qualified_names_need_none()
    {
        var compilation = Compile(
            ("common.eventschema", "namespace Diplomacy;\nrecord Official { name: string; }"),
            ("news.eventschema", "namespace News;\nusing Diplomacy;\nrecord Report { by: Official; also: Diplomacy.Official; }"),
            ("other.eventschema", "namespace Other;\nrecord Qualified { by: Diplomacy.Official; }"));
        Assert.Empty(compilation.Diagnostics);
        var official = compilation.GetDeclaration("Diplomacy.Official");
        Assert.Same(official, ((NamedType)Field(compilation, "News.Report", "by").Type).Declaration);
        Assert.Same(official, ((NamedType)Field(compilation, "News.Report", "also").Type).Declaration);
        Assert.Same(official, ((NamedType)Field(compilation, "Other.Qualified", "by").Type).Declaration);
    }

    [Fact]
    public void Without_using_the_message_names_the_qualified_type()
    {
        var compilation = Compile(
            ("common.eventschema", "namespace Diplomacy;\nrecord Official { name: string; }"),
            ("news.eventschema", "namespace News;\nrecord Report { by: Official; }"));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0020", diagnostic.Code);
        Assert.Equal("news.eventschema", diagnostic.FilePath);
        Assert.Contains("'Diplomacy.Official'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new LinePosition(2, 21), diagnostic.Start);
        Assert.IsType<ErrorType>(Field(compilation, "News.Report", "by").Type);
    }

    [Fact]
    public void Two_imports_of_one_name_are_ambiguous_but_the_own_namespace_wins()
    {
        var compilation = Compile(
            ("a.eventschema", "namespace A;\nrecord Source { a: string; }"),
            ("b.eventschema", "namespace B;\nrecord Source { b: string; }"),
            ("c.eventschema", "namespace C;\nusing A;\nusing B;\nrecord Uses { s: Source; q: A.Source; }"),
            ("d.eventschema", "namespace A;\nusing B;\nrecord Own { s: Source; }"));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0021", diagnostic.Code);
        Assert.Equal("c.eventschema", diagnostic.FilePath);
        Assert.Equal("A.Source", Field(compilation, "C.Uses", "q").Type.DisplayName);
        Assert.Equal("A.Source", Field(compilation, "A.Own", "s").Type.DisplayName);
    }

    [Fact]
    public void Duplicates_across_files_point_at_the_second_and_name_the_first()
    {
        var compilation = Compile(
            ("one.eventschema", "namespace N;\nrecord R { a: string; }"),
            ("two.eventschema", "namespace N;\nenum R { x }"));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0022", diagnostic.Code);
        Assert.Equal("two.eventschema", diagnostic.FilePath);
        Assert.Contains("one.eventschema(2,8)", diagnostic.Message, StringComparison.Ordinal);
        Assert.IsType<RecordSymbol>(compilation.GetDeclaration("N.R"));
        Assert.Equal(2, compilation.Declarations.Count);
    }

    [Fact]
    public void Unknown_type_errors_do_not_cascade()
    {
        var compilation = Compile(("a.eventschema", """
            namespace N;
            @summary("{x.y} and {x}")
            record R {
              @maxLength(3) @minItems(1) x: Missing = "text";
            }
            """));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0020", diagnostic.Code);
    }

    [Fact]
    public void Per_file_lookups_return_their_own_declarations_and_diagnostics()
    {
        var compilation = Compile(
            ("a.eventschema", "namespace N;\nrecord A { x: Nope; }"),
            ("b.eventschema", "namespace N;\nrecord B { y: A; }"));
        Assert.Equal(["N.A"], compilation.GetDeclarations("a.eventschema").Select(d => d.FullName));
        Assert.Equal(["N.B"], compilation.GetDeclarations("b.eventschema").Select(d => d.FullName));
        Assert.Single(compilation.GetDiagnostics("a.eventschema"));
        Assert.Empty(compilation.GetDiagnostics("b.eventschema"));
        Assert.Empty(compilation.GetDeclarations("missing.eventschema"));
        Assert.Null(compilation.GetDeclaration("N.Nope"));
    }

    [Fact]
    public void Trees_can_be_reused_in_a_new_compilation()
    {
        var common = Syntax.SyntaxTree.Parse("common.eventschema", "namespace N;\nrecord A { x: string; }", TestContext.Current.CancellationToken);
        var first = SchemaCompilation.Create([common, Syntax.SyntaxTree.Parse("b.eventschema", "namespace N;\nrecord B { a: A; }", TestContext.Current.CancellationToken)], TestContext.Current.CancellationToken);
        var second = SchemaCompilation.Create([common, Syntax.SyntaxTree.Parse("b.eventschema", "namespace N;\nrecord B { a?: A; }", TestContext.Current.CancellationToken)], TestContext.Current.CancellationToken);
        Assert.Empty(first.Diagnostics);
        Assert.Empty(second.Diagnostics);
        Assert.Same(first.SyntaxTrees[1], common);
        Assert.True(Field(second, "N.B", "a").IsOptional);
    }

    [Theory]
    [InlineData("CredentialsPresented", 1, "diplomacy.credentials-presented.v1")]
    [InlineData("HTTPRequestSent", 2, "diplomacy.http-request-sent.v2")]
    [InlineData("Event2Recorded", 1, "diplomacy.event2-recorded.v1")]
    [InlineData("snake_case_name", 1, "diplomacy.snake-case-name.v1")]
    public void Default_event_types_are_kebab_case_with_the_version(string name, int version, string expected)
    {
        var compilation = Compile(("a.eventschema", $"namespace Diplomacy;\n@version({version}) event {name} {{ x: string; }}"));
        Assert.Empty(compilation.Diagnostics);
        var record = (RecordSymbol)compilation.GetDeclaration("Diplomacy." + name)!;
        Assert.Equal(version, record.Version);
        Assert.Equal(expected, record.EventType);
    }

    [Fact]
    public void Field_and_scalar_constraints_stay_separate()
    {
        var compilation = Compile(("a.eventschema", """
            namespace N;
            @minLength(2) scalar Code : string;
            record R { @maxLength(5) code: Code; }
            """));
        Assert.Empty(compilation.Diagnostics);
        var field = Field(compilation, "N.R", "code");
        Assert.Equal(5, field.Constraints.MaxLength);
        Assert.Null(field.Constraints.MinLength);
        Assert.Equal(2, ((ScalarSymbol)compilation.GetDeclaration("N.Code")!).Constraints.MinLength);
    }

    [Fact]
    public void Defaults_are_checked_against_scalar_constraints_too()
    {
        var compilation = Compile(("a.eventschema", """
            namespace N;
            @pattern("^[A-Z]{2}$") scalar Code : string;
            record R { code: Code = "Azerbaijan"; }
            """));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0044", diagnostic.Code);
    }

    [Theory]
    [InlineData("record A { b: B; }\nrecord B { a?: A; }")]
    [InlineData("record A { b: list<A>; }")]
    [InlineData("record A { self?: A; }")]
    [InlineData("record A { m: map<string, A>; }")]
    public void Optional_fields_and_collections_break_cycles(string records)
    {
        Assert.Empty(Compile(("a.eventschema", "namespace N;\n" + records)).Diagnostics);
    }

    [Fact]
    public void A_cycle_is_reported_once()
    {
        var compilation = Compile(("a.eventschema", "namespace N;\nrecord A { b: B; }\nrecord B { c: C; }\nrecord C { a: A; self: C; }"));
        Assert.Collection(compilation.Diagnostics,
            d => Assert.Contains("A.b -> B.c -> C.a -> A", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Diagnostics_are_sorted_and_distinct()
    {
        var compilation = Compile(
            ("b.eventschema", "namespace N;\nrecord B { x: Nope; y: Nope; }"),
            ("a.eventschema", "namespace N;\nrecord A { x: Nope; }"));
        Assert.Equal(
            [("a.eventschema", 2, "ES0020"), ("b.eventschema", 2, "ES0020"), ("b.eventschema", 2, "ES0020")],
            compilation.Diagnostics.Select(d => (d.FilePath, d.Start.Line, d.Code)));
        Assert.True(compilation.Diagnostics[1].Span.Start < compilation.Diagnostics[2].Span.Start);
    }

    [Fact]
    public void Summary_paths_resolve_through_nested_records()
    {
        var compilation = Compile(("a.eventschema", """
            namespace N;
            record Person { name: string; boss?: Person; }
            @summary("{person.boss.name}: {{ok}}")
            event E { person: Person; }
            """));
        Assert.Empty(compilation.Diagnostics);
        var summary = ((RecordSymbol)compilation.GetDeclaration("N.E")!).Summary!;
        var hole = Assert.IsType<SummaryHole>(summary.Segments[0]);
        Assert.Equal(["person", "boss", "name"], hole.Path.Select(f => f.Name));
        Assert.Equal(": {ok}", Assert.IsType<SummaryText>(summary.Segments[1]).Text);
    }

    [Fact]
    public void Summary_errors_point_inside_the_string()
    {
        var compilation = Compile(("a.eventschema", "namespace N;\n@summary(\"by {person.nmae}\")\nevent E { person: P; }\nrecord P { name: string; }"));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0045", diagnostic.Code);
        Assert.Equal(new LinePosition(2, 22), diagnostic.Start);
        Assert.Equal(new LinePosition(2, 26), diagnostic.End);
        Assert.Contains("did you mean 'name'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("^(a)\\\\1$", "a backreference")]
    [InlineData("^(?<x>a)\\\\k<x>$", "a named backreference")]
    [InlineData("^(?=a)", "a lookahead")]
    [InlineData("^(?!a)", "a negative lookahead")]
    [InlineData("(?<=a)b", "a lookbehind")]
    [InlineData("(?<!a)b", "a negative lookbehind")]
    public void Patterns_that_need_backtracking_are_rejected(string pattern, string construct)
    {
        var compilation = Compile(("a.eventschema", $"namespace N;\n@pattern(\"{pattern}\") scalar S : string;"));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0042", diagnostic.Code);
        Assert.Contains(construct, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("^[A-Z]{2}$")]
    [InlineData("^(?<year>\\\\d{4})-(?:\\\\d{2})$")]
    [InlineData("^[(?=]$")]
    [InlineData("^\\\\p{Lu}+x$")]
    [InlineData("a|b|(c)*")]
    [InlineData("^\\\\p{Script=Greek}+\\\\P{gc=Nd}\\\\p{scx=Grek}$")]
    [InlineData("^\\\\u{1F432}*[\\\\u{1F600}-\\\\u{1F64F}]\\\\cJ\\\\x41\\\\/$")]
    [InlineData("(?<a>x)|(?<a>y)")]
    [InlineData("^\\\\p{L}{50}$")]
    [InlineData("^(?:ab{1000}|c)$")]
    public void Linear_patterns_are_accepted(string pattern)
    {
        Assert.Empty(Compile(("a.eventschema", $"namespace N;\n@pattern(\"{pattern}\") scalar S : string;")).Diagnostics);
    }

    // .NET-only constructs, and what ECMA-262 with the unicode flag forbids, are not patterns.
    [Theory]
    [InlineData("(?>a+)b", 0, 2)]
    [InlineData("(?<o>a)(?<c-o>b)", 10, 3)]
    [InlineData("(?(a)b|c)", 0, 2)]
    [InlineData("x\\\\Ga", 1, 2)]
    [InlineData("a\\\\Z", 1, 2)]
    [InlineData("(?i)a", 0, 3)]
    [InlineData("a++", 2, 1)]
    [InlineData("\\\\p{Letters}", 0, 11)]
    [InlineData("\\\\p{letter}", 0, 10)]
    [InlineData("\\\\p{Script=Elvish}", 0, 17)]
    [InlineData("\\\\p{Block=Greek}", 0, 15)]
    [InlineData("a]", 1, 1)]
    [InlineData("a{", 1, 1)]
    [InlineData("[\\\\d-z]", 1, 4)]
    [InlineData("[z-a]", 1, 3)]
    [InlineData("(?<a>x)(?<a>y)", 10, 1)]
    [InlineData("\\\\u{110000}", 0, 10)]
    public void Patterns_ECMA_262_rejects_are_invalid_at_the_offending_part(string pattern, int start, int length)
    {
        var compilation = Compile(("a.eventschema", $"namespace N;\n@pattern(\"{pattern}\") scalar S : string;"));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0041", diagnostic.Code);
        AssertPatternSpan(pattern, start, length, diagnostic);
    }

    [Theory]
    [InlineData("\\\\bword\\\\b", 0, 2)]
    [InlineData("x\\\\B", 1, 2)]
    [InlineData("^(?i:a)$", 1, 3)]
    [InlineData("^a{1001}$", 2, 6)]
    [InlineData("^\\\\p{Emoji}$", 1, 9)]
    [InlineData("^(?:a{100}){100}$", 0, 17)]
    [InlineData("^(?:\\\\p{L}|x){50}$", 0, 17)]
    public void Valid_patterns_EventSchema_cannot_match_linearly_are_unsupported_at_the_offending_part(string pattern, int start, int length)
    {
        var compilation = Compile(("a.eventschema", $"namespace N;\n@pattern(\"{pattern}\") scalar S : string;"));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0048", diagnostic.Code);
        AssertPatternSpan(pattern, start, length, diagnostic);
    }

    // A string with a lexical error (one backslash where the pattern's escape needs two, no closing quote) holds other
    // text than was written: the lexer's error is the one error, never a second one about what the string would mean.
    [Theory]
    [InlineData("@pattern(\"^\\p{Foo}$\") scalar S : string;", "ES0004")]
    [InlineData("@pattern(\"^\\p{Emoji}$\") scalar S : string;", "ES0004")]
    [InlineData("@pattern(\"^\\d(?=x)$\") scalar S : string;", "ES0004")]
    [InlineData("@pattern(\"^[a-z]+$)\nscalar S : string;", "ES0002")]
    [InlineData("@summary(\"{na\\me}\") record R { name: string; }", "ES0004")]
    [InlineData("@compatibility(\"ful\\l\") record R { name: string; }", "ES0004")]
    [InlineData("@type(\"a \\q\") event E { name: string; }", "ES0004")]
    [InlineData("@version(2) record R { @typeChangedFrom(2, \"list<\\q>\") names: list<string>; }", "ES0004")]
    [InlineData("record R { @json(\"\\q\") name: string; }", "ES0004")]
    [InlineData("record R { @pattern(\"^[a-z]+$\") name: string = \"A\\q\"; }", "ES0004")]
    [InlineData("record R { @maxLength(2x) name: string; }", "ES0005")]
    [InlineData("record R { @minimum(1e) rank: int; }", "ES0005")]
    [InlineData("record R { rank: int = 3rd; }", "ES0005")]
    public void A_literal_the_lexer_reported_is_not_also_read_as_what_it_means(string declaration, string code)
    {
        var compilation = Compile(("a.eventschema", "namespace N;\n" + declaration + "\n"));

        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
    }

    [Fact]
    public void A_name_in_a_string_the_lexer_reported_is_kept_so_nothing_that_relies_on_it_cascades()
    {
        // Without the discriminator 'kind', the default 'type' would collide with Rail's field (ES0103).
        var compilation = Compile(("a.eventschema", "namespace N;\nrecord Rail { type: string; }\nrecord Sea { b: string; }\n@discriminator(\"ki\\qnd\")\nunion Leg = Rail | Sea;\n"));

        Assert.Equal("ES0004", Assert.Single(compilation.Diagnostics).Code);
    }

    // Lines and columns count from 1 and count source characters, where each pattern backslash is written twice.
    [Theory]
    [InlineData(3)]
    [InlineData(200)]
    public void Enum_members_that_differ_only_in_case_are_one_error_in_a_narrow_and_a_wide_enum(int width)
    {
        var members = string.Join(", ", Enumerable.Range(0, width).Select(i => "member" + i)) + ", Member1";
        var compilation = Compile(("e.eventschema", "namespace N;\nenum Wide { " + members + " }\n"));

        var diagnostic = Assert.Single(compilation.Diagnostics);

        Assert.Equal("ES0127", diagnostic.Code);
        Assert.Contains("Members 'member1' (on line 2) and 'Member1' of 'Wide'", diagnostic.Message, StringComparison.Ordinal);
    }

    private static void AssertPatternSpan(string sourcePattern, int start, int length, Diagnostic diagnostic)
    {
        string pattern = sourcePattern.Replace("\\\\", "\\", StringComparison.Ordinal);
        int SourceColumn(int index) => 11 + pattern[..index].Length + pattern[..index].Count(c => c == '\\');
        Assert.Equal(new LinePosition(2, SourceColumn(start)), diagnostic.Start);
        Assert.Equal(new LinePosition(2, SourceColumn(start + length)), diagnostic.End);
    }

    [Fact]
    public void Default_lengths_count_code_points_as_the_validators_do()
    {
        // One emoji is two UTF-16 units but one code point: @maxLength(1) accepts it, as Validate() does.
        var accepted = Compile(("a.eventschema", "namespace N;\nrecord R { @maxLength(1) s: string = \"\uD83D\uDE00\"; }"));
        var refused = Compile(("a.eventschema", "namespace N;\nrecord R { @minLength(2) s: string = \"\uD83D\uDE00\"; }"));

        Assert.Empty(accepted.Diagnostics);
        var diagnostic = Assert.Single(refused.Diagnostics);
        Assert.Equal("ES0044", diagnostic.Code);
        Assert.Contains("it has 1 characters", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_that_breaks_a_rule_of_its_scalar_names_the_scalar()
    {
        var compilation = Compile(("a.eventschema", "namespace N;\n@exclusiveMaximum(100) scalar Percentage : int;\nrecord R { share: Percentage = 100; }"));

        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0044", diagnostic.Code);
        Assert.Equal("Default '100' breaks @exclusiveMaximum(100) (a rule of the scalar 'Percentage'); change the default or the constraint.", diagnostic.Message);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(100)]
    public void Duplicate_names_wire_names_and_csharp_names_are_found_in_narrow_and_wide_records(int width)
    {
        var text = new System.Text.StringBuilder("namespace N;\nrecord Wide {\n");
        for (int i = 0; i < width; i++) text.Append("  field").Append(i).Append(": string;\n");
        text.Append("  field1: int;\n  Field_2: int;\n  @json(\"field0\") other: int;\n}\n");

        var codes = Compile(("a.eventschema", text.ToString())).Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal);

        Assert.Equal(["ES0023", "ES0056", "ES0120"], codes);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(100)]
    public void Duplicate_members_and_wire_values_are_found_in_narrow_and_wide_enums(int width)
    {
        var text = new System.Text.StringBuilder("namespace N;\nenum Wide {\n");
        for (int i = 0; i < width; i++) text.Append("  member").Append(i).Append(",\n");
        text.Append("  member1,\n  other = \"member0\",\n}\n");

        var codes = Compile(("a.eventschema", text.ToString())).Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal);

        Assert.Equal(["ES0024", "ES0055"], codes);
    }

    [Fact]
    public void A_past_version_whose_event_type_another_event_already_has_is_reported_at_the_versioned_event()
    {
        // The @type comes first here, so the event whose version 1 would carry it is the one reported.
        var compilation = Compile(("a.eventschema", """
            namespace Diplomacy;

            @type("diplomacy.greetings-conveyed.v1")
            event RegardsConveyed {
              from: string;
            }

            @version(2)
            event GreetingsConveyed {
              from: string;
              @added(2) note?: string;
            }
            """));
        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0029", error.Code);
        Assert.Equal("GreetingsConveyed", compilation.SyntaxTrees[0].Text.Text.Substring(error.Span.Start, error.Span.Length));
        Assert.Equal(
            "Event type 'diplomacy.greetings-conveyed.v1', that of this event's version 1, is already used by 'Diplomacy.RegardsConveyed'; give one of them another @type or @version.",
            error.Message);
    }

    [Fact]
    public void Past_versions_without_a_shape_of_their_own_take_no_event_type()
    {
        // Without history decorators no past version is read in its own shape, so nothing dispatches by its type.
        var compilation = Compile(("a.eventschema", """
            namespace Diplomacy;

            @version(2)
            event GreetingsConveyed {
              from: string;
            }

            @type("diplomacy.greetings-conveyed.v1")
            event RegardsConveyed {
              from: string;
            }
            """));
        Assert.Empty(compilation.Diagnostics);
    }
}
