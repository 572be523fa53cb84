using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests;

public class SeedSchemaTests
{
    private static SchemaCompilation CompileSeed()
    {
        var sources = Directory.GetFiles(Path.Combine(RepositoryPaths.Schemas, "diplomacy"), "*.eventschema")
            .Select(path => new SourceText(RepositoryPaths.Relative(path), File.ReadAllText(path)));
        return SchemaCompilation.Create(sources, TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Seed_schemas_bind_without_diagnostics()
    {
        var compilation = CompileSeed();
        Assert.Empty(compilation.Diagnostics.Select(d => d.ToString()));
        Assert.True(compilation.Declarations.Count >= 12);
    }

    [Fact]
    public void Scalar_has_its_pattern_and_documentation()
    {
        var scalar = Assert.IsType<ScalarSymbol>(CompileSeed().GetDeclaration("Diplomacy.CountryCode"));
        Assert.Equal(PrimitiveKind.String, scalar.UnderlyingType.Kind);
        Assert.Equal("^[A-Z]{2}$", scalar.Constraints.Pattern);
        Assert.Equal("ISO 3166-1 alpha-2 country code, such as AZ or CN.", scalar.Documentation);
        Assert.Equal("schemas/diplomacy/common.eventschema", scalar.FilePath);
    }

    [Fact]
    public void Record_fields_carry_types_constraints_and_docs()
    {
        var official = Assert.IsType<RecordSymbol>(CompileSeed().GetDeclaration("Diplomacy.Official"));
        Assert.False(official.IsEvent);
        Assert.Null(official.Version);
        Assert.Null(official.EventType);
        Assert.Equal("A person acting in an official capacity.", official.Documentation);
        Assert.Equal(["name", "title", "country"], official.Fields.Select(f => f.Name));

        var name = official.Fields[0];
        Assert.Equal("Full name as published by the source.", name.Documentation);
        Assert.Equal(1, name.Constraints.MinLength);
        Assert.Equal(200, name.Constraints.MaxLength);
        Assert.False(name.IsOptional);
        Assert.Equal(PrimitiveKind.String, Assert.IsType<PrimitiveType>(name.Type).Kind);

        var title = official.Fields[1];
        Assert.True(title.IsOptional);
        Assert.Equal(120, title.Constraints.MaxLength);

        var country = official.Fields[2];
        var countryType = Assert.IsType<NamedType>(country.Type);
        Assert.Equal("Diplomacy.CountryCode", countryType.Declaration.FullName);
        // The scalar's rules stay on the scalar.
        Assert.True(country.Constraints.IsEmpty);
    }

    [Fact]
    public void Event_gets_version_type_and_summary()
    {
        var credentials = Assert.IsType<RecordSymbol>(CompileSeed().GetDeclaration("Diplomacy.CredentialsPresented"));
        Assert.True(credentials.IsEvent);
        Assert.Equal(DeclarationKind.Event, credentials.Kind);
        Assert.Equal(3, credentials.Version);
        Assert.Equal("diplomacy.credentials-presented.v3", credentials.EventType);
        var summary = Assert.IsType<SummaryTemplate>(credentials.Summary);
        Assert.Equal("{ambassador.name} presented credentials to {receivedBy.name}", summary.Text);
        Assert.Collection(summary.Segments,
            s => Assert.Equal(["ambassador", "name"], Assert.IsType<SummaryHole>(s).Path.Select(f => f.Name)),
            s => Assert.Equal(" presented credentials to ", Assert.IsType<SummaryText>(s).Text),
            s => Assert.Equal("receivedBy.name", Assert.IsType<SummaryHole>(s).PathText));

        var sources = credentials.Fields.Single(f => f.Name == "sources");
        Assert.Equal(1, sources.Constraints.MinItems);
        var list = Assert.IsType<ListType>(sources.Type);
        Assert.Equal("Diplomacy.Attribution", list.ElementType.DisplayName);
    }

    [Fact]
    public void Defaults_are_decoded()
    {
        var compilation = CompileSeed();
        var greetings = Assert.IsType<RecordSymbol>(compilation.GetDeclaration("Diplomacy.GreetingsConveyed"));
        var reciprocated = greetings.Fields.Single(f => f.Name == "reciprocated");
        Assert.Equal(new LiteralValue(LiteralKind.Bool, "false", false, reciprocated.Default!.Span), reciprocated.Default);

        var legacy = Assert.IsType<RecordSymbol>(compilation.GetDeclaration("Diplomacy.LegacyAcknowledged"));
        var honorific = legacy.Fields.Single(f => f.Name == "honorific");
        Assert.Equal(LiteralKind.String, honorific.Default!.Kind);
        Assert.Equal("National Leader", honorific.Default.Value);
    }

    [Fact]
    public void Enum_members_keep_json_values_and_docs()
    {
        var principle = Assert.IsType<EnumSymbol>(CompileSeed().GetDeclaration("Diplomacy.SupportedPrinciple"));
        Assert.Equal(["one-china", "territorial-integrity", "sovereignty", "initiative"], principle.Members.Select(m => m.JsonValue));
        Assert.Equal("The position that there is one China.", principle.Members[0].Documentation);
        Assert.Null(principle.Members[1].Documentation);
    }

    [Fact]
    public void Explicit_type_json_name_and_using_resolve()
    {
        var compilation = CompileSeed();
        var affirmed = Assert.IsType<RecordSymbol>(compilation.GetDeclaration("Diplomacy.IntegritySupportAffirmed"));
        Assert.Equal("diplomacy.integrity-support-affirmed.v1", affirmed.EventType);
        Assert.True(affirmed.Fields.Single(f => f.Name == "principles").Constraints.UniqueItems);

        var regards = Assert.IsType<RecordSymbol>(compilation.GetDeclaration("Diplomacy.RegardsConveyed"));
        Assert.Equal("thankedForGreetings", regards.Fields.Single(f => f.Name == "expressedGratitude").JsonName);

        var report = Assert.IsType<RecordSymbol>(compilation.GetDeclaration("Diplomacy.News.ReportPublished"));
        Assert.Equal("diplomacy.news.report-published.v2", report.EventType);
        Assert.Equal("Diplomacy.CountryCode", report.Fields.Single(f => f.Name == "country").Type.DisplayName);
        Assert.Equal("Diplomacy.Attribution", report.Fields.Single(f => f.Name == "source").Type.DisplayName);
    }
}
