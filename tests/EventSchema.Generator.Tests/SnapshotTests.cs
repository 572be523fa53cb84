using EventSchema.Generator.Emit;
using EventSchema.Generator.Tests.Infrastructure;

namespace EventSchema.Generator.Tests;

public sealed class SnapshotAndLiteralTests
{
    [Fact]
    public void Unified_diff_shows_removed_and_added_lines_with_context()
    {
        string diff = UnifiedDiff.Create("a\nb\nc\nd\ne\n", "a\nb\nX\nd\ne\n", "old", "new");

        Assert.Equal("--- old\n+++ new\n@@ -1,6 +1,6 @@\n a\n b\n-c\n+X\n d\n e\n \n", diff);
    }

    [Theory]
    [InlineData("line\u2028break")]
    [InlineData("line\u0085break")]
    [InlineData("line\rbreak")]
    [InlineData("line\u2029break")]
    public void Documentation_lines_never_contain_a_line_break(string documentation)
    {
        var lines = CSharpLiterals.XmlLines(documentation);

        Assert.Equal(["line", "break"], lines);
    }

    [Fact]
    public void String_literals_escape_everything_that_could_end_them()
    {
        Assert.Equal("\"a\\\"b\\\\c\\nd\\u2028e\\u202Ef\"", CSharpLiterals.String("a\"b\\c\nd\u2028e\u202Ef"));
        Assert.Equal("&lt;/summary&gt; &amp; x", CSharpLiterals.XmlText("</summary> & x"));
    }
}
