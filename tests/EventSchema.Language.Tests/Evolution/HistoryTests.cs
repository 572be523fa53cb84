using EventSchema.Language.Evolution;
using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests.Evolution;

public class HistoryTests
{
    internal static SchemaCompilation Compile(string text)
        => SchemaCompilation.Create([new SourceText("history.eventschema", text)], TestContext.Current.CancellationToken);

    private const string Credentials = """
        namespace Diplomacy;

        record Official { name: string; }

        @version(3)
        event CredentialsPresented {
          ambassador: Official;
          @renamedFrom(3, "date") occurredOn: date;
          @maxLength(200) place?: string;
          @added(2) greetingsFrom?: Official;
          @removed(3) language?: string;
          @typeChangedFrom(3, int) attendance: long = 0;
          @madeRequired(2) @json("src") source: string;
        }

        @version(2)
        enum Channel { Press, @added(2) Radio, @removed(2) Telegraph }
        """;

    [Fact]
    public void The_conversion_example_of_evolution_md_is_a_schema_without_errors()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "evolution.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var example = docs.Split("```").Single(block => block.Contains("@added(2) greetingsFrom: string;", StringComparison.Ordinal));
        var compilation = Compile("namespace Diplomacy;\nrecord Official { name: string; }\n" + example);
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(3, compilation.GetDeclaration("Diplomacy.CredentialsPresented")!.History.CurrentVersion);
    }

    [Fact]
    public void A_change_on_a_declaration_without_a_version_asks_for_the_version_the_change_names()
    {
        var compilation = Compile("namespace D;\nevent E {\n  @added(2) a?: string;\n  @typeChangedFrom(3, string) b: int;\n}\n");
        Assert.Equal(
            [
                "@added(2) describes a change, but 'E' has only version 1; give it '@version(2)' (or higher) for the version that has the change.",
                "@typeChangedFrom(3) describes a change, but 'E' has only version 1; give it '@version(3)' (or higher) for the version that has the change.",
            ],
            compilation.Diagnostics.Where(d => d.Code == "ES0700").Select(d => d.Message));
    }

    [Fact]
    public void Each_version_has_the_fields_names_types_and_optionality_of_its_time()
    {
        var compilation = Compile(Credentials);
        Assert.Empty(compilation.Diagnostics);
        var history = compilation.GetDeclaration("Diplomacy.CredentialsPresented")!.History;
        Assert.Equal(3, history.CurrentVersion);

        var v1 = history.ShapeAt(1);
        Assert.Equal(["ambassador: Diplomacy.Official", "date: date", "place?: string", "language?: string", "attendance: int = 0", "source?: string"], v1.Fields.Select(f => f.ToString()));
        Assert.Equal("diplomacy.credentials-presented.v1", v1.EventType);
        Assert.Equal("source", v1.FindFieldByJsonName("src")!.Name);
        Assert.Equal(200, v1.Fields[2].Constraints.MaxLength);

        var v2 = history.ShapeAt(2);
        Assert.Equal(["ambassador", "date", "place", "greetingsFrom", "language", "attendance", "source"], v2.Fields.Select(f => f.Name));
        Assert.False(v2.Fields[6].IsOptional);

        var v3 = history.ShapeAt(3);
        Assert.Equal(["ambassador", "occurredOn", "place", "greetingsFrom", "attendance", "src"], v3.Fields.Select(f => f.JsonName));
        Assert.Equal("long", v3.Fields[4].Type.ToString());
        Assert.Equal("diplomacy.credentials-presented.v3", v3.EventType);
        // The same field symbol at every version, so a renamed field is matched across versions.
        Assert.Same(v1.Fields[1].Symbol, v3.Fields[1].Symbol);
        Assert.Throws<ArgumentOutOfRangeException>(() => history.ShapeAt(4));
    }

    [Fact]
    public void Removed_fields_and_members_are_history_only()
    {
        var compilation = Compile(Credentials);
        var record = (RecordSymbol)compilation.GetDeclaration("Diplomacy.CredentialsPresented")!;
        Assert.DoesNotContain(record.Fields, f => f.Name == "language");
        Assert.Equal("language", Assert.Single(record.RemovedFields).Name);
        Assert.Equal(3, record.RemovedFields[0].History.RemovedIn);

        var channel = (EnumSymbol)compilation.GetDeclaration("Diplomacy.Channel")!;
        Assert.Equal(["Press", "Radio"], channel.Members.Select(m => m.Name));
        Assert.Equal(["Press", "Telegraph"], channel.History.ShapeAt(1).Members.Select(m => m.Name));
        Assert.Equal(["Press", "Radio"], channel.History.ShapeAt(2).Members.Select(m => m.Name));
    }

    [Fact]
    public void Records_enums_and_scalars_take_a_version_and_a_compatibility_mode()
    {
        var compilation = Compile("""
            namespace D;
            @version(2) @compatibility("full") record R { @added(2) x?: string; }
            @compatibility("none") scalar S : string;
            @version(4) enum E { A }
            """);
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(2, compilation.GetDeclaration("D.R")!.History.CurrentVersion);
        Assert.Equal(CompatibilityMode.Full, compilation.GetDeclaration("D.R")!.History.Compatibility);
        Assert.Equal(CompatibilityMode.None, compilation.GetDeclaration("D.S")!.History.Compatibility);
        Assert.Equal(4, compilation.GetDeclaration("D.E")!.History.CurrentVersion);
        Assert.Empty(compilation.GetDeclaration("D.R")!.History.ShapeAt(1).Fields);
        Assert.Null(((RecordSymbol)compilation.GetDeclaration("D.R")!).Version);
    }

    [Fact]
    public void A_declared_event_type_names_older_versions_by_its_suffix()
    {
        var compilation = Compile("""
            namespace D;
            @version(2) @type("press.release.v2") event E { @added(2) x?: string; }
            """);
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal("press.release.v1", compilation.GetDeclaration("D.E")!.History.ShapeAt(1).EventType);
    }

    [Fact]
    public void Qualified_and_collection_former_types_resolve()
    {
        var compilation = Compile("""
            namespace D;
            record Old { a: string; }
            @version(3) record R { @typeChangedFrom(2, "list<Old>") @typeChangedFrom(3, "set<D.Old>") x: list<Old>; }
            """);
        Assert.Empty(compilation.Diagnostics);
        var history = compilation.GetDeclaration("D.R")!.History;
        Assert.Equal("list<D.Old>", history.ShapeAt(1).Fields[0].Type.ToString());
        Assert.Equal("set<D.Old>", history.ShapeAt(2).Fields[0].Type.ToString());
    }

    [Theory]
    [InlineData("strng", "Unknown type 'strng'; did you mean 'string'?")]
    [InlineData("\"list<Ofical>\"", "Unknown type 'Ofical' in 'list<Ofical>'; did you mean 'list<Official>'?")]
    [InlineData("\"map<Ofical, strng>\"", "Unknown types 'Ofical' and 'strng' in 'map<Ofical, strng>'; did you mean 'map<Official, string>'?")]
    [InlineData("Zqxwv", "Unknown type 'Zqxwv': it is not a built-in type or a type declared or imported here; correct the name, or write the former type as a built-in type, a declared name, or a string such as \"list<int>\".")]
    public void An_unknown_former_type_is_named_once_with_the_closest_type_as_ES0020_names_it(string former, string message)
    {
        var compilation = Compile($$"""
            namespace D;
            record Official { name: string; }
            @version(2) record R { @typeChangedFrom(2, {{former}}) x: int; }
            """);

        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0708", diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void A_former_type_declared_in_another_namespace_is_suggested_qualified_in_a_string()
    {
        var compilation = SchemaCompilation.Create(
        [
            new SourceText("seats.eventschema", "namespace Venue;\nrecord Seat { row: int; }\n"),
            new SourceText("history.eventschema", "namespace D;\n@version(2) record R { @typeChangedFrom(2, Seat) x: int; }\n"),
        ], TestContext.Current.CancellationToken);

        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("Unknown type 'Seat'; did you mean 'Venue.Seat'?", diagnostic.Message);
        Assert.Equal("\"Venue.Seat\"", Assert.Single(diagnostic.Fixes).Replacement);
    }

    [Fact]
    public void The_exported_json_schema_describes_the_current_shape_only()
    {
        var compilation = Compile(Credentials);
        string schema = Language.Export.JsonSchemaExporter.Export(compilation.GetDeclaration("Diplomacy.CredentialsPresented")!);
        Assert.DoesNotContain("\"language\"", schema, StringComparison.Ordinal);
        Assert.DoesNotContain("\"date\":", schema, StringComparison.Ordinal);
        Assert.Contains("\"occurredOn\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"greetingsFrom\"", schema, StringComparison.Ordinal);
        string channel = Language.Export.JsonSchemaExporter.Export(compilation.GetDeclaration("Diplomacy.Channel")!);
        Assert.DoesNotContain("Telegraph", channel, StringComparison.Ordinal);
    }

    [Fact]
    public void History_decorators_are_checked_against_each_other()
    {
        var compilation = Compile("""
            namespace D;
            @version(3)
            event E {
              @madeOptional(2) @madeRequired(3) a: string;
              @madeOptional(2) @madeOptional(3) b?: string;
              @typeChangedFrom(2, int) @typeChangedFrom(3, int) c: long;
            }
            """);
        Assert.Equal(["ES0707", "ES0705"], compilation.Diagnostics.Select(d => d.Code));
        Assert.Equal(new LinePosition(5, 3), compilation.Diagnostics[0].Start);
        Assert.Equal(new LinePosition(6, 3), compilation.Diagnostics[1].Start);
    }
}
