using EventSchema.Language.Diagnostics;
using EventSchema.Language.Evolution;
using EventSchema.Language.Export;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests.Evolution;

/// <summary>
/// The lock file records the JSON naming (EventSchemaJsonNaming) its versions were published with, and a project whose
/// naming renames published wire names gets JSON_NAMING_CHANGED (ES0763) at each declaration it renames. Lock files of
/// formats 1 to 3 recorded no naming: they are still read, and no naming is compared with them.
/// </summary>
public class JsonNamingLockTests
{
    private const string Schema = """
        namespace D;

        record Official { name: string; }

        event Received {
          receivedBy: string;
          sentAt: datetime;
          @json("where") placeName: string;
          id: string;
          officialName: string;
          countryCode: string;
        }

        @compatibility("none")
        event Noted { noteText: string; }
        """;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static SchemaLock Locked(JsonNaming naming, string schema = Schema)
        => SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, SchemaLock.FromCompilation(RuleTableTests.Compile(schema), null, naming, Token).Write())).Lock!;

    [Fact]
    public void The_lock_records_the_naming_it_is_written_with_and_reads_it_back()
    {
        string text = SchemaLock.FromCompilation(RuleTableTests.Compile(Schema), null, JsonNaming.SnakeCase, Token).Write();

        Assert.EndsWith("  \"formatVersion\": 4,\n  \"jsonNaming\": \"SnakeCase\"\n}\n", text, StringComparison.Ordinal);
        var read = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, text));
        Assert.Empty(read.Diagnostics);
        Assert.Equal(JsonNaming.SnakeCase, read.Lock!.JsonNaming);
        Assert.Equal(text, read.Lock.Write());
        // Without a naming, a lock is written for the build's default.
        Assert.Contains("\"jsonNaming\": \"AsWritten\"", SchemaLock.FromCompilation(RuleTableTests.Compile(Schema), cancellationToken: Token).Write(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"declarations\": {}, \"formatVersion\": 4, \"jsonNaming\": \"snake_case\"}", 1, 56, "'jsonNaming' is \"snake_case\"")]
    [InlineData("{\"declarations\": {}, \"formatVersion\": 4, \"jsonNaming\": 2}", 1, 56, "'jsonNaming' must be a string")]
    [InlineData("{\"declarations\": {}, \"formatVersion\": 4}", 1, 1, "has no \"jsonNaming\"")]
    [InlineData("{\"declarations\": {}, \"formatVersion\": 3, \"jsonNaming\": \"AsWritten\"}", 1, 56, "Format 3 does not record 'jsonNaming'")]
    public void A_missing_or_unknown_naming_is_an_error_at_its_value(string text, int line, int column, string message)
    {
        var read = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, text));

        Assert.Null(read.Lock);
        var error = Assert.Single(read.Diagnostics);
        Assert.Equal("ES0721", error.Code);
        Assert.Equal(new LinePosition(line, column), error.Start);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_naming_is_reported_at_each_declaration_it_renames_with_the_first_names_it_changes()
    {
        var diagnostics = CompatibilityChecker.Check(RuleTableTests.Compile(Schema), Locked(JsonNaming.AsWritten), CompatibilityMode.BackwardTransitive, JsonNaming.SnakeCase, Token);

        // 'Official' has one-word names only; 'Noted' allows any change with its own mode 'none'.
        var error = Assert.Single(diagnostics);
        Assert.Equal("ES0763", error.Code);
        Assert.Equal("a.eventschema", error.FilePath);
        Assert.Equal(new LinePosition(5, 7), error.Start); // the event's name
        Assert.StartsWith("JSON_NAMING_CHANGED: The lock file records the published versions of 'D.Received' under the JSON naming AsWritten (eventschema.lock.json(", error.Message, StringComparison.Ordinal);
        Assert.Contains("but the project's naming is now SnakeCase, which renames fields on the wire: \"countryCode\" becomes \"country_code\", \"officialName\" becomes \"official_name\", \"receivedBy\" becomes \"received_by\" and 1 more;", error.Message, StringComparison.Ordinal);
        Assert.Contains("mode 'backward-transitive' of the project", error.Message, StringComparison.Ordinal);
        Assert.Contains("set EventSchemaJsonNaming (eventschema's --naming) back to AsWritten", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\"where\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_offers_a_json_name_and_a_single_renamed_field_gets_a_fix_that_writes_it()
    {
        const string One = "namespace D;\nevent E {\n  receivedBy: string;\n  id: string;\n}\n";
        var error = Assert.Single(CompatibilityChecker.Check(RuleTableTests.Compile(One), Locked(JsonNaming.AsWritten, One), CompatibilityMode.Backward, JsonNaming.SnakeCase, Token));

        Assert.Contains("back to AsWritten, or give each renamed field its published name with '@json' ('@json(\"receivedBy\") receivedBy');", error.Message, StringComparison.Ordinal);
        var fix = Assert.Single(error.Fixes);
        Assert.Equal("Keep the published name with '@json(\"receivedBy\")'", fix.Title);
        string fixedSchema = FixApplier.ApplyFirstFixes(One, [error], out int applied);
        Assert.Equal(1, applied);
        Assert.Contains("  @json(\"receivedBy\") receivedBy: string;", fixedSchema, StringComparison.Ordinal);
        Assert.Empty(CompatibilityChecker.Check(RuleTableTests.Compile(fixedSchema), Locked(JsonNaming.AsWritten, One), CompatibilityMode.Backward, JsonNaming.SnakeCase, Token));
        // Several renamed fields: pinning one of them would fix nothing, so the message only says how.
        Assert.Empty(Assert.Single(CompatibilityChecker.Check(RuleTableTests.Compile(Schema), Locked(JsonNaming.AsWritten), CompatibilityMode.Backward, JsonNaming.SnakeCase, Token)).Fixes);
        // Published under a naming that converted the name: the field is pinned by the wire name it was published with.
        var converted = Assert.Single(CompatibilityChecker.Check(RuleTableTests.Compile(One), Locked(JsonNaming.SnakeCase, One), CompatibilityMode.Backward, JsonNaming.CamelCase, Token));
        Assert.Contains("back to SnakeCase, or give each renamed field its published name with '@json' ('@json(\"received_by\") receivedBy');", converted.Message, StringComparison.Ordinal);
        string pinnedConverted = FixApplier.ApplyFirstFixes(One, [converted], out _);
        Assert.Contains("  @json(\"received_by\") receivedBy: string;", pinnedConverted, StringComparison.Ordinal);
        Assert.Empty(CompatibilityChecker.Check(RuleTableTests.Compile(pinnedConverted), Locked(JsonNaming.SnakeCase, One), CompatibilityMode.FullTransitive, JsonNaming.CamelCase, Token));
        Assert.Empty(CompatibilityChecker.CheckPublishedVersions(RuleTableTests.Compile(pinnedConverted), Locked(JsonNaming.SnakeCase, One), JsonNaming.CamelCase, Token));
    }

    [Fact]
    public void A_json_name_equal_to_the_field_name_keeps_the_published_wire_name_under_a_new_naming()
    {
        string pinned = Schema
            .Replace("  receivedBy: string;", "  @json(\"receivedBy\") receivedBy: string;", StringComparison.Ordinal)
            .Replace("  sentAt: datetime;", "  @json(\"sentAt\") sentAt: datetime;", StringComparison.Ordinal);

        var error = Assert.Single(CompatibilityChecker.Check(RuleTableTests.Compile(pinned), Locked(JsonNaming.AsWritten), CompatibilityMode.BackwardTransitive, JsonNaming.SnakeCase, Token));
        Assert.Contains("renames fields on the wire: \"countryCode\" becomes \"country_code\", \"officialName\" becomes \"official_name\";", error.Message, StringComparison.Ordinal);

        string allPinned = pinned
            .Replace("  officialName: string;", "  @json(\"officialName\") officialName: string;", StringComparison.Ordinal)
            .Replace("  countryCode: string;", "  @json(\"countryCode\") countryCode: string;", StringComparison.Ordinal)
            .Replace("{ noteText: string; }", "{ @json(\"noteText\") noteText: string; }", StringComparison.Ordinal);
        Assert.Empty(CompatibilityChecker.Check(RuleTableTests.Compile(allPinned), Locked(JsonNaming.AsWritten), CompatibilityMode.BackwardTransitive, JsonNaming.SnakeCase, Token));
        Assert.Empty(CompatibilityChecker.CheckPublishedVersions(RuleTableTests.Compile(allPinned), Locked(JsonNaming.AsWritten), JsonNaming.SnakeCase, Token));
    }

    [Fact]
    public void Adding_a_json_name_equal_to_the_field_name_that_keeps_the_wire_name_is_no_break_and_the_lock_records_it()
    {
        string pinned = Schema.Replace("  receivedBy: string;", "  @json(\"receivedBy\") receivedBy: string;", StringComparison.Ordinal);
        var compilation = RuleTableTests.Compile(pinned);

        foreach (var mode in Enum.GetValues<CompatibilityMode>())
        {
            Assert.Empty(CompatibilityChecker.Check(compilation, Locked(JsonNaming.AsWritten), mode, JsonNaming.AsWritten, Token));
            Assert.Empty(CompatibilityChecker.Check(compilation, Locked(JsonNaming.AsWritten), mode, Token));
        }
        Assert.Empty(CompatibilityChecker.CheckPublishedVersions(compilation, Locked(JsonNaming.AsWritten), JsonNaming.AsWritten, Token));

        // The lock says that the key is the wire name whatever the naming, and reads that back.
        var relocked = Locked(JsonNaming.AsWritten, pinned);
        string text = relocked.Write();
        Assert.Contains("\"receivedBy\": {\n              \"fixedJsonName\": true,\n              \"name\": \"receivedBy\",", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"where\": {\n              \"fixedJsonName\"", text, StringComparison.Ordinal); // a key other than the name is fixed already
        Assert.Empty(SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, text)).Diagnostics);
        // Published so, a new naming keeps its wire name.
        Assert.DoesNotContain("receivedBy", Assert.Single(CompatibilityChecker.Check(compilation, relocked, CompatibilityMode.Backward, JsonNaming.KebabCase, Token)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_or_removing_a_json_name_equal_to_the_field_name_that_changes_the_wire_name_edits_the_published_version()
    {
        string pinned = Schema.Replace("  receivedBy: string;", "  @json(\"receivedBy\") receivedBy: string;", StringComparison.Ordinal);

        var added = Assert.Single(CompatibilityChecker.Check(RuleTableTests.Compile(pinned), Locked(JsonNaming.SnakeCase), CompatibilityMode.None, JsonNaming.SnakeCase, Token));
        Assert.Equal("ES0730", added.Code);
        Assert.Equal(new LinePosition(6, 3), added.Start); // the @json decorator
        Assert.Contains("Version 1 of 'D.Received' writes the field 'receivedBy' as \"received_by\" (its name under the JSON naming SnakeCase) in the lock file (", added.Message, StringComparison.Ordinal);
        Assert.Contains("but '@json(\"receivedBy\")' now fixes it as \"receivedBy\"; remove the '@json' to keep the published wire name.", added.Message, StringComparison.Ordinal);

        var removed = Assert.Single(CompatibilityChecker.Check(RuleTableTests.Compile(Schema), Locked(JsonNaming.SnakeCase, pinned), CompatibilityMode.None, JsonNaming.SnakeCase, Token));
        Assert.Equal("ES0730", removed.Code);
        Assert.Equal(new LinePosition(6, 3), removed.Start); // the field's name
        Assert.Contains("fixes the wire name of 'receivedBy' as \"receivedBy\" in the lock file (", removed.Message, StringComparison.Ordinal);
        Assert.Contains("but without '@json' the field is now written as \"received_by\" at that version (its name under the JSON naming SnakeCase); give it back '@json(\"receivedBy\")'", removed.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(JsonNaming.SnakeCase, JsonNaming.SnakeCase)]
    [InlineData(JsonNaming.AsWritten, JsonNaming.CamelCase)] // every name is camelCase already
    public void A_naming_that_keeps_every_wire_name_is_no_error(JsonNaming locked, JsonNaming naming)
    {
        foreach (var mode in Enum.GetValues<CompatibilityMode>())
        {
            Assert.Empty(CompatibilityChecker.Check(RuleTableTests.Compile(Schema), Locked(locked), mode, naming, Token));
        }
    }

    [Fact]
    public void Mode_none_allows_a_new_naming_but_the_lock_file_is_not_rewritten_under_it()
    {
        var compilation = RuleTableTests.Compile(Schema);
        Assert.Empty(CompatibilityChecker.Check(compilation, Locked(JsonNaming.KebabCase), CompatibilityMode.None, JsonNaming.SnakeCase, Token));

        var edits = CompatibilityChecker.CheckPublishedVersions(compilation, Locked(JsonNaming.KebabCase), JsonNaming.SnakeCase, Token);

        // Every declaration it renames, its '@compatibility("none")' included: the lock would record the new names for old versions.
        Assert.Equal(["D.Noted", "D.Received"], edits.Select(e => e.Message.Split('\'')[1]).Order(StringComparer.Ordinal));
        Assert.All(edits, e => Assert.Contains("writing the lock file now would record the new names", e.Message, StringComparison.Ordinal));
        Assert.Empty(CompatibilityChecker.CheckPublishedVersions(compilation, Locked(JsonNaming.KebabCase), Token));
    }

    [Fact]
    public void A_host_that_does_not_give_its_naming_compares_none()
    {
        Assert.Empty(CompatibilityChecker.Check(RuleTableTests.Compile(Schema), Locked(JsonNaming.SnakeCase), CompatibilityMode.FullTransitive, Token));
    }

    // What format 3 wrote: the same, without the naming.
    private static string WrittenInFormatThree()
    {
        string written = SchemaLock.FromCompilation(RuleTableTests.Compile(Schema), null, JsonNaming.SnakeCase, Token).Write();
        string formatThree = written.Replace("\"formatVersion\": 4,\n  \"jsonNaming\": \"SnakeCase\"", "\"formatVersion\": 3", StringComparison.Ordinal);
        Assert.NotEqual(written, formatThree);
        return formatThree;
    }

    [Fact]
    public void A_format_3_lock_records_no_naming_so_none_is_compared_and_a_rewrite_records_the_one_given()
    {
        var read = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, WrittenInFormatThree()));
        Assert.Empty(read.Diagnostics);
        Assert.Equal(3, read.Lock!.ReadFormatVersion);
        Assert.Null(read.Lock.JsonNaming);
        var compilation = RuleTableTests.Compile(Schema);

        Assert.Empty(CompatibilityChecker.Check(compilation, read.Lock, CompatibilityMode.FullTransitive, JsonNaming.KebabCase, Token));
        Assert.Empty(CompatibilityChecker.CheckPublishedVersions(compilation, read.Lock, JsonNaming.KebabCase, Token));

        string rewritten = SchemaLock.FromCompilation(compilation, read.Lock, JsonNaming.KebabCase, Token).Write();
        Assert.EndsWith("  \"formatVersion\": 4,\n  \"jsonNaming\": \"KebabCase\"\n}\n", rewritten, StringComparison.Ordinal);
        // From then on, the naming is compared.
        var relocked = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, rewritten)).Lock!;
        Assert.Contains(CompatibilityChecker.Check(compilation, relocked, CompatibilityMode.Backward, JsonNaming.SnakeCase, Token), d => d.Code == "ES0763");
    }

    [Fact]
    public void A_format_3_lock_still_finds_items_that_may_no_longer_be_null()
    {
        // Format 3 recorded every part of a shape: nothing is taken from the schema as unchanged.
        const string Nullable = "namespace D;\nevent E { notes: list<string?>; }";
        string formatThree = SchemaLock.FromCompilation(RuleTableTests.Compile(Nullable), cancellationToken: Token).Write()
            .Replace("\"formatVersion\": 4,\n  \"jsonNaming\": \"AsWritten\"", "\"formatVersion\": 3", StringComparison.Ordinal);
        var read = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, formatThree)).Lock!;

        var edit = Assert.Single(CompatibilityChecker.Check(RuleTableTests.Compile(Nullable.Replace("string?", "string", StringComparison.Ordinal)), read, CompatibilityMode.None, Token));

        Assert.Equal("ES0730", edit.Code);
    }
}
