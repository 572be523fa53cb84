using EventSchema.Language.Evolution;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests.Evolution;

/// <summary>
/// Lock files of format 1 did not record map key types nor empty collection defaults, and formats 1 and 2 did not record
/// items that may be null. They are still read: what they left out is taken from the schema as unchanged, every other
/// change is still found, and a rewrite records it all.
/// </summary>
public class LegacyLockTests
{
    private const string Schema = """
        namespace D;

        enum Area { trade, energy }

        event Pledged {
          id: string;
          amounts: map<Area, decimal>;
          tags: list<string> = [];
          notes: list<string?>;
          remarks: map<Area, string?>;
        }
        """;

    // What format 2 wrote for the schema above: no '?' on items.
    private static string WrittenInFormatTwo()
    {
        string written = SchemaLock.FromCompilation(RuleTableTests.Compile(Schema), cancellationToken: TestContext.Current.CancellationToken).Write();
        Assert.Contains("list<string?>", written, StringComparison.Ordinal);
        return written
            .Replace("?>", ">", StringComparison.Ordinal)
            .Replace($"\"formatVersion\": {SchemaLock.FormatVersion},\n  \"jsonNaming\": \"AsWritten\"", "\"formatVersion\": 2", StringComparison.Ordinal);
    }

    // What format 1 wrote: keys as 'string' and no empty default besides.
    private static SchemaLock ReadFormatOne()
    {
        string formatOne = WrittenInFormatTwo()
            .Replace("map<D.Area, ", "map<string, ", StringComparison.Ordinal)
            .Replace("\"default\": [],\n", string.Empty, StringComparison.Ordinal)
            .Replace("\"formatVersion\": 2", "\"formatVersion\": 1", StringComparison.Ordinal);
        Assert.DoesNotContain("D.Area,", formatOne, StringComparison.Ordinal);
        Assert.DoesNotContain("[]", formatOne, StringComparison.Ordinal);
        return Read(formatOne, 1);
    }

    private static SchemaLock ReadFormatTwo() => Read(WrittenInFormatTwo(), 2);

    private static SchemaLock Read(string text, int format)
    {
        Assert.DoesNotContain("?>", text, StringComparison.Ordinal);
        var read = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, text));
        Assert.Empty(read.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(format, read.Lock!.ReadFormatVersion);
        return read.Lock;
    }

    public static TheoryData<int> OlderFormats => new(1, 2);

    private static SchemaLock ReadFormat(int format) => format == 1 ? ReadFormatOne() : ReadFormatTwo();

    [Theory]
    [MemberData(nameof(OlderFormats))]
    public void An_older_lock_of_the_same_schema_reports_nothing_in_any_mode(int format)
    {
        var compilation = RuleTableTests.Compile(Schema);
        Assert.Empty(compilation.Diagnostics);

        foreach (var mode in Enum.GetValues<CompatibilityMode>())
        {
            Assert.Empty(CompatibilityChecker.Check(compilation, ReadFormat(format), mode, TestContext.Current.CancellationToken).Select(d => d.ToString()));
        }
    }

    [Theory]
    [MemberData(nameof(OlderFormats))]
    public void An_older_lock_still_finds_what_it_recorded(int format)
    {
        var compilation = RuleTableTests.Compile(Schema.Replace("amounts: map<Area, decimal>;", "amounts: map<Area, int>;", StringComparison.Ordinal));

        var edit = Assert.Single(CompatibilityChecker.Check(compilation, ReadFormat(format), CompatibilityMode.None, TestContext.Current.CancellationToken));

        Assert.Equal("ES0730", edit.Code);
        Assert.Contains("'amounts' the type 'map<D.Area, int>'", edit.Message, StringComparison.Ordinal);
        // The decorator describes the change at the new version; it does not undo the edit.
        Assert.EndsWith("or undo the edit. The history decorator of a type change is '@typeChangedFrom'.", edit.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OlderFormats))]
    public void Rewriting_an_older_lock_records_what_it_left_out_in_the_current_format(int format)
    {
        var compilation = RuleTableTests.Compile(Schema);

        string text = SchemaLock.FromCompilation(compilation, ReadFormat(format), TestContext.Current.CancellationToken).Write();

        Assert.Contains("\"type\": \"map<D.Area, decimal>\"", text, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"list<string?>\"", text, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"map<D.Area, string?>\"", text, StringComparison.Ordinal);
        Assert.Contains("\"default\": []", text, StringComparison.Ordinal);
        Assert.Contains($"\"formatVersion\": {SchemaLock.FormatVersion}", text, StringComparison.Ordinal);
        var reread = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, text));
        Assert.Empty(reread.Diagnostics);
        Assert.Equal(SchemaLock.FormatVersion, reread.Lock!.ReadFormatVersion);
        Assert.Equal(text, reread.Lock.Write());
    }

    [Fact]
    public void A_current_lock_finds_items_that_may_no_longer_be_null()
    {
        var locked = SchemaLock.FromCompilation(RuleTableTests.Compile(Schema), cancellationToken: TestContext.Current.CancellationToken);
        var compilation = RuleTableTests.Compile(Schema.Replace("notes: list<string?>;", "notes: list<string>;", StringComparison.Ordinal));

        var edit = Assert.Single(CompatibilityChecker.Check(compilation, locked, CompatibilityMode.None, TestContext.Current.CancellationToken));

        Assert.Equal("ES0730", edit.Code);
        Assert.Contains("'list<string>'", edit.Message, StringComparison.Ordinal);
    }
}
