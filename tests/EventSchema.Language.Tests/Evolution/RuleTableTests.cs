using EventSchema.Language.Diagnostics;
using EventSchema.Language.Evolution;
using EventSchema.Language.Export;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests.Evolution;

/// <summary>The rule table of docs/evolution.md, run: every change under every mode, with the code and position it must report.</summary>
public class RuleTableTests
{
    private const string Marker = "/*@*/";

    public static TheoryData<RuleCase, CompatibilityMode> Rows()
    {
        var data = new TheoryData<RuleCase, CompatibilityMode>();
        foreach (var row in RuleTable.Cases)
        {
            foreach (var mode in Enum.GetValues<CompatibilityMode>()) data.Add(row, mode);
        }
        return data;
    }

    /// <summary>Compiles <paramref name="text"/>: files separated by a line <c>===</c>, named a.eventschema, b.eventschema, ….</summary>
    internal static SchemaCompilation Compile(string text)
    {
        var files = text.Split("\n===\n");
        Assert.All(files, f => Assert.DoesNotContain("===", f, StringComparison.Ordinal));
        return SchemaCompilation.Create(files.Select((f, i) => new SourceText((char)('a' + i) + ".eventschema", f)), TestContext.Current.CancellationToken);
    }

    internal static IReadOnlyList<Diagnostic> Check(string oldText, string newText, CompatibilityMode mode, JsonNaming lockedNaming = JsonNaming.AsWritten, JsonNaming naming = JsonNaming.AsWritten)
    {
        var old = Compile(oldText);
        Assert.Empty(old.Diagnostics);
        var current = Compile(newText);
        Assert.Empty(current.Diagnostics);
        var schemaLock = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, SchemaLock.FromCompilation(old, null, lockedNaming, TestContext.Current.CancellationToken).Write())).Lock!;
        return CompatibilityChecker.Check(current, schemaLock, mode, naming, TestContext.Current.CancellationToken);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_change_is_reported_exactly_in_the_modes_it_breaks(RuleCase row, CompatibilityMode mode)
    {
        var diagnostics = Check(row.Old, row.New, mode, row.LockedNaming, row.Naming);
        if (row.Code is null || !RuleTable.IsReported(row.Breaks, mode))
        {
            Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
            return;
        }
        Assert.All(diagnostics, d => Assert.Equal(row.Code, d.Code));
        var first = diagnostics[0];
        Assert.StartsWith(row.Rule + ": ", first.Message, StringComparison.Ordinal);
        int marker = row.New.IndexOf(Marker, StringComparison.Ordinal);
        if (marker < 0)
        {
            Assert.Equal(SchemaLock.DefaultFileName, first.FilePath);
            return;
        }
        string firstFile = row.New.Split("\n===\n")[0];
        var expected = new SourceText("a.eventschema", firstFile).GetLinePosition(marker + Marker.Length);
        Assert.Equal("a.eventschema", first.FilePath);
        Assert.Equal(expected, first.Start);
    }

    public static TheoryData<RuleCase> CompatibleRows()
    {
        var data = new TheoryData<RuleCase>();
        foreach (var row in RuleTable.Cases)
        {
            if (row.Code is null) data.Add(row);
        }
        return data;
    }

    /// <summary>
    /// A change that breaks nothing is locked as the docs say (the lock written again from the new schemas, the old lock
    /// as the previous one), and the next build checks the new schemas against that lock: it must find nothing, in any
    /// mode. Renamed and moved declarations are the hard part: the versions the lock keeps name them as they were.
    /// </summary>
    [Theory]
    [MemberData(nameof(CompatibleRows))]
    public void After_a_compatible_change_the_rewritten_lock_checks_clean(RuleCase row)
    {
        var old = Compile(row.Old);
        var current = Compile(row.New);
        Assert.Empty(current.Diagnostics);
        var cancellationToken = TestContext.Current.CancellationToken;
        var oldLock = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, SchemaLock.FromCompilation(old, null, row.LockedNaming, cancellationToken).Write())).Lock!;
        Assert.Empty(CompatibilityChecker.CheckPublishedVersions(current, oldLock, row.Naming, cancellationToken));
        string rewritten = SchemaLock.FromCompilation(current, oldLock, row.Naming, cancellationToken).Write();
        var newLock = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, rewritten)).Lock!;
        foreach (var mode in Enum.GetValues<CompatibilityMode>())
        {
            var diagnostics = CompatibilityChecker.Check(current, newLock, mode, row.Naming, cancellationToken);
            Assert.True(diagnostics.Count == 0, $"{mode}:\n{string.Join("\n", diagnostics)}\n{rewritten}");
        }
    }

    [Fact]
    public void A_field_renamed_without_renamedFrom_is_offered_the_decorator_on_its_new_name()
    {
        var diagnostics = Check("namespace D;\nevent E { id: string; when: date; }", "namespace D;\nevent E { id: string; occurredOn: date; }", CompatibilityMode.Backward);

        var added = Assert.Single(diagnostics, d => d.Message.Contains("is published without the field 'occurredOn'", StringComparison.Ordinal));
        Assert.Contains("if it is the published 'when' under a new name, mark it '@renamedFrom(N, \"when\")', otherwise '@added(N)', with a new version N", added.Message, StringComparison.Ordinal);
        Assert.Equal(new LinePosition(2, 23), added.Start);
    }

    [Fact]
    public void A_new_field_that_could_be_either_of_two_removed_ones_is_offered_only_added()
    {
        var diagnostics = Check("namespace D;\nevent E { id: string; when: date; since: date; }", "namespace D;\nevent E { id: string; occurredOn: date; }", CompatibilityMode.Backward);

        var added = Assert.Single(diagnostics, d => d.Message.Contains("is published without the field 'occurredOn'", StringComparison.Ordinal));
        Assert.Contains("; mark it '@added(N)' with a new version N", added.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("under a new name", added.Message, StringComparison.Ordinal);
    }

    private const string ThreeVersions = """
        namespace Diplomacy;
        @version(3)
        event CredentialsPresented {
          ambassador: string;
          place: string;
          @added(2) city?: string;
          @added(3) attendance?: int;
        }
        """;

    [Theory]
    [InlineData(3, "raise '@version' to 4 and describe the change with a history decorator, or undo the edit")]
    [InlineData(4, "describe the change with a history decorator of version 4, or undo the edit")]
    public void An_edit_of_published_versions_names_the_version_that_describes_it_whatever_version_it_edits(int currentVersion, string fix)
    {
        string edited = ThreeVersions.Replace("@version(3)", $"@version({currentVersion})", StringComparison.Ordinal)
            .Replace("  place: string;\n", string.Empty, StringComparison.Ordinal);

        var edits = Check(ThreeVersions, edited, CompatibilityMode.Backward).Where(d => d.Code == "ES0730").ToList();

        Assert.Equal(3, edits.Count);
        Assert.All(edits, d => Assert.Contains("'@removed(N)'", d.Message, StringComparison.Ordinal));
        Assert.All(edits, d => Assert.EndsWith(fix + ".", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_compatibility_code_is_in_the_rule_table()
    {
        var tabled = RuleTable.Cases.Select(c => c.Code).ToHashSet();
        var missing = DiagnosticCatalog.All
            .Where(d => d.Category == DiagnosticCatalog.Compatibility && d.Code.CompareTo("ES0730") >= 0)
            .Select(d => d.Code)
            .Where(code => !tabled.Contains(code))
            .ToList();
        Assert.True(missing.Count == 0, "No rule table row for " + string.Join(", ", missing));
    }

    [Fact]
    public void Rule_names_and_codes_agree_with_the_catalog()
    {
        foreach (var row in RuleTable.Cases.Where(c => c.Code is not null))
        {
            var definition = DiagnosticCatalog.All.Single(d => d.Code == row.Code);
            Assert.Contains("(" + row.Rule + ")", definition.Title, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_docs_rule_table_says_what_the_checker_does()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "evolution.md"));
        foreach (var row in RuleTable.Cases)
        {
            string expected = "| " + row.Change + " | " + (row.Rule is null ? "—" : "`" + row.Rule + "`") + " | "
                + string.Join(" | ", Enum.GetValues<CompatibilityMode>().Select(m => row.Code is not null && RuleTable.IsReported(row.Breaks, m) ? "break" : "ok")) + " |";
            Assert.Contains(expected, docs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Transitive_modes_check_every_locked_version_and_the_others_only_the_latest()
    {
        // Version 2 made 'note' optional (a forward break that was accepted under a backward mode); version 3 removes it.
        // Against version 2 that is fine; against version 1, whose readers require 'note', it is not.
        var v1 = Compile("namespace D;\nevent E { id: string; note: string; }");
        var v2 = Compile("namespace D;\n@version(2)\nevent E { id: string; @madeOptional(2) note?: string; }");
        var v3 = Compile("namespace D;\n@version(3)\nevent E { id: string; @madeOptional(2) @removed(3) note?: string; }");
        Assert.Empty(v3.Diagnostics);
        var ct = TestContext.Current.CancellationToken;
        var lock1 = SchemaLock.FromCompilation(v1, cancellationToken: ct);
        var lock2 = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, SchemaLock.FromCompilation(v2, lock1, ct).Write())).Lock!;
        Assert.Equal(2, lock2.Find("D.E")!.Versions.Count);
        Assert.Empty(CompatibilityChecker.Check(v3, lock2, CompatibilityMode.Forward, ct));
        var transitive = Assert.Single(CompatibilityChecker.Check(v3, lock2, CompatibilityMode.ForwardTransitive, ct));
        Assert.Equal("ES0733", transitive.Code);
        Assert.Contains("version 1", transitive.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declarations_compatibility_mode_overrides_the_projects()
    {
        var diagnostics = Check(
            "namespace D;\nevent E { id: string; }",
            "namespace D;\n@version(2) @compatibility(\"forward\")\nevent E { id: string; @added(2) count: int; }",
            CompatibilityMode.FullTransitive);
        Assert.Empty(diagnostics);
        var strict = Check(
            "namespace D;\nevent E { id: string; }",
            "namespace D;\n@version(2) @compatibility(\"backward\")\nevent E { id: string; @added(2) count: int; }",
            CompatibilityMode.None);
        Assert.Contains("mode 'backward' of its '@compatibility'", Assert.Single(strict).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_quotes_the_lock_file_and_says_how_to_fix_it()
    {
        var diagnostic = Assert.Single(Check(
            "namespace D;\nevent E { @maxLength(200) place: string; }",
            "namespace D;\n@version(2)\nevent E { @maxLength(100) place: string; }",
            CompatibilityMode.Backward));
        Assert.Equal(
            "MAX_LENGTH_DECREASED: 'place' has '@maxLength(100)' in version 2 of 'D.E', and '@maxLength(200)' in version 1 (eventschema.lock.json(9,13)); "
            + "version 2 cannot read data written with version 1 (backward compatibility), which mode 'backward' of the project requires. To fix it, keep '@maxLength(200)'.",
            diagnostic.Message);
    }
}
