using EventSchema.Language.Semantics;
using EventSchema.Language.Tests.Infrastructure;

namespace EventSchema.Language.Tests;

/// <summary>The symbols bound from Cases/every-construct, one property at a time.</summary>
public class EveryConstructTests
{
    private static readonly Lazy<SchemaCompilation> Compilation = new(() =>
        SchemaCase.Compile("tests/EventSchema.Language.Tests/Cases/every-construct/everything.eventschema"));

    private static RecordSymbol Everything => (RecordSymbol)Compilation.Value.GetDeclaration("Examples.Everything.Everything")!;

    private static FieldSymbol Field(string name) => Everything.Fields.Single(f => f.Name == name);

    [Fact]
    public void It_binds_without_diagnostics()
        => Assert.Empty(Compilation.Value.Diagnostics.Select(d => d.ToString()));

    [Theory]
    [InlineData("text", LiteralKind.String, "a \"quoted\" A word")]
    [InlineData("flag", LiteralKind.Bool, true)]
    [InlineData("small", LiteralKind.Integer, -5L)]
    [InlineData("big", LiteralKind.Integer, 9000000000L)]
    [InlineData("day", LiteralKind.String, "2025-04-17")]
    [InlineData("at", LiteralKind.String, "09:30:00Z")]
    [InlineData("instant", LiteralKind.String, "2025-04-17T09:30:00+04:00")]
    [InlineData("span", LiteralKind.String, "PT1H30M")]
    [InlineData("id", LiteralKind.String, "3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("link", LiteralKind.String, "https://news.az")]
    [InlineData("code", LiteralKind.String, "AZ")]
    [InlineData("optional", LiteralKind.Null, null)]
    public void Defaults_are_decoded_by_kind(string field, LiteralKind kind, object? value)
    {
        var literal = Field(field).Default!;
        Assert.Equal(kind, literal.Kind);
        Assert.Equal(value, literal.Value);
    }

    [Fact]
    public void Fractional_defaults_are_decimals_and_enum_defaults_are_members()
    {
        Assert.Equal(150m, Field("ratio").Default!.Value);
        Assert.Equal("1.5e2", Field("ratio").Default!.Text);
        Assert.Equal(12.25m, Field("money").Default!.Value);
        var member = Assert.IsType<EnumMemberSymbol>(Field("level").Default!.Value);
        Assert.Equal("MEDIUM", member.JsonValue);
        Assert.Equal("The usual level.", member.Documentation);
    }

    [Fact]
    public void Event_settings_and_deprecations_are_bound()
    {
        Assert.Equal(3, Everything.Version);
        Assert.Equal("examples.everything.v3", Everything.EventType);
        Assert.Equal(string.Empty, Everything.DeprecationMessage);
        Assert.Equal("Use text.", Field("oldText").DeprecationMessage);
        Assert.Equal("Use Code.", Compilation.Value.GetDeclaration("Examples.Everything.LegacyCode")!.DeprecationMessage);
        var level = (EnumSymbol)Compilation.Value.GetDeclaration("Examples.Everything.Level")!;
        Assert.Equal(string.Empty, level.Members[2].DeprecationMessage);
        Assert.Null(level.Members[0].DeprecationMessage);
    }

    [Fact]
    public void Collection_constraints_and_types_are_bound()
    {
        var tags = Field("tags");
        Assert.Equal((1, 5, true), (tags.Constraints.MinItems, tags.Constraints.MaxItems, tags.Constraints.UniqueItems));
        Assert.Equal("set<Examples.Everything.Code>", Field("codes").Type.DisplayName);
        Assert.Equal("map<string, list<Diplomacy.Official>>", Field("byName").Type.DisplayName);
        Assert.Equal("qualified_name", Field("qualified").JsonName);
        Assert.Equal("Examples.Everything.Inner", Field("qualified").Type.DisplayName);
        Assert.Equal("-1", Field("unit").Constraints.Minimum!.Text);
        Assert.Equal(0m, Field("positive").Constraints.ExclusiveMinimum!.Value);
    }

    [Fact]
    public void Scalars_keep_their_underlying_type_and_rules()
    {
        var code = (ScalarSymbol)Compilation.Value.GetDeclaration("Examples.Everything.Code")!;
        Assert.Equal((2, 3, "^[A-Z]+$"), (code.Constraints.MinLength, code.Constraints.MaxLength, code.Constraints.Pattern));
        var percentage = (ScalarSymbol)Compilation.Value.GetDeclaration("Examples.Everything.Percentage")!;
        Assert.Equal(PrimitiveKind.Decimal, percentage.UnderlyingType.Kind);
        Assert.Equal(100.5m, percentage.Constraints.ExclusiveMaximum!.Value);
    }

    [Fact]
    public void Summary_keeps_literal_braces_and_nested_paths()
    {
        var holder = (RecordSymbol)Compilation.Value.GetDeclaration("Examples.Everything.Holder")!;
        Assert.Collection(holder.Summary!.Segments,
            s => Assert.Equal("{literal braces} around ", Assert.IsType<SummaryText>(s).Text),
            s => Assert.Equal(["nested", "inner", "label"], Assert.IsType<SummaryHole>(s).Path.Select(f => f.Name)));
    }

    [Fact]
    public void Spans_cover_doc_comments_and_names()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests/EventSchema.Language.Tests/Cases/every-construct/everything.eventschema"));
        var everything = Everything;
        Assert.StartsWith("/// Shows every type and default.", text.Substring(everything.Span.Start), StringComparison.Ordinal);
        Assert.EndsWith("}", text.Substring(everything.Span.Start, everything.Span.Length), StringComparison.Ordinal);
        Assert.Equal("Everything", text.Substring(everything.NameSpan.Start, everything.NameSpan.Length));
        var tags = Field("tags");
        Assert.Equal("@minItems(1) @maxItems(5) @uniqueItems tags: list<string>;", text.Substring(tags.Span.Start, tags.Span.Length));
    }
}
