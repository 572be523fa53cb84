using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests;

public class ParserTests
{
    private static SchemaCompilation Compile(string text)
        => SchemaCompilation.Create([new SourceText("test.eventschema", text)], TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("record A {\n  a: string\n  b: string;\n}\n")]
    [InlineData("record A {\n  a: string;\n\nrecord B {\n  b: string;\n}\n")]
    [InlineData("record A {\n  a string;\n  b: string;\n}\n")]
    [InlineData("record A \n  a: string;\n}\n")]
    public void One_syntax_mistake_gives_one_error_and_later_errors_still_show(string body)
    {
        // The unknown type after the mistake must still be reported; nothing else may be.
        var compilation = Compile("namespace N;\n" + body + "record Later { x: Unknwn; }\n");
        Assert.Collection(compilation.Diagnostics,
            d => Assert.Equal("ES0008", d.Code),
            d => Assert.Equal("ES0020", d.Code));
    }

    [Fact]
    public void Missing_tokens_have_zero_width_right_after_the_previous_token()
    {
        var tree = SyntaxTree.Parse("t", "namespace N;\nrecord A {\n  a: string\n}\n", TestContext.Current.CancellationToken);
        var field = Assert.IsType<FieldDeclarationSyntax>(Assert.IsType<RecordDeclarationSyntax>(tree.Root.Members[1]).Members[0]);
        Assert.True(field.Semicolon.IsMissing);
        Assert.Equal(0, field.Semicolon.Span.Length);
        Assert.Equal(field.Type.Span.End, field.Semicolon.Span.Start);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(new LinePosition(3, 12), diagnostic.Start);
    }

    [Fact]
    public void The_tree_holds_every_construct()
    {
        var tree = SyntaxTree.Parse("t", """
            namespace A.B;
            using C.D;
            @pattern("x") scalar S : string;
            enum E { a, b = "B", }
            @version(2) event V { @json("w") f?: list<map<string, C.D.T>> = null; }
            """, TestContext.Current.CancellationToken);
        Assert.Empty(tree.Diagnostics);
        var members = tree.Root.Members;
        Assert.Equal("A.B", Assert.IsType<NamespaceDeclarationSyntax>(members[0]).Name.Text);
        Assert.Equal("C.D", Assert.IsType<UsingDirectiveSyntax>(members[1]).Name.Text);
        var scalar = Assert.IsType<ScalarDeclarationSyntax>(members[2]);
        Assert.Equal("pattern", Assert.Single(scalar.Decorators).Name.Text);
        var enumSyntax = Assert.IsType<EnumDeclarationSyntax>(members[3]);
        var second = Assert.IsType<EnumMemberSyntax>(enumSyntax.Members[1]);
        Assert.Equal("\"B\"", second.Value!.Value.Token.Text);
        Assert.NotNull(second.Comma);
        var record = Assert.IsType<RecordDeclarationSyntax>(members[4]);
        Assert.True(record.IsEvent);
        var field = Assert.IsType<FieldDeclarationSyntax>(Assert.Single(record.Members));
        Assert.NotNull(field.Question);
        Assert.Equal(TokenKind.NullKeyword, field.DefaultValue!.Value.Token.Kind);
        var list = Assert.IsType<GenericTypeSyntax>(field.Type);
        var map = Assert.IsType<GenericTypeSyntax>(Assert.Single(list.Arguments));
        Assert.Equal("C.D.T", Assert.IsType<NamedTypeSyntax>(map.Arguments[1]).Name.Text);
    }

    [Fact]
    public void Keywords_can_name_fields()
    {
        var compilation = Compile("namespace N;\nrecord A { event: string; record?: int; }\n");
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(["event", "record"], ((Semantics.RecordSymbol)compilation.Declarations[0]).Fields.Select(f => f.Name));
    }

    [Fact]
    public void Garbage_inside_a_skipped_declaration_is_reported_once()
    {
        var compilation = Compile("namespace N;\nthing A {\n  @maxLength(2) a: string;\n  b: int;\n}\nrecord B { }\n");
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0009", diagnostic.Code);
        Assert.Contains("'thing'", diagnostic.Message, StringComparison.Ordinal);
        Assert.NotNull(compilation.GetDeclaration("N.B"));
    }

