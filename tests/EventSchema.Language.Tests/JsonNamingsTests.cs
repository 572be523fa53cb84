using EventSchema.Language.Export;

namespace EventSchema.Language.Tests;

/// <summary>
/// The one reader of a JSON naming: the build property <c>EventSchemaJsonNaming</c> (generator and lock task) and the
/// CLI's <c>--naming</c> accept the same spellings.
/// </summary>
public class JsonNamingsTests
{
    [Theory]
    [InlineData("AsWritten", JsonNaming.AsWritten)]
    [InlineData("as_written", JsonNaming.AsWritten)]
    [InlineData("CamelCase", JsonNaming.CamelCase)]
    [InlineData("camel", JsonNaming.CamelCase)]
    [InlineData("SnakeCase", JsonNaming.SnakeCase)]
    [InlineData("snakecase", JsonNaming.SnakeCase)]
    [InlineData("snake_case", JsonNaming.SnakeCase)]
    [InlineData(" snake-case ", JsonNaming.SnakeCase)]
    [InlineData("snake", JsonNaming.SnakeCase)]
    [InlineData("KEBAB", JsonNaming.KebabCase)]
    [InlineData("kebab-case", JsonNaming.KebabCase)]
    public void Every_spelling_of_a_naming_reads_as_it(string written, JsonNaming expected)
    {
        Assert.True(JsonNamings.TryParse(written, out var naming));
        Assert.Equal(expected, naming);
    }

    [Theory]
    [InlineData("SnakeCas")]
    [InlineData("pascal")]
    [InlineData("case")]
    [InlineData("snake1")]
    [InlineData("snake case")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_no_naming(string? written)
    {
        Assert.False(JsonNamings.TryParse(written, out var naming));
        Assert.Equal(JsonNaming.AsWritten, naming);
    }

    [Fact]
    public void The_name_of_every_naming_reads_back_as_it()
    {
        foreach (var naming in Enum.GetValues<JsonNaming>())
        {
            Assert.True(JsonNamings.TryParse(JsonNamings.Name(naming), out var read));
            Assert.Equal(naming, read);
        }
    }
}
