using EventSchema.Language.Syntax;
using EventSchema.Language.Tests.Infrastructure;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests;

/// <summary>
/// Garbage in, diagnostics out: random text and mutated schemas never make the front end throw, and the
/// tokens always reproduce the input. Seeds are fixed so a failure reproduces.
/// </summary>
public class FuzzTests
{
    private const string Alphabet = "namespace using record event enum scalar list<> map set string int ?:;,.=@(){}\"\\/*-0123456789 \t\r\n\u2028\u0085\0\uD800\uDC00\u202E\u200B\u00E9\uFEFF#$";

    private static void AssertSurvives(string text)
    {
        var tree = SyntaxTree.Parse("fuzz.eventschema", text, TestContext.Current.CancellationToken);
        Assert.Equal(text, tree.ToFullString());
        var compilation = SchemaCompilation.Create([tree], TestContext.Current.CancellationToken);
        foreach (var diagnostic in compilation.Diagnostics)
        {
            Assert.InRange(diagnostic.Span.Start, 0, text.Length);
            Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, text.Length);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        }
        // Spans of nodes stay inside the text and in order.
        int previousEnd = 0;
        foreach (var token in tree.Root.GetTokens())
        {
            Assert.True(token.Span.Start >= previousEnd, "tokens are in order");
            previousEnd = token.Span.End;
        }
    }

    [Fact]
    public void Random_text_never_throws_and_round_trips()
    {
        var random = new Random(20250417);
        for (int i = 0; i < 400; i++)
        {
            int length = random.Next(0, 120);
            var chars = new char[length];
            for (int j = 0; j < length; j++) chars[j] = random.Next(8) == 0 ? (char)random.Next(0, 0x10000) : Alphabet[random.Next(Alphabet.Length)];
            AssertSurvives(new string(chars));
        }
    }

    [Fact]
    public void Random_token_soup_never_throws_and_round_trips()
    {
        string[] pieces = ["namespace", "using", "record", "event", "enum", "scalar", "X", "Y.Z", "list", "map", "<", ">", "{", "}", "(", ")",
            ";", ":", "?", ",", "=", "@", "@version", "@summary", "@pattern", "\"{a.b}\"", "\"(?=x)\"", "1", "-2.5", "true", "null", "\n", " ", "///d\n", "/*", "*/"];
        var random = new Random(17);
        for (int i = 0; i < 400; i++)
        {
            var builder = new System.Text.StringBuilder();
            int count = random.Next(0, 60);
            for (int j = 0; j < count; j++) builder.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
            AssertSurvives(builder.ToString());
        }
    }

    [Fact]
    public void Every_prefix_and_single_deletion_of_the_seed_schemas_is_handled()
    {
        foreach (var path in SchemaCase.All().Where(p => p.Contains("/diplomacy/", StringComparison.Ordinal)))
        {
            string text = SchemaCase.ReadText(path);
            for (int cut = 0; cut < text.Length; cut += 7) AssertSurvives(text.Substring(0, cut));
            for (int removed = 0; removed < text.Length; removed += 5) AssertSurvives(text.Remove(removed, 1));
        }
    }

    [Fact]
    public void Deep_nesting_does_not_exhaust_the_stack()
    {
        AssertSurvives("namespace N; record R { f: " + string.Concat(Enumerable.Repeat("list<", 100_000)) + "string; }");
        AssertSurvives(string.Concat(Enumerable.Repeat("{", 100_000)));
        AssertSurvives(string.Concat(Enumerable.Repeat("@a(", 50_000)));
    }

    [Fact]
    public void Cancellation_is_the_only_exception()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => SyntaxTree.Parse(new SourceText("a", "namespace N;"), source.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => SchemaCompilation.Create([new SourceText("a", "namespace N;")], source.Token));
    }
}