    [Theory]
    [InlineData("evnt A {\n  a: string;\n}\n", "event", "N.A")]
    [InlineData("recrod A {\n  a: string;\n}\n", "record", "N.A")]
    [InlineData("enmu A { x, y }\n", "enum", "N.A")]
    [InlineData("scaler A : string;\n", "scalar", "N.A")]
    public void A_misspelled_keyword_is_one_error_and_its_declaration_still_exists(string declaration, string keyword, string fullName)
    {
        var compilation = Compile("namespace N;\n" + declaration + "record User {\n  a: A;\n}\n");

        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0011", diagnostic.Code);
        Assert.EndsWith($"did you mean '{keyword}'?", diagnostic.Message, StringComparison.Ordinal);
        Assert.NotNull(compilation.GetDeclaration(fullName));
    }

    [Fact]
    public void A_name_that_merely_resembles_a_keyword_is_not_reread_as_one()
    {
        // "recorder" is followed by a name and ';', which no record declaration is.
        var compilation = Compile("namespace N;\nrecorder x;\nrecord B { }\n");
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code == "ES0011");
    }

    [Theory]
    [InlineData("legs: map<Rail | Sea, string>;", "ES0012")]
    [InlineData("legs: map<Rail | Sea | Air, list<string>>;", "ES0012")]
    [InlineData("xs: list<int> = [0];", "ES0001")]
    [InlineData("xs: list<int> = [1, 2];", "ES0001")]
    [InlineData("port-code: string;", "ES0013")]
    [InlineData("\"port-code\": string;", "ES0121")]
    [InlineData("tags: list<optional<string>>;", "ES0020")]
    public void Each_mistake_of_another_language_is_one_located_error(string field, string code)
    {
        var compilation = Compile("namespace N;\nrecord Rail { a: string; }\nrecord Sea { b: string; }\nrecord Air { c: string; }\nrecord Trip {\n  " + field + "\n  next: string;\n}\n");

        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(6, diagnostic.Start.Line);
        Assert.NotNull(compilation.GetDeclaration("N.Trip"));
    }

    [Theory]
    [InlineData("record 1Official {\n  name: string;\n}\n", "1Official", "")]
    [InlineData("record Official {\n  2ndName: string;\n}\n", "2ndName", ", and keep it on the wire with @json(\"2ndName\")")]
    [InlineData("record Official {\n  @json(\"2nd\") 2ndName?: string;\n}\n", "2ndName", "")]
    [InlineData("record Official {\n  rank: 3Rank;\n}\n", "3Rank", "")]
    [InlineData("enum Rank { 1st, second }\n", "1st", ", and write = \"1st\" after the new name to keep \"1st\" as its JSON value")]
    [InlineData("enum Rank { 1st = \"first\", second }\n", "1st", "")]
    [InlineData("scalar 4Code : string;\n", "4Code", "")]
    public void A_name_that_starts_with_a_digit_is_one_error_at_the_name_that_says_so(string declaration, string name, string keepOnTheWire)
    {
        var compilation = Compile("namespace N;\n" + declaration);

        // Not "not a valid number" (ES0005) and "expected a name … insert it" as well: one error, and the name is read.
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0008", diagnostic.Code);
        Assert.Equal($"Name '{name}' starts with a digit, which names cannot; rename it so that it starts with a letter or '_'{keepOnTheWire}.", diagnostic.Message);
        Assert.Equal(name, declaration.Substring(diagnostic.Span.Start - "namespace N;\n".Length, diagnostic.Span.Length));
    }

    [Fact]
    public void A_number_with_letters_is_still_an_invalid_number_where_a_value_belongs()
    {
        var compilation = Compile("namespace N;\nrecord Official {\n  @maxLength(2x) name: string;\n  rank: int = 3rd;\n}\n");

        Assert.Equal(["ES0005", "ES0005"], compilation.Diagnostics.Select(d => d.Code));
    }
}
