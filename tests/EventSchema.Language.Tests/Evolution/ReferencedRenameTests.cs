using EventSchema.Language.Evolution;
using EventSchema.Language.References;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests.Evolution;

/// <summary>
/// A service's lock names the contracts library's types but never records their shapes, so a rename in the library is
/// an edit of the service's published versions; the error says so, with the way out, instead of only asking for a
/// new version.
/// </summary>
public class ReferencedRenameTests
{
    private const string Service = "namespace Embassy;\n\nusing Contracts;\n\nevent EnvoyMet { who: Official; }\n";

    private static SchemaCompilation Compile(string service, string library)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var contracts = SchemaCompilation.Create([new SourceText("contracts.eventschema", library)], cancellationToken);
        Assert.Empty(contracts.Diagnostics);
        var references = ReferencedSchemas.Bind([ReferencedSchemaTests.Describe(contracts, "Contracts")], cancellationToken);
        var compilation = SchemaCompilation.Create([new SourceText("service.eventschema", service)], references, cancellationToken);
        Assert.Empty(compilation.Diagnostics);
        return compilation;
    }

    private static SchemaLock LockOf(SchemaCompilation compilation)
        => SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, SchemaLock.FromCompilation(compilation, cancellationToken: TestContext.Current.CancellationToken).Write())).Lock!;

    [Fact]
    public void A_library_type_renamed_with_its_shape_is_reported_with_the_rewrite_of_the_lock_as_the_fix()
    {
        var before = Compile(Service, "namespace Contracts;\nrecord Official { name: string; }\n");
        var after = Compile(Service.Replace("who: Official", "who: Envoy", StringComparison.Ordinal), "namespace Contracts;\nrecord Envoy { name: string; }\n");

        var diagnostic = Assert.Single(CompatibilityChecker.Check(after, LockOf(before), CompatibilityMode.Backward, TestContext.Current.CancellationToken));

        Assert.Equal("ES0730", diagnostic.Code);
        Assert.Equal(new LinePosition(5, 23), diagnostic.Start); // the field's type, one-based
        Assert.Contains("'Contracts.Official' is declared nowhere any more, and the new type comes from a referenced assembly", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'eventschema lock --force --reference path/to/Library.dll'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_moved_to_another_library_type_that_still_exists_gets_the_plain_advice()
    {
        const string Library = "namespace Contracts;\nrecord Official { name: string; }\nrecord Envoy { name: string; title: string; }\n";
        var before = Compile(Service, Library);
        var after = Compile(Service.Replace("who: Official", "who: Envoy", StringComparison.Ordinal), Library);

        var diagnostic = Assert.Single(CompatibilityChecker.Check(after, LockOf(before), CompatibilityMode.Backward, TestContext.Current.CancellationToken));

        Assert.Equal("ES0730", diagnostic.Code);
        Assert.DoesNotContain("declared nowhere", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("The history decorator of a type change is '@typeChangedFrom'.", diagnostic.Message, StringComparison.Ordinal);
    }
}
