using EventSchema.Language.Text;

namespace EventSchema.Language.Tests;

public class SourceTextTests
{
    [Fact]
    public void Source_text_maps_offsets_to_lines()
    {
        var text = new SourceText("a.eventschema", "ab\r\ncd\ne");
        Assert.Equal(new LinePosition(2, 2), text.GetLinePosition(5));
        Assert.Equal(3, text.LineCount);
    }

    [Fact]
    public void Compilers_end_lines_at_unicode_separators_and_editors_do_not()
    {
        const string text = "a\u2028b\u0085c\u2029d\r\ne";

        var compiler = LineStarts.ForCompilers(text);
        var editor = LineStarts.ForEditors(text);

        Assert.Equal(5, compiler.LineCount);
        Assert.Equal(2, editor.LineCount);
        Assert.Equal((3, 0), compiler.GetLineAndColumn(text.IndexOf('d')));
        Assert.Equal((0, 6), editor.GetLineAndColumn(text.IndexOf('d')));
        Assert.Equal(text.IndexOf('e'), editor.GetOffset(1, 0));
    }

    [Fact]
    public void Columns_count_utf16_code_units_and_clamp_to_the_line_before_its_break()
    {
        const string text = "x\U0001F600y\r\nz";
        var lines = LineStarts.ForEditors(text);

        Assert.Equal((0, 3), lines.GetLineAndColumn(text.IndexOf('y')));
        Assert.Equal(text.IndexOf('y'), lines.GetOffset(0, 3));
        Assert.Equal(text.IndexOf('\r'), lines.GetOffset(0, 99));
        Assert.Equal(text.Length, lines.GetOffset(7, 0));
        Assert.Equal(0, lines.GetOffset(-1, 4));
        Assert.Equal((1, 1), lines.GetLineAndColumn(99));
        Assert.Equal(new LinePosition(1, 5), new SourceText("a", text).GetLinePosition(text.IndexOf('\r')));
    }
}
