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
            ";", ":", "?", ",", "=", "@", "@version", "@summary", "@pattern", "\"{a.b}\"", "\"(?=x)\"", "1", "-2.5", "true", "null", "\n", " ", "///d\n", "/*", "*/",
            "@summary(\"{\")", "@summary(\"}{}\")", "@summary(\"\\u0041{x.y}\\n{z}\")", "@pattern(\"[\")", "@pattern(\"\\\\1\")", "@json(\"\")",
            "@type(\"a b\")", "@minLength(-1)", "@maxItems(1e9)", "@uniqueItems(1)", "= \"2025-13-45\"", "= abc", "map<int,", "set<", "a: A;", "b?: B = null;", "A", "B", "x", "y", "z"];
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
    public void Random_declarations_with_random_decorators_types_and_defaults_never_throw()
    {
        string[] decorators = ["@minLength(1)", "@maxLength(0)", "@pattern(\"^a$\")", "@pattern(\"(?<=a)\")", "@pattern(\"(\")", "@minimum(1.5)",
            "@maximum(-3)", "@exclusiveMinimum(2)", "@exclusiveMaximum(2)", "@minItems(2)", "@maxItems(1)", "@uniqueItems", "@deprecated",
            "@deprecated(1)", "@json(\"w\")", "@version(2)", "@type(\"t\")", "@summary(\"{f0.f1} {f1}\")", "@summary(\"{nope}\")", "@bogus", "@minLength"];
        string[] types = ["string", "int", "long", "double", "decimal", "bool", "date", "time", "datetime", "duration", "uuid", "uri",
            "list<string>", "set<int>", "map<string, R0>", "map<int, string>", "list<R1>", "R0", "R1", "E0", "S0", "Unknown", "list", "N.R0", "list<string, int>"];
        string[] defaults = ["", "", "", " = 1", " = -1", " = 1.5", " = \"\"", " = \"a\"", " = \"2025-04-17\"", " = true", " = null", " = a", " = b", " = 3000000000"];
        var random = new Random(2025);
        for (int i = 0; i < 300; i++)
        {
            var builder = new System.Text.StringBuilder("namespace N;\n");
            for (int d = 0; d < 4; d++)
            {
                for (int k = random.Next(3); k > 0; k--) builder.Append(decorators[random.Next(decorators.Length)]).Append(' ');
                switch (random.Next(4))
                {
                    case 0:
                        builder.Append("enum E").Append(d).Append(" { a, b = \"x\", c").Append(random.Next(2) == 0 ? " = \"x\"" : "").Append(" }\n");
                        break;
                    case 1:
                        builder.Append("scalar S").Append(d).Append(" : ").Append(types[random.Next(types.Length)]).Append(";\n");
                        break;
                    default:
                        builder.Append(random.Next(2) == 0 ? "record R" : "event R").Append(d).Append(" {\n");
                        for (int f = random.Next(4); f >= 0; f--)
                        {
                            for (int k = random.Next(3); k > 0; k--) builder.Append(decorators[random.Next(decorators.Length)]).Append(' ');
                            builder.Append('f').Append(random.Next(3)).Append(random.Next(3) == 0 ? "?" : "").Append(": ")
                                .Append(types[random.Next(types.Length)]).Append(defaults[random.Next(defaults.Length)]).Append(";\n");
                        }
                        builder.Append("}\n");
                        break;
                }
            }
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
