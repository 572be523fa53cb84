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
}
