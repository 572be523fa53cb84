using EventSchema.Language.Syntax;

namespace EventSchema.Language.Tests;

public class LexerTests
{
    private static SyntaxTree Parse(string text) => SyntaxTree.Parse("test.eventschema", text, TestContext.Current.CancellationToken);

    [Fact]
    public void Doc_comments_are_kept_as_trivia_of_the_next_token()
    {
        var tree = Parse("namespace N;\n/// First line.\n///Second line.\n//// not documentation\nrecord R { }\n");
        var record = tree.GetTokens().Single(t => t.Kind == TokenKind.RecordKeyword);
        Assert.Equal(
            [TriviaKind.DocComment, TriviaKind.EndOfLine, TriviaKind.DocComment, TriviaKind.EndOfLine, TriviaKind.LineComment, TriviaKind.EndOfLine],
            record.LeadingTrivia.Select(t => t.Kind));
        // An ordinary comment after the doc comment ends the documentation block.
        Assert.Null(record.GetDocumentation());
    }

    [Fact]
    public void Documentation_drops_the_marker_and_one_space()
    {
        var tree = Parse("/// First line.\n///Second line.\n///   Indented.\nrecord R { }");
        var record = tree.GetTokens().Single(t => t.Kind == TokenKind.RecordKeyword);
        Assert.Equal("First line.\nSecond line.\n  Indented.", record.GetDocumentation());
    }

    [Fact]
    public void Trailing_trivia_ends_at_the_first_line_break()
    {
        var tree = Parse("a /* c */ // d\r\n  b");
        var tokens = tree.GetTokens();
        Assert.Equal([TriviaKind.Whitespace, TriviaKind.BlockComment, TriviaKind.Whitespace, TriviaKind.LineComment, TriviaKind.EndOfLine],
            tokens[0].TrailingTrivia.Select(t => t.Kind));
        Assert.Equal("\r\n", tokens[0].TrailingTrivia[^1].Text);
        Assert.Equal([TriviaKind.Whitespace], tokens[1].LeadingTrivia.Select(t => t.Kind));
    }

    [Theory]
    [InlineData("namespace", TokenKind.NamespaceKeyword)]
    [InlineData("using", TokenKind.UsingKeyword)]
    [InlineData("record", TokenKind.RecordKeyword)]
    [InlineData("event", TokenKind.EventKeyword)]
    [InlineData("enum", TokenKind.EnumKeyword)]
    [InlineData("scalar", TokenKind.ScalarKeyword)]
    [InlineData("true", TokenKind.TrueKeyword)]
    [InlineData("false", TokenKind.FalseKeyword)]
    [InlineData("null", TokenKind.NullKeyword)]
    [InlineData("records", TokenKind.Identifier)]
    [InlineData("Event", TokenKind.Identifier)]
    [InlineData("string", TokenKind.Identifier)]
    [InlineData("42", TokenKind.NumberLiteral)]
    [InlineData("-1.5e3", TokenKind.NumberLiteral)]
    [InlineData("\"a \\\"b\\\" \\u0041\"", TokenKind.StringLiteral)]
    [InlineData("@", TokenKind.At)]
    public void Single_tokens_lex_to_their_kind(string text, TokenKind kind)
    {
        var tree = Parse(text);
        var token = tree.GetTokens()[0];
        Assert.Equal(kind, token.Kind);
        Assert.Equal(text, token.Text);
        Assert.Equal(TokenKind.EndOfFile, tree.GetTokens()[1].Kind);
    }

    [Fact]
    public void Identifiers_with_the_same_text_share_one_string()
    {
        var tree = Parse("name name");
        var tokens = tree.GetTokens();
        Assert.Same(tokens[0].Text, tokens[1].Text);
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_is_whitespace()
    {
        var tree = Parse("\uFEFFnamespace N;");
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(TriviaKind.Whitespace, tree.GetTokens()[0].LeadingTrivia[0].Kind);
    }

    [Theory]
    [InlineData("\"abc", "ES0002")]
    [InlineData("\"abc\ndef\"", "ES0002")]
    [InlineData("/* never closed", "ES0003")]
    [InlineData("\"\\q\"", "ES0004")]
    [InlineData("\"\\u12\"", "ES0004")]
    [InlineData("1.", "ES0005")]
    [InlineData("1e", "ES0005")]
    [InlineData("12abc", "ES0005")]
    [InlineData("\0", "ES0001")]
    [InlineData("\u201Cquoted\u201D", "ES0001")]
    [InlineData("// comment \u202E hidden", "ES0006")]
    [InlineData("\"text \u2067 hidden\"", "ES0006")]
    [InlineData("a\u200B b", "ES0026")]
    [InlineData("a \u200B b", "ES0007")]
    [InlineData("caf\u00E9", "ES0025")]
    public void Lexical_errors_are_reported_and_text_is_kept(string text, string code)
    {
        var tree = Parse(text);
        Assert.Contains(tree.Diagnostics, d => d.Code == code);
        Assert.Equal(text, tree.ToFullString());
    }

    // Lone surrogates are built here, not in attributes: test data that passes through UTF-8 arrives as U+FFFD.
    [Theory]
    [InlineData(0xD800, "")]
    [InlineData(0xDC00, "x")]
    public void A_lone_surrogate_is_a_bad_character(int surrogate, string after)
        => Lexical_errors_are_reported_and_text_is_kept((char)surrogate + after, "ES0001");

    [Fact]
    public void A_replacement_character_is_one_error_about_the_file_not_a_bad_character()
    {
        var tree = Parse("namespace A;\nrecord \uFFFD\uFFFD\uFFFDx { name: string; }");

        Assert.Equal("ES0014", Assert.Single(tree.Diagnostics).Code);
    }

    [Theory]
    [InlineData("\u201Cspoke\u201D", 1)]
    [InlineData("\u201Cspoke\"", 1)]
    public void Text_in_curly_quotes_is_read_as_a_string_with_one_error(string text, int errors)
    {
        var tree = Parse("namespace A;\n@summary(" + text + ")\nevent Spoke { x: string; }");

        var literal = tree.GetTokens()[6];   // after "namespace", "A", ";", "@", "summary" and "("
        Assert.Equal(TokenKind.StringLiteral, literal.Kind);
        Assert.Equal("spoke", EventSchema.Language.Binding.StringLiteral.Decode(literal.Text, literal.Span.Start).Value);
        Assert.Equal(errors, tree.Diagnostics.Count(d => d.Code == "ES0001"));
        Assert.All(tree.Diagnostics, d => Assert.Equal("ES0001", d.Code));
    }

    [Fact]
    public void An_opening_curly_quote_never_closed_on_its_line_is_a_bad_character()
    {
        var tree = Parse("\u201Cspoke\nx");
        Assert.Equal(TokenKind.BadToken, tree.GetTokens()[0].Kind);
        Assert.Single(tree.Diagnostics, d => d.Code == "ES0001");
    }

    [Fact]
    public void A_run_of_bad_characters_is_one_token_with_one_error()
    {
        var tree = Parse("#$%^ name");
        Assert.Equal(TokenKind.BadToken, tree.GetTokens()[0].Kind);
        Assert.Equal("#$%^", tree.GetTokens()[0].Text);
        Assert.Single(tree.Diagnostics, d => d.Code == "ES0001");
    }

    [Fact]
    public void Messages_do_not_print_hidden_characters()
    {
        var tree = Parse("// \u202E");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.DoesNotContain('\u202E', diagnostic.Message);
        Assert.Contains("U+202E", diagnostic.Message, StringComparison.Ordinal);
    }
}
