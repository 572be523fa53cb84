using EventSchema.Language.Evolution;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests.Evolution;

/// <summary>
/// Lock files of format 1 did not record map key types nor empty collection defaults. They are still read: what they
/// left out is taken from the schema as unchanged, every other change is still found, and a rewrite records it all.
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
        }
        """;

    // What format 1 wrote for the schema above: keys as 'string', no empty default.
    private static SchemaLock ReadFormatOne()
    {
        string written = SchemaLock.FromCompilation(RuleTableTests.Compile(Schema), cancellationToken: TestContext.Current.CancellationToken).Write();
        string formatOne = written
            .Replace("map<D.Area, decimal>", "map<string, decimal>", StringComparison.Ordinal)
            .Replace("\"default\": [],\n", string.Empty, StringComparison.Ordinal)
            .Replace("\"formatVersion\": 2", "\"formatVersion\": 1", StringComparison.Ordinal);
        Assert.DoesNotContain("D.Area,", formatOne, StringComparison.Ordinal);
        Assert.DoesNotContain("[]", formatOne, StringComparison.Ordinal);
        var read = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, formatOne));
        Assert.Empty(read.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(1, read.Lock!.ReadFormatVersion);
        return read.Lock;
    }

    [Fact]
    public void A_format_one_lock_of_the_same_schema_reports_nothing_in_any_mode()
    {
        var compilation = RuleTableTests.Compile(Schema);
        Assert.Empty(compilation.Diagnostics);

        foreach (var mode in Enum.GetValues<CompatibilityMode>())
        {
            Assert.Empty(CompatibilityChecker.Check(compilation, ReadFormatOne(), mode, TestContext.Current.CancellationToken).Select(d => d.ToString()));
        }
    }

    [Fact]
    public void A_format_one_lock_still_finds_what_it_recorded()
    {
        var compilation = RuleTableTests.Compile(Schema.Replace("amounts: map<Area, decimal>;", "amounts: map<Area, int>;", StringComparison.Ordinal));

        var edit = Assert.Single(CompatibilityChecker.Check(compilation, ReadFormatOne(), CompatibilityMode.None, TestContext.Current.CancellationToken));

        Assert.Equal("ES0730", edit.Code);
        Assert.Contains("'amounts' the type 'map<D.Area, int>'", edit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewriting_a_format_one_lock_records_the_key_type_and_the_empty_default_in_format_two()
    {
        var compilation = RuleTableTests.Compile(Schema);

        string text = SchemaLock.FromCompilation(compilation, ReadFormatOne(), TestContext.Current.CancellationToken).Write();

        Assert.Contains("\"type\": \"map<D.Area, decimal>\"", text, StringComparison.Ordinal);
        Assert.Contains("\"default\": []", text, StringComparison.Ordinal);
        Assert.Contains("\"formatVersion\": 2", text, StringComparison.Ordinal);
        var reread = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, text));
        Assert.Empty(reread.Diagnostics);
        Assert.Equal(2, reread.Lock!.ReadFormatVersion);
        Assert.Equal(text, reread.Lock.Write());
    }
}
