using EventSchema.Language.Formatting;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Cli.Tests;

/// <summary>The canonical layout of spreads, item rules, nullable items and empty collection defaults.</summary>
public class CollectionSyntaxFormatterTests
{
    [Fact]
    public void Spreads_item_rules_and_collection_defaults_are_laid_out_canonically()
    {
        const string Written = "namespace A;\nrecord B {\n  ...C ;\n  xs : list< @maxLength( 3 )  string ? > = [ ];\n  m: map<string,int> = { } ;\n}\nrecord C { y: int; }\n";

        Assert.True(SchemaFormatter.TryFormat(SyntaxTree.Parse(new SourceText("b.eventschema", Written)), null, out string formatted));

        Assert.Equal(
            "namespace A;\n\nrecord B {\n  ...C;\n  xs: list<@maxLength(3) string?> = [];\n  m: map<string, int> = {};\n}\n\nrecord C {\n  y: int;\n}\n",
            formatted);
    }
}
