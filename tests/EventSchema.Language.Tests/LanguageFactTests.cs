using EventSchema.Language.Binding;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Tests;

/// <summary>The front end's tables of decorators and built-in types, which the binder, exporter and editor all read.</summary>
public class LanguageFactTests
{
    [Fact]
    public void Every_decorator_has_a_description_a_signature_and_a_snippet_that_start_with_its_name()
    {
        Assert.NotEmpty(DecoratorDefinition.All);
        foreach (var decorator in DecoratorDefinition.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(decorator.Description), $"@{decorator.Name} has no description.");
            Assert.EndsWith(".", decorator.Description.TrimEnd());
            Assert.StartsWith("@" + decorator.Name, decorator.Signature, StringComparison.Ordinal);
            Assert.StartsWith(decorator.Name, decorator.Snippet, StringComparison.Ordinal);
            Assert.Same(decorator, DecoratorDefinition.Find(decorator.Name));
        }
    }

    [Fact]
    public void A_decorator_description_speaks_of_the_field_record_or_member_it_decorates_only_where_it_may_be_written()
    {
        // Hover and completion show the description: '@json' once spoke of "the value of the enum member", where the
        // binder refuses it (ES0032).
        var kinds = new (string Words, DecoratorTargets Target)[]
        {
            ("the field", DecoratorTargets.Field), ("the record", DecoratorTargets.Record), ("the event", DecoratorTargets.Event),
            ("the enum member", DecoratorTargets.EnumMember), ("the enum ", DecoratorTargets.Enum), ("the scalar", DecoratorTargets.Scalar),
            ("the union", DecoratorTargets.Union),
        };
        foreach (var decorator in DecoratorDefinition.All)
        {
            foreach (var (words, target) in kinds)
            {
                bool speaksOfIt = decorator.Description.Contains(words, StringComparison.OrdinalIgnoreCase);
                Assert.False(speaksOfIt && (decorator.Targets & target) == 0, $"@{decorator.Name}'s description speaks of '{words.Trim()}', on which it cannot be written: {decorator.Description}");
            }
        }
    }

    [Fact]
    public void Every_decorator_has_a_row_in_the_decorator_table_of_the_language_reference()
    {
        string reference = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "language.md"));
        foreach (var decorator in DecoratorDefinition.All)
        {
            Assert.Matches(new System.Text.RegularExpressions.Regex("\\n\\|[^\\n]*`@" + decorator.Name + "[`(]"), reference);
        }
    }

    [Fact]
    public void Decorators_without_arguments_complete_to_their_bare_name_and_others_to_a_tab_stop()
    {
        foreach (var decorator in DecoratorDefinition.All)
        {
            if (decorator.Arguments == DecoratorArguments.None) Assert.Equal(decorator.Name, decorator.Snippet);
            else Assert.Contains("${1", decorator.Snippet, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_primitive_kind_has_one_built_in_type_and_the_keywords_bind_to_it()
    {
        foreach (var kind in Enum.GetValues<PrimitiveKind>())
        {
            var builtIn = BuiltInType.For(kind);
            Assert.Equal(builtIn.Keyword, PrimitiveType.Get(kind).Keyword);
            Assert.Same(builtIn, BuiltInType.Find(builtIn.Keyword));
            Assert.False(string.IsNullOrWhiteSpace(builtIn.Description));
            Assert.False(string.IsNullOrWhiteSpace(builtIn.WireFormat));
        }
        Assert.Equal(Enum.GetValues<PrimitiveKind>().Length + 3, BuiltInType.All.Count);
        Assert.Equal(["list", "set", "map"], BuiltInType.All.Where(t => t.IsCollection).Select(t => t.Keyword));
    }

    [Fact]
    public void Every_built_in_type_name_binds_as_a_type_and_cannot_be_declared()
    {
        foreach (var builtIn in BuiltInType.All)
        {
            string type = builtIn.Keyword switch { "map" => "map<string, int>", _ => builtIn.IsCollection ? builtIn.Keyword + "<int>" : builtIn.Keyword };
            var used = SchemaCompilation.Create([new Text.SourceText("used.eventschema", $"namespace N;\n\nrecord R {{\n  value: {type};\n}}\n")], TestContext.Current.CancellationToken);
            var declared = SchemaCompilation.Create([new Text.SourceText("declared.eventschema", $"namespace N;\n\nrecord {builtIn.Keyword} {{\n  value: string;\n}}\n")], TestContext.Current.CancellationToken);

            Assert.Empty(used.Diagnostics);
            Assert.Equal(type, ((RecordSymbol)used.Declarations[0]).Fields[0].Type!.DisplayName);
            Assert.NotEmpty(declared.Diagnostics);
        }
    }
}
