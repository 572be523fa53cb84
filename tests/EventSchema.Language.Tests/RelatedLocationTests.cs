using EventSchema.Language.Text;

namespace EventSchema.Language.Tests;

/// <summary>A diagnostic about a name declared twice points, besides its message, to the earlier one.</summary>
public sealed class RelatedLocationTests
{
    [Theory]
    [InlineData("ES0023", "record R {\n  id: string;\n  id: int;\n}", 2, "id")]
    [InlineData("ES0024", "enum E { a, b, a }", 1, "a")]
    [InlineData("ES0055", "enum E { a = \"x\", b = \"x\" }", 1, "a")]
    [InlineData("ES0056", "record R {\n  @json(\"n\") a: string;\n  @json(\"n\") b: string;\n}", 2, "a")]
    [InlineData("ES0127", "enum E {\n  port_call,\n  portCall\n}", 2, "port_call")]
    [InlineData("ES0127", "record Order_Line {}\nrecord OrderLine {}", 1, "Order_Line")]
    [InlineData("ES0120", "record R {\n  port_call: int;\n  portCall: int;\n}", 2, "port_call")]
    public void The_earlier_name_is_a_related_location(string code, string declarations, int earlierLine, string earlierName)
    {
        var text = "namespace Shop;\n" + declarations + "\n";
        var compilation = SchemaCompilation.Create([new SourceText("shop.eventschema", text)], cancellationToken: TestContext.Current.CancellationToken);

        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Code == code);

        var related = Assert.Single(diagnostic.Related);
        Assert.Equal("shop.eventschema", related.FilePath);
        Assert.Equal(earlierLine + 1, related.Start.Line);
        Assert.Equal(earlierName, text.Substring(related.Span.Start, related.Span.Length));
        Assert.Equal($"'{earlierName}' is declared here.", related.Message);
    }

    [Fact]
    public void A_declaration_repeated_in_another_file_points_to_that_file()
    {
        var compilation = SchemaCompilation.Create([
            new SourceText("a.eventschema", "namespace Shop;\nrecord Order {}\n"),
            new SourceText("b.eventschema", "namespace Shop;\n\nrecord Order {}\n"),
        ], cancellationToken: TestContext.Current.CancellationToken);

        var related = Assert.Single(Assert.Single(compilation.Diagnostics, d => d.Code == "ES0022").Related);

        Assert.Equal(("a.eventschema", 2), (related.FilePath, related.Start.Line));
    }

    [Fact]
    public void Other_diagnostics_point_nowhere_else()
    {
        var compilation = SchemaCompilation.Create([new SourceText("a.eventschema", "namespace Shop;\nrecord Order { id: Missing; }\n")], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(Assert.Single(compilation.Diagnostics).Related);
    }
}
