using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests;

/// <summary>The binder on unions written as items or map values, and on unions that list unions.</summary>
public class UnionShapeBindingTests
{
    private static SchemaCompilation Compile(string text)
        => SchemaCompilation.Create([SyntaxTree.Parse(new SourceText("shapes.eventschema", text), TestContext.Current.CancellationToken)], TestContext.Current.CancellationToken);

    private const string Records = "namespace C;\n\nrecord Rail {\n  line: string;\n}\n\nrecord Sea {\n  vessel: string;\n}\n\nrecord Walk {\n  km: int;\n}\n\n";

    [Fact]
    public void Unions_written_as_items_and_values_are_named_after_the_record_field_and_position()
    {
        var compilation = Compile(Records + "record Convoy {\n  @discriminator(\"mode\")\n  legs: list<Rail | Sea>;\n  stops: map<string, Rail | Walk?>;\n  routes?: set<list<Sea | Walk>>;\n}\n");

        Assert.Empty(compilation.Diagnostics);
        var convoy = (RecordSymbol)compilation.GetDeclaration("C.Convoy")!;
        var legs = (UnionSymbol)((NamedType)((ListType)convoy.Fields[0].Type!).ElementType).Declaration;
        var stops = (MapType)convoy.Fields[1].Type!;
        Assert.Equal("ConvoyLegsItem", legs.Name);
        Assert.Equal("mode", legs.DiscriminatorProperty);
        Assert.Same(convoy.Fields[0], legs.DeclaringField);
        Assert.Equal("ConvoyStopsValue", ((NamedType)stops.ValueType).Declaration.Name);
        Assert.True(stops.ValueIsNullable);
        Assert.NotNull(compilation.GetDeclaration("C.ConvoyRoutesItemItem"));
    }

    [Theory]
    [InlineData("record Rail {\n  @json(\"kind\") mode: string;\n}\n\n@discriminator(\"kind\") union Leg = Rail | Sea;\n", "@discriminator(\"type\") on the union", "union 'Leg'")]
    [InlineData("record Rail {\n  kind: string;\n  type: string;\n}\n\nunion Leg = Rail | Sea;\n", "@discriminator(\"variant\") on the union", "union 'Leg'")]
    [InlineData("record Rail {\n  type: string;\n}\n\nrecord Trip {\n  leg: Rail | Sea;\n}\n", "@discriminator(\"kind\") on the field", "the union of field 'leg'")]
    public void A_member_field_on_the_discriminator_gets_a_name_no_field_of_the_member_has(string declarations, string fix, string union)
    {
        var diagnostic = Assert.Single(Compile("namespace C;\n\nrecord Sea {\n  vessel: string;\n}\n\n" + declarations).Diagnostics);

        Assert.Equal("ES0103", diagnostic.Code);
        Assert.Contains(fix, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("which " + union + " uses", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_on_a_union_written_in_place_shows_the_union_as_written()
    {
        var diagnostic = Assert.Single(Compile(Records + "record Trip {\n  leg: Rail | Sea = null;\n}\n").Diagnostics);

        Assert.Equal("ES0043", diagnostic.Code);
        Assert.StartsWith("Default 'null' does not fit type 'Rail | Sea'; write no default, or make the field optional", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_whose_json_name_is_its_own_name_keeps_it_under_every_naming_so_it_is_not_the_discriminator()
    {
        const string Legs = "namespace C;\n\nrecord Rail {\n  line: string;\n}\n\nrecord Sea {\n  Type: string;\n}\n\nunion Leg = Rail | Sea;\n";

        // 'Type' is 'type' on the wire under camelCase naming, unless @json fixes it as written.
        Assert.Equal("ES0103", Assert.Single(Compile(Legs).Diagnostics).Code);
        Assert.Empty(Compile(Legs.Replace("  Type: string;", "  @json(\"Type\") Type: string;", StringComparison.Ordinal)).Diagnostics);
    }

    [Fact]
    public void A_union_that_lists_unions_has_their_members_in_order_once_each()
    {
        var compilation = Compile(Records + "union Water = Sea;\n\nunion Any = Land | Water | Walk;\n\nunion Land = Rail | Walk;\n");

        Assert.Empty(compilation.Diagnostics);
        var any = (UnionSymbol)compilation.GetDeclaration("C.Any")!;
        Assert.Equal(["Rail", "Walk", "Sea"], any.Members.Select(m => m.Record.Name));
        Assert.Equal(["Land", "Land", "Water"], any.Members.Select(m => m.Via?.Name));
        Assert.Equal(["Land", "Water"], any.NestedUnions.Select(u => u.Name));
    }
}
