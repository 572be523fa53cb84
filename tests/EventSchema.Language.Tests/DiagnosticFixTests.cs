using EventSchema.Language.Diagnostics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests;

/// <summary>Fixes are data on the diagnostic: a span of the file and the text to write there.</summary>
public class DiagnosticFixTests
{
    private static IReadOnlyList<Diagnostic> Check(string text)
        => SchemaCompilation.Create([new SourceText("shop.eventschema", text)], TestContext.Current.CancellationToken).Diagnostics;

    [Theory]
    [InlineData("/// An order.\nrecord Order { id: string; }\n", "\n")]
    [InlineData("// Orders.\r\nrecord Order { id: string; }\r\n", "\r\n")]
    public void A_file_without_a_namespace_gets_the_one_of_the_other_files_of_its_folder(string text, string newLine)
    {
        var compilation = SchemaCompilation.Create(
        [
            new SourceText("schemas/shop/customer.eventschema", "namespace Shop;\nrecord Customer { name: string; }\n"),
            new SourceText("schemas/shop/basket.eventschema", "namespace Shop;\nrecord Basket { id: string; }\n"),
            new SourceText("schemas/billing/invoice.eventschema", "namespace Billing;\nrecord Invoice { id: string; }\n"),
            new SourceText("schemas/billing/refund.eventschema", "namespace Billing;\nrecord Refund { id: string; }\n"),
            new SourceText("schemas/billing/credit.eventschema", "namespace Billing;\nrecord Credit { id: string; }\n"),
            new SourceText("schemas/shop/order.eventschema", text),
        ], TestContext.Current.CancellationToken);

        var diagnostic = Assert.Single(compilation.Diagnostics);

        Assert.Equal("ES0050", diagnostic.Code);
        Assert.Contains("'namespace Shop;'", diagnostic.Message, StringComparison.Ordinal);
        var fixedText = FixApplier.ApplyFirstFixes(text, [diagnostic], out int applied);
        Assert.Equal(1, applied);
        Assert.StartsWith("namespace Shop;" + newLine + newLine, fixedText, StringComparison.Ordinal);
        var again = SchemaCompilation.Create([new SourceText("schemas/shop/order.eventschema", fixedText)], TestContext.Current.CancellationToken);
        Assert.Empty(again.Diagnostics);
    }

