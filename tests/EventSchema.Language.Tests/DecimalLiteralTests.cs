using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests;

/// <summary>
/// Number bounds and defaults are decimal numbers: a literal a decimal cannot hold exactly is refused at the literal,
/// never rounded (to 1, or to 0 for a tiny one) without a word.
/// </summary>
public class DecimalLiteralTests
{
    private static SchemaCompilation Compile(string field)
        => SchemaCompilation.Create([new SourceText("numbers.eventschema", "namespace N;\nrecord R {\n  " + field + "\n}\n")], TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("x: double = 1.5e3;")]
    [InlineData("x: double = 1.50E+3;")]
    [InlineData("x: decimal = 0.000;")]
    [InlineData("x: decimal = -0;")]
    [InlineData("x: decimal = 79228162514264337593543950335;")]
    [InlineData("x: decimal = -7.9228162514264337593543950335;")]
    [InlineData("x: decimal = 0.0000000000000000000000000001;")]
    [InlineData("x: double = 12345678901234567890e-10;")]
    [InlineData("@maximum(1e28) x: double;")]
    [InlineData("@minimum(-0.5) @exclusiveMaximum(250.00) x: decimal;")]
    public void Numbers_a_decimal_holds_exactly_are_taken(string field)
        => Assert.Empty(Compile(field).Diagnostics.Select(d => d.ToString()));

    [Theory]
    [InlineData("x: decimal = 1.0000000000000000000000000000001;", "ES0043", "1.0000000000000000000000000000001")]
    [InlineData("x: decimal = 79228162514264337593543950336;", "ES0043", "79228162514264337593543950336")]
    [InlineData("x: double = 1e30;", "ES0043", "1e30")]
    [InlineData("x: double = 1e-40;", "ES0043", "1e-40")]
    [InlineData("@maximum(1e300) x: double;", "ES0035", "1e300")]
    [InlineData("@exclusiveMinimum(0) @maximum(1e-400) x: double;", "ES0035", "1e-400")]
    [InlineData("@minimum(0.00000000000000000000000000001) x: decimal;", "ES0035", "0.00000000000000000000000000001")]
    public void Numbers_a_decimal_cannot_hold_exactly_are_refused_at_the_literal(string field, string code, string literal)
    {
        var diagnostic = Assert.Single(Compile(field).Diagnostics);

        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(3, diagnostic.Start.Line);
        Assert.Equal(3 + field.IndexOf(literal, StringComparison.Ordinal), diagnostic.Start.Column);
        Assert.Equal(literal.Length, diagnostic.Span.Length);
        Assert.Contains("within ±79228162514264337593543950335 with at most 28 significant digits", diagnostic.Message);
    }
}
