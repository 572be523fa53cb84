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
        var compilation = Compile("namespace N;\nevnt A {\n  @maxLength(2) a: string;\n  b: int;\n}\nrecord B { }\n");
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0009", diagnostic.Code);
        Assert.Contains("'evnt'", diagnostic.Message, StringComparison.Ordinal);
        Assert.NotNull(compilation.GetDeclaration("N.B"));
    }
}
