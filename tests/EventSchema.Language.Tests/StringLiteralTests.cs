using EventSchema.Language.Binding;
using EventSchema.Language.Syntax;

namespace EventSchema.Language.Tests;

/// <summary>What writes schema text quotes strings with <see cref="StringLiteral.Encode"/>; the lexer reads them back.</summary>
public class StringLiteralTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData(@"^\d+$", "\"^\\\\d+$\"")]
    [InlineData("line\nbreak\r\ttab", "\"line\\nbreak\\r\\ttab\"")]
    [InlineData("\b\f\0\u0085", "\"\\b\\f\\u0000\\u0085\"")]
    [InlineData("a\u2028b\u2029c", "\"a\\u2028b\\u2029c\"")]
    [InlineData("abc\u202Edef\u2066", "\"abc\\u202Edef\\u2066\"")]
    [InlineData("zero\u200Bwidth\u00AD", "\"zero\\u200Bwidth\\u00AD\"")]
    [InlineData("Bakı ağ 名前 😀", "\"Bakı ağ 名前 😀\"")]
    public void Encode_escapes_what_must_not_be_raw_and_keeps_the_rest_readable(string value, string expected)
    {
        Assert.Equal(expected, StringLiteral.Encode(value));
    }

    [Fact]
    public void A_lone_surrogate_is_escaped()
    {
        // Built at run time: a lone surrogate in an attribute argument does not survive the compiler's metadata.
        string value = "lone " + (char)0xD800 + " surrogate";

        Assert.Equal("\"lone \\uD800 surrogate\"", StringLiteral.Encode(value));
    }

    [Fact]
    public void Encoded_strings_decode_and_lex_back_to_the_same_value()
    {
        var random = new Random(1234);
        char[] interesting = ['"', '\\', '/', '\n', '\r', '\t', '\b', '\f', '\0', '\u0085', '\u2028', '\u202E', '\u200B', '\uD83D', '\uDE00', 'é', 'x', '{', '}', ' '];
        for (int round = 0; round < 500; round++)
        {
            var chars = new char[random.Next(0, 24)];
            for (int i = 0; i < chars.Length; i++) chars[i] = random.Next(3) == 0 ? (char)random.Next(0, 0x10000) : interesting[random.Next(interesting.Length)];
            string value = new(chars);

            string literal = StringLiteral.Encode(value);

            Assert.Equal(value, StringLiteral.Decode(literal, 0).Value);
            var tree = SyntaxTree.Parse("t.eventschema", $"namespace N;\nrecord R {{ @pattern({literal}) s: string; }}", TestContext.Current.CancellationToken);
            Assert.DoesNotContain(tree.Diagnostics, d => d.Code is "ES0002" or "ES0004" or "ES0006" or "ES0007");
        }
    }
}
