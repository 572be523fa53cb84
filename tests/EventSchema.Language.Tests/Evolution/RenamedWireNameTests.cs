using EventSchema.Language.Diagnostics;
using EventSchema.Language.Evolution;
using EventSchema.Language.Export;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests.Evolution;

/// <summary>
/// Fields with both <c>@json</c> and <c>@renamedFrom</c>: the wire name is what readers see, so the lock comparison
/// pairs published fields with the schema's by wire name, and every check (a build, <c>eventschema check --against</c>,
/// <c>eventschema lock</c>) gives one verdict: a C#-only rename with the wire name pinned is no change, a changed wire
/// name is reported once, at the decorator that changed it, with the fix.
/// </summary>
public class RenamedWireNameTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static SchemaLock Locked(string schema, JsonNaming naming = JsonNaming.AsWritten, SchemaLock? previous = null)
        => SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, SchemaLock.FromCompilation(RuleTableTests.Compile(schema), previous, naming, Token).Write())).Lock!;

    private static IReadOnlyList<Diagnostic> Check(string schema, SchemaLock locked, CompatibilityMode mode, JsonNaming naming = JsonNaming.AsWritten)
        => CompatibilityChecker.Check(RuleTableTests.Compile(schema), locked, mode, naming, Token);

    private static IReadOnlyList<Diagnostic> PublishedEdits(string schema, SchemaLock locked, JsonNaming naming = JsonNaming.AsWritten)
        => CompatibilityChecker.CheckPublishedVersions(RuleTableTests.Compile(schema), locked, naming, Token);

    [Theory]
    [InlineData("@version(2)\nevent E { @renamedFrom(2, \"when\") @json(\"when\") occurredOn: date; }")] // documented
    [InlineData("event E { @json(\"when\") occurredOn: date; }")] // the same without a version: only C# sees the name
    public void A_csharp_rename_that_pins_the_published_wire_name_is_no_change_in_any_mode(string renamed)
    {
        var locked = Locked("namespace D;\nevent E { when: date; }");
        string schema = "namespace D;\n" + renamed;

        foreach (var mode in Enum.GetValues<CompatibilityMode>()) Assert.Empty(Check(schema, locked, mode));
        Assert.Empty(PublishedEdits(schema, locked));
        // Locked so, the pinned name is still the one the versions were published with.
        var relocked = Locked(schema, previous: locked);
        foreach (var mode in Enum.GetValues<CompatibilityMode>()) Assert.Empty(Check(schema, relocked, mode));
    }

    [Fact]
    public void A_field_with_json_renamed_on_the_wire_by_renamedFrom_is_a_forward_break_only()
    {
        // Version 1 fixed the wire name "when"; version 2 drops the @json, so '@renamedFrom' says what version 1 wrote.
        var locked = Locked("namespace D;\nevent E { @json(\"when\") occurredOn: date; }");
        const string Schema = "namespace D;\n@version(2)\nevent E { @renamedFrom(2, \"when\") occurredOn: date; }";

        Assert.Empty(Check(Schema, locked, CompatibilityMode.BackwardTransitive));
        Assert.Empty(PublishedEdits(Schema, locked));
        var renamed = Assert.Single(Check(Schema, locked, CompatibilityMode.Full));
        Assert.Equal("ES0735", renamed.Code);
        Assert.Equal(new LinePosition(3, 11), renamed.Start); // the @renamedFrom
        Assert.Contains("writes the field \"when\" as \"occurredOn\", and readers of version 1 look for \"when\"", renamed.Message, StringComparison.Ordinal);
        Assert.EndsWith("To fix it, keep the wire name with '@json(\"when\")'.", renamed.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("event E { when: date; }", "writes the field 'when' as \"when\" in the lock file")]
    [InlineData("event E { @json(\"when\") occurredOn: date; }", "fixes the wire name of 'occurredOn' as \"when\" in the lock file")]
    public void A_json_name_other_than_the_published_one_is_one_edit_at_the_json_with_both_ways_out(string published, string quoted)
    {
        var locked = Locked("namespace D;\n" + published);
        const string Schema = "namespace D;\n@version(2)\nevent E { @renamedFrom(2, \"when\") @json(\"occurred\") occurredOn: date; }";

        var edit = Assert.Single(Check(Schema, locked, CompatibilityMode.BackwardTransitive));
        Assert.Equal("ES0730", edit.Code);
        Assert.Equal(new LinePosition(3, 35), edit.Start); // the @json
        Assert.Contains(quoted, edit.Message, StringComparison.Ordinal);
        Assert.Contains("but '@json(\"occurred\")' names 'occurredOn' \"occurred\" on the wire in every version, those before its '@renamedFrom' too", edit.Message, StringComparison.Ordinal);
        Assert.Contains("write '@json(\"when\")' to keep the published wire name in every version, or remove the '@json' to rename the field on the wire from its '@renamedFrom' on", edit.Message, StringComparison.Ordinal);
        Assert.Equal([edit.Message], PublishedEdits(Schema, locked).Select(d => d.Message));
        // Under a forward mode the new version's wire name is a break of its own, with the same way to keep it.
        var forward = Check(Schema, locked, CompatibilityMode.Full);
        Assert.Equal(["ES0730", "ES0735"], forward.Select(d => d.Code).Order(StringComparer.Ordinal));
        Assert.Contains("keep the wire name with '@json(\"when\")'", forward.Single(d => d.Code == "ES0735").Message, StringComparison.Ordinal);

        // Either way out is clean where its verdict says so.
        string kept = Schema.Replace("@json(\"occurred\")", "@json(\"when\")", StringComparison.Ordinal);
        foreach (var mode in Enum.GetValues<CompatibilityMode>()) Assert.Empty(Check(kept, locked, mode));
        string renamedOnTheWire = Schema.Replace("@json(\"occurred\") ", "", StringComparison.Ordinal);
        Assert.Empty(Check(renamedOnTheWire, locked, CompatibilityMode.BackwardTransitive));
        Assert.Equal("ES0735", Assert.Single(Check(renamedOnTheWire, locked, CompatibilityMode.Forward)).Code);
    }

    [Fact]
    public void Pinning_a_name_the_published_naming_converted_keeps_it_and_a_rename_can_keep_it_too()
    {
        // Published under SnakeCase: "received_by" on the wire.
        var locked = Locked("namespace D;\nevent E { receivedBy: string; }", JsonNaming.SnakeCase);

        const string Pinned = "namespace D;\nevent E { @json(\"received_by\") receivedBy: string; }";
        const string Renamed = "namespace D;\n@version(2)\nevent E { @renamedFrom(2, \"receivedBy\") @json(\"received_by\") acceptedBy: string; }";
        foreach (var mode in Enum.GetValues<CompatibilityMode>())
        {
            Assert.Empty(Check(Pinned, locked, mode, JsonNaming.SnakeCase));
            Assert.Empty(Check(Pinned, locked, mode, JsonNaming.CamelCase));
            Assert.Empty(Check(Renamed, locked, mode, JsonNaming.SnakeCase));
        }

        // Pinned to its name instead, the field leaves the published wire name: the message gives the name to pin.
        const string Wrong = "namespace D;\n@version(2)\nevent E { @renamedFrom(2, \"receivedBy\") @json(\"receivedBy\") acceptedBy: string; }";
        var edit = Assert.Single(Check(Wrong, locked, CompatibilityMode.BackwardTransitive, JsonNaming.SnakeCase));
        Assert.Equal("ES0730", edit.Code);
        Assert.Contains("writes the field 'receivedBy' as \"received_by\" (its name under the JSON naming SnakeCase) in the lock file", edit.Message, StringComparison.Ordinal);
        Assert.Contains("write '@json(\"received_by\")' to keep the published wire name in every version", edit.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(JsonNaming.SnakeCase, JsonNaming.CamelCase, "received_by")]
    [InlineData(JsonNaming.AsWritten, JsonNaming.SnakeCase, "receivedBy")]
    public void A_lock_rewritten_under_a_new_naming_keeps_the_published_wire_names(JsonNaming published, JsonNaming naming, string wireName)
    {
        const string Schema = "namespace D;\nevent E {\n  receivedBy: string;\n  id: string;\n}\n";
        var locked = Locked(Schema, published);
        var renamed = Assert.Single(Check(Schema, locked, CompatibilityMode.BackwardTransitive, naming));
        Assert.Equal("ES0763", renamed.Code);
        string pinned = FixApplier.ApplyFirstFixes(Schema, [renamed], out _);
        Assert.Contains($"@json(\"{wireName}\") receivedBy", pinned, StringComparison.Ordinal);
        Assert.Empty(PublishedEdits(pinned, locked, naming));

        // The lock now records the new naming, and what version 1 wrote under the old one.
        var relocked = Locked(pinned, naming, locked);
        Assert.Equal(naming, relocked.JsonNaming);
        Assert.Equal(wireName, JsonNames.WireName(relocked.Find("D.E")!.Latest.FindFieldByJsonName(wireName)!, naming));
        foreach (var mode in Enum.GetValues<CompatibilityMode>()) Assert.Empty(Check(pinned, relocked, mode, naming));
        Assert.Empty(PublishedEdits(pinned, relocked, naming));
        // Taking the @json away again is what it is: the published wire name changes.
        Assert.Equal("ES0730", Assert.Single(Check(Schema, relocked, CompatibilityMode.None, naming)).Code);
    }

    [Fact]
    public void A_new_naming_offers_json_for_a_field_renamed_since_its_published_versions_but_not_across_them()
    {
        const string V1 = "namespace D;\nevent E { receivedBy: string; }";
        const string V2 = "namespace D;\n@version(2)\nevent E { @renamedFrom(2, \"receivedBy\") acceptedBy: string; }";

        // Renamed after the locked version: one published name, which '@json' keeps in every version.
        var renamedSince = Assert.Single(Check(V2, Locked(V1), CompatibilityMode.Backward, JsonNaming.SnakeCase));
        Assert.Equal("ES0763", renamedSince.Code);
        Assert.Contains("('@json(\"receivedBy\") acceptedBy')", renamedSince.Message, StringComparison.Ordinal);
        string pinned = FixApplier.ApplyFirstFixes(V2, [renamedSince], out _);
        Assert.Contains("@renamedFrom(2, \"receivedBy\") @json(\"receivedBy\") acceptedBy", pinned, StringComparison.Ordinal);
        foreach (var mode in Enum.GetValues<CompatibilityMode>()) Assert.Empty(Check(pinned, Locked(V1), mode, JsonNaming.SnakeCase));

        // Both names published: no one '@json' keeps them both, so only the naming is offered.
        var renamedBetween = Assert.Single(Check(V2, Locked(V2, previous: Locked(V1)), CompatibilityMode.Backward, JsonNaming.SnakeCase));
        Assert.Contains("back to AsWritten; to change the names on purpose", renamedBetween.Message, StringComparison.Ordinal);
        Assert.Empty(renamedBetween.Fixes);
    }
}