    [Fact]
    public void A_lone_file_without_a_namespace_gets_no_fix()
    {
        var diagnostic = Assert.Single(Check("record Order { id: string; }\n"));

        Assert.Equal("ES0050", diagnostic.Code);
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("namespace Shop;\nrecrod Customer { name: string; }", "ES0011", "recrod", "record")]
    [InlineData("namespace Shop;\nrecord Customer { name: strng; }", "ES0020", "strng", "string")]
    [InlineData("namespace Shop;\nrecord Customer { @minLenght(1) name: string; }", "ES0030", "@minLenght", "@minLength")]
    [InlineData("namespace Shop;\nrecord Customer { port-code: string; }", "ES0013", "port-code", "@json(\"port-code\") portCode")]
    [InlineData("namespace Shop;\nrecord Customer { @json(\"pc\") port-code: string; }", "ES0013", "port-code", "portCode")]
    [InlineData("namespace Shop;\nrecord port-record { code: string; }", "ES0013", "port-record", "portRecord")]
    [InlineData("namespace Shop;\nenum Mode { ro-ro, lift }", "ES0013", "ro-ro", "roRo = \"ro-ro\"")]
    [InlineData("namespace Shop;\nrecord Customer { email: string?; }", "ES0008", "email: string?", "email?: string")]
    [InlineData("namespace Shop;\nrecord Customer { between: list<Customer>  ?; }", "ES0008", "between: list<Customer>  ?", "between?: list<Customer>  ")]
    [InlineData("namespace Shop;\nrecord Customer { age: int, name: string; }", "ES0008", ",", ";")]
    [InlineData("namespace Shop;\nrecord Customer { @pattern('^[A-Z]+$') code: string; }", "ES0001", "'^[A-Z]+$'", "\"^[A-Z]+$\"")]
    [InlineData("namespace Shop;\nrecord Customer { name: string = 'say \"hi\"'; }", "ES0001", "'say \"hi\"'", "\"say \\\"hi\\\"\"")]
    [InlineData("namespace Shop;\nenum Mode { ro-ro = \"roll\", lift }", "ES0013", "ro-ro", "roRo")]
    [InlineData("namespace Shop;\nrecord Customer { \"home port\": string; }", "ES0121", "\"home port\"", "@json(\"home port\") homePort")]
    [InlineData("namespace Shop;\nrecord Customer { \"homePort\": string; }", "ES0121", "\"homePort\"", "@json(\"homePort\") homePort")]
    [InlineData("namespace Shop;\nrecord Customer { \"isbn\": string; }", "ES0121", "\"isbn\"", "isbn")]
    [InlineData("namespace Shop;\nrecord Customer { tags: lst<string>; }", "ES0020", "lst", "list")]
    [InlineData("namespace Shop;\nrecord Customer { tags: Dictionary<string, int>; }", "ES0020", "Dictionary", "map")]
    [InlineData("namespace Shop;\nrecord Customer { tags: sett<int>; }", "ES0020", "sett", "set")]
    [InlineData("namespace Shop;\n@summary(\"{Name}\")\nrecord Customer { name: string; }", "ES0045", "Name", "name")]
    [InlineData("namespace Shop;\nrecord Customer { name: string = \u201Cx\"; }", "ES0001", "\u201Cx\"", "\"x\"")]
    [InlineData("namespace Shop;\nrecord Customer { name: string = \u201Cbob\u201D; }", "ES0001", "\u201Cbob\u201D", "\"bob\"")]
    [InlineData("namespace Shop;\nenum Area { political, trade }\nrecord R { a: Area = politcal; }", "ES0043", "politcal", "political")]
    [InlineData("namespace Shop;\n@version(2)\n@type(\"shop.custom.v1\")\nevent A { id: string; @added(2) x?: string; }", "ES0710", "\"shop.custom.v1\"", "\"shop.custom.v2\"")]
    [InlineData("namespace Shop;\n@version(3)\n@type(\"shop.custom\")\nevent A { id: string; @added(3) x?: string; }", "ES0710", "\"shop.custom\"", "\"shop.custom.v3\"")]
    [InlineData("namespace Shop;\n@version(2)\nrecord Customer { @typeChangedFrom(2, strng) age: int; }", "ES0708", "strng", "string")]
    [InlineData("namespace Shop;\n@version(2)\nrecord Customer { @typeChangedFrom(2, \"list<strng>\") ages: list<int>; }", "ES0708", "\"list<strng>\"", "\"list<string>\"")]
    [InlineData("namespace Shop;\n@version(2)\nrecord Customer { @typeChangedFrom(2, \"map<strng, Custmer>\") ages: map<string, int>; }", "ES0708", "\"map<strng, Custmer>\"", "\"map<string, Customer>\"")]
    public void A_diagnostic_that_names_its_replacement_carries_it_as_a_fix(string text, string code, string written, string replacement)
    {
        var diagnostic = Assert.Single(Check(text), d => d.Code == code);

        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(written, text.Substring(fix.Span.Start, fix.Span.Length));
        Assert.Equal(replacement, fix.Replacement);
        Assert.Contains(replacement.Split(' ')[^1].Trim('"', '@'), fix.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("namespace Shop;\nrecord Customer { port-code: string; }", "write 'portCode', and keep the name on the wire with @json(\"port-code\").")]
    [InlineData("namespace Shop;\nrecord port-record { code: string; }", "write 'portRecord'.")]
    [InlineData("namespace Shop;\nenum Mode { ro-ro, lift }", "write roRo = \"ro-ro\", which keeps \"ro-ro\" as its JSON value.")]
    public void A_hyphenated_name_is_told_the_fix_for_what_it_names(string text, string advice)
    {
        var diagnostic = Assert.Single(Check(text));

        Assert.Equal("ES0013", diagnostic.Code);
        Assert.EndsWith(advice, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("namespace Shop;\nrecord Customer { email: string?; }")]
    [InlineData("namespace Shop;\nrecord Customer { age: int, name: string; }")]
    [InlineData("namespace Shop;\nrecord Customer { @pattern('^[A-Z]+$') code: string; }")]
    [InlineData("namespace Shop;\nrecord Customer { name: string = 'x'; }")]
    [InlineData("namespace Shop;\nrecord event { x: int; }")]
    [InlineData("namespace Shop;\nenum scalar { a, b }")]
    [InlineData("namespace Shop;\nrecord Caf\uFFFD { name: string; }")]
    [InlineData("namespace Shop;\nenum Ferry { roRo = \"ro-ro\", lolo }\nrecord R { f: Ferry = ro-ro; }")]
    [InlineData("namespace Shop;\nrecord Cafe { \uFFFDtage: string; }")]
    public void A_habit_from_another_language_is_one_error(string text)
        => Assert.Single(Check(text));

    [Fact]
    public void A_hyphenated_enum_value_written_without_quotes_is_one_error_about_the_value()
    {
        var diagnostic = Assert.Single(Check("namespace Shop;\nenum Mode { roRo = ro-ro, lift }"));

        Assert.Equal("ES0058", diagnostic.Code);
    }

    [Fact]
    public void A_problem_only_the_author_can_decide_has_no_fix()
    {
        var diagnostic = Assert.Single(Check("namespace Shop;\nrecord Customer { name: string; name: string; }"));

        Assert.Equal("ES0023", diagnostic.Code);
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Applying_the_fixes_removes_the_problems_they_fix()
    {
        const string text = "namespace Shop;\nrecrod Customer { @minLenght(1) name: strng; }\nrecord Order { customer: Custmer; }";

        string fixedText = FixApplier.ApplyFirstFixes(text, Check(text), out int applied);

        Assert.Equal(4, applied);
        Assert.Equal("namespace Shop;\nrecord Customer { @minLength(1) name: string; }\nrecord Order { customer: Customer; }", fixedText);
        Assert.Empty(Check(fixedText));
    }

    [Fact]
    public void Overlapping_fixes_are_applied_one_at_a_time()
    {
        const string text = "abcdef";
        Diagnostic At(int start, int length, string replacement) => new("ES0001", DiagnosticSeverity.Error, "m", "f", new TextSpan(start, length), default, default)
        {
            Fixes = [new DiagnosticFix("fix", new TextSpan(start, length), replacement)],
        };

        string result = FixApplier.ApplyFirstFixes(text, [At(3, 2, "X"), At(1, 3, "Y"), At(5, 0, "Z")], out int applied);

        Assert.Equal(2, applied);
        Assert.Equal("aYeZf", result);
    }

    [Fact]
    public void Diagnostics_with_the_same_fixes_are_equal()
    {
        var first = Assert.Single(Check("namespace Shop;\nrecord Customer { name: strng; }"));
        var second = Assert.Single(Check("namespace Shop;\nrecord Customer { name: strng; }"));

        Assert.NotSame(first.Fixes, second.Fixes);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { Fixes = [] });
    }

    [Fact]
    public void Every_code_is_defined_once()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(DiagnosticCatalog.All, d => Assert.Same(d, DiagnosticCatalog.Find(d.Code)));
        Assert.Null(DiagnosticCatalog.Find("ES9999"));
    }
}
