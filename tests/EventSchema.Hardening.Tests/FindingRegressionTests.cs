using EventSchema.Hardening.Tests.Infrastructure;
using EventSchema.Language;
using LanguageSourceText = EventSchema.Language.Text.SourceText;

namespace EventSchema.Hardening.Tests;

/// <summary>
/// One test per finding of the hardening runs, named after it (docs/security.md lists them). A test that
/// is skipped names an open finding; un-skip it with the fix.
/// </summary>
public class FindingRegressionTests
{
    [Fact]
    public void H1_a_collection_field_named_s_generates_code()
        => AssertGeneratesCleanly("namespace N;\nrecord R { s: list<string>; }\n");

    [Fact]
    public void H2_a_deprecated_required_field_compiles_without_warnings()
        => AssertGeneratesCleanly("namespace N;\nrecord R {\n  @deprecated\n  code: decimal;\n}\n");

    [Fact]
    public void H3_a_lone_surrogate_in_a_doc_comment_compiles_without_warnings()
        => AssertGeneratesCleanly("namespace N;\n/// cou\uD800ntry code\nrecord R { x: string; }\n");

    [Fact]
    public void H4_a_summary_hole_naming_an_enum_field_compiles()
        => AssertGeneratesCleanly("namespace N;\nenum Kind { a, b }\n@version(1)\n@summary(\"Kind is {kind}\")\nevent E { kind: Kind; }\n");

    [Theory]
    [InlineData("\uFEFF")]
    [InlineData("\u2060")]
    public void H5_an_invisible_character_in_a_doc_comment_is_rejected_or_not_copied_raw(string invisible)
    {
        string schema = "namespace N;\n/// before" + invisible + "after\nrecord R { x: string; }\n";
        var frontEnd = SchemaCompilation.Create([new LanguageSourceText("a.eventschema", schema)], TestContext.Current.CancellationToken);
        if (frontEnd.HasErrors) return;
        var outcome = GeneratorHarness.Run([GeneratorHarness.Schema("a.eventschema", schema)], TestContext.Current.CancellationToken);
        Assert.All(outcome.Sources, source => Assert.Null(HostileText.FindForbiddenCharacter(source.Text)));
    }

    [Theory]
    [InlineData("record equals { value: string; }")]
    [InlineData("record toString { value: string; }")]
    [InlineData("record getHashCode { value: string; }")]
    [InlineData("record equalityContract { value: string; }")]
    [InlineData("record printMembers { value: string; }")]
    [InlineData("record validate { value: string; }")]
    [InlineData("record deconstruct { value: string; }")]
    [InlineData("record collectValidationErrors { value: string; }")]
    [InlineData("record writeJson { value: string; }")]
    [InlineData("record fromJson { value: string; }")]
    [InlineData("record jsonSchema { value: string; }")]
    [InlineData("@version(1) event eventType { value: string; }")]
    [InlineData("@version(1) event describe { value: string; }")]
    [InlineData("@version(1) event displayName { value: string; }")]
    [InlineData("@version(1) event schemaVersion { value: string; }")]
    [InlineData("@version(1) event validate { value: string; }")]
    [InlineData("scalar value : string;")]
    [InlineData("scalar from : int;")]
    [InlineData("scalar tryFrom : string;")]
    [InlineData("@pattern(\"^a+$\") scalar check : string;")]
    [InlineData("scalar toString : string;")]
    [InlineData("enum isDefined { a, b }")]
    [InlineData("enum toJsonValue { a, b }")]
    [InlineData("enum fromJsonValue { a, b }")]
    [InlineData("enum tryFromJsonValue { a, b }")]
    [InlineData("record equals { value: string; }\nrecord equalsType { other: equals; }")]
    public void H6_a_type_named_like_one_of_its_members_compiles(string declaration)
        => AssertGeneratesCleanly($"namespace N;\n{declaration}\n");

    [Fact]
    public void H6_a_type_named_like_one_of_its_members_takes_the_Type_suffix()
    {
        var outcome = GeneratorHarness.Run([GeneratorHarness.Schema("a.eventschema", "namespace N;\nrecord equals { value: string; }\nrecord equalsType { other: equals; }\n")], TestContext.Current.CancellationToken);
        string types = string.Concat(outcome.Sources.Select(source => source.Text));
        // equalsType keeps the name it has as written; equals, which needs the suffix, takes the next free one.
        Assert.Contains("public sealed partial record EqualsType ", types);
        Assert.Contains("public sealed partial record EqualsType2 ", types);
        Assert.Contains("public required global::N.EqualsType2 Other { get; init; }", types);
        Assert.DoesNotContain("EqualsTypeType", types);
    }

    [Theory]
    [InlineData("enum K { first = \"a\\u202Eb\", second }")]
    [InlineData("record R { @pattern(\"^a\\u200Bb$\") value: string; }")]
    public void H7_bidi_and_zero_width_characters_in_strings_are_never_copied_raw(string declaration)
    {
        string schema = "namespace N;\n" + declaration + "\n";
        var outcome = GeneratorHarness.Run([GeneratorHarness.Schema("a.eventschema", schema)], TestContext.Current.CancellationToken);
        Assert.NotEmpty(outcome.Sources);
        Assert.All(outcome.Sources, source => Assert.Null(HostileText.FindForbiddenCharacter(source.Text)));
    }

    [Fact]
    public void H8_a_record_without_fields_compiles_without_warnings()
        => AssertGeneratesCleanly("namespace N;\nrecord Empty {\n}\n");

    internal static void AssertGeneratesCleanly(string schema)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var frontEnd = SchemaCompilation.Create([new LanguageSourceText(GeneratorHarness.ProjectDirectory + "a.eventschema", schema)], cancellationToken);
        if (frontEnd.HasErrors) return; // Rejected with a located diagnostic: also acceptable.
        var outcome = GeneratorHarness.Run([GeneratorHarness.Schema("a.eventschema", schema)], cancellationToken);
        Assert.True(outcome.GeneratorFailures.Count == 0, GeneratorHarness.Describe(outcome.GeneratorFailures));
        Assert.NotEmpty(outcome.Sources);
        var problems = outcome.CompilationProblems(cancellationToken);
        Assert.True(problems.Count == 0, GeneratorHarness.Describe(problems));
    }
}
