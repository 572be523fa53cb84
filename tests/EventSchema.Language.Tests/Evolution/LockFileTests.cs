using EventSchema.Language.Evolution;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests.Evolution;

public class LockFileTests
{
    private const string Schema = """
        namespace Diplomacy;

        @pattern("^[A-Z]{2}$") @maxLength(2)
        scalar CountryCode : string;

        record Official { @minLength(1) @maxLength(200) name: string; country: CountryCode; }

        @version(2)
        enum Channel { Press, @added(2) Radio = "radio", @removed(2) Telegraph }

        @version(2)
        event CredentialsPresented {
          ambassador: Official;
          @minItems(1) @uniqueItems sources: list<string>;
          @added(2) @minimum(-1.50) @exclusiveMaximum(1e3) score?: decimal = 0.5;
          @renamedFrom(2, "when") @json("occurred") occurredOn: date;
          note: string = "caf\u00e9 \"quoted\"";
          channel: Channel = Press;
        }
        """;

    [Fact]
    public void The_written_lock_is_sorted_indented_and_ends_with_a_newline()
    {
        var compilation = HistoryTests.Compile(Schema);
        Assert.Empty(compilation.Diagnostics);
        string text = SchemaLock.FromCompilation(compilation, cancellationToken: TestContext.Current.CancellationToken).Write();
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"declarations\": {\n    \"Diplomacy.Channel\": {\n      \"kind\": \"enum\",\n", text, StringComparison.Ordinal);
        Assert.Contains("\"note\": {\n", text, StringComparison.Ordinal);
        Assert.Contains("\"default\": \"caf\\u00e9 \\\"quoted\\\"\"", text, StringComparison.Ordinal);
        Assert.Contains("\"exclusiveMaximum\": 1000", text, StringComparison.Ordinal);
        Assert.Contains("\"minimum\": -1.5", text, StringComparison.Ordinal);
        Assert.Contains("\"eventType\": \"diplomacy.credentials-presented.v1\"", text, StringComparison.Ordinal);
        // Keys are sorted in every object.
        Assert.True(text.IndexOf("\"ambassador\"", StringComparison.Ordinal) < text.IndexOf("\"channel\"", StringComparison.Ordinal));
        Assert.True(text.IndexOf("\"formatVersion\"", StringComparison.Ordinal) > text.IndexOf("\"declarations\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Reading_a_written_lock_and_writing_it_again_gives_the_same_bytes()
    {
        var compilation = HistoryTests.Compile(Schema);
        string text = SchemaLock.FromCompilation(compilation, cancellationToken: TestContext.Current.CancellationToken).Write();
        var read = SchemaLock.Read(new SourceText("eventschema.lock.json", text));
        Assert.Empty(read.Diagnostics);
        Assert.Equal(text, read.Lock!.Write());
        var credentials = read.Lock.Find("Diplomacy.CredentialsPresented")!;
        Assert.Equal([1, 2], credentials.Versions.Select(v => v.Version));
        Assert.Equal("when", credentials.Versions[0].FindFieldByJsonName("occurred")!.Name); // @json keeps the wire name through the rename
        Assert.Null(credentials.Versions[0].FindFieldByJsonName("score"));
        Assert.Equal("0.5", credentials.Latest.FindFieldByJsonName("score")!.DefaultJson);
        Assert.Equal("\"Press\"", credentials.Latest.FindFieldByJsonName("channel")!.DefaultJson);
        Assert.Equal(["Press", "Telegraph"], read.Lock.Find("Diplomacy.Channel")!.Versions[0].Members.Select(m => m.Name).Order());
        Assert.Equal("string", read.Lock.Find("Diplomacy.CountryCode")!.Latest.UnderlyingType!.ToString());
        // Every version the schema derives is the version the lock holds.
        Assert.Empty(CompatibilityChecker.Check(compilation, read.Lock, CompatibilityMode.FullTransitive, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Published_versions_are_kept_as_locked_and_new_ones_appended()
    {
        var v1 = HistoryTests.Compile("namespace D;\nevent E { @maxLength(10) a: string; }");
        var locked = SchemaLock.Read(new SourceText("eventschema.lock.json", SchemaLock.FromCompilation(v1, cancellationToken: TestContext.Current.CancellationToken).Write())).Lock!;
        var v2 = HistoryTests.Compile("namespace D;\n@version(2) event E { @maxLength(20) a: string; @added(2) b?: int; }");
        var updated = SchemaLock.FromCompilation(v2, locked, TestContext.Current.CancellationToken);
        var e = updated.Find("D.E")!;
        Assert.Equal(10, e.Versions[0].Fields[0].Constraints.MaxLength); // as published, not as the schema now says
        Assert.Equal(20, e.Versions[1].Fields.Single(f => f.Name == "a").Constraints.MaxLength);
        Assert.Equal(2, e.Versions[1].Fields.Count);
    }

    [Fact]
    public void The_lock_does_not_depend_on_file_order_or_declaration_order()
    {
        const string A = "namespace D;\nrecord Official { name: string; }\n@version(2) enum Channel { Press, @added(2) Radio }";
        const string B = "namespace D;\nevent E { by: Official; via: Channel; }";
        const string Reordered = "namespace D;\n@version(2) enum Channel { Press, @added(2) Radio }\nrecord Official { name: string; }";
        var ct = TestContext.Current.CancellationToken;
        string first = SchemaLock.FromCompilation(SchemaCompilation.Create([new SourceText("a.eventschema", A), new SourceText("b.eventschema", B)], ct), cancellationToken: ct).Write();
        string second = SchemaLock.FromCompilation(SchemaCompilation.Create([new SourceText("z.eventschema", B), new SourceText("y.eventschema", Reordered)], ct), cancellationToken: ct).Write();
        Assert.Equal(first, second);
    }

    public static TheoryData<string, string, int, int> MalformedLocks() => new()
    {
        { "{\"formatVersion\": 1, \"declarations\": {}", "ES0720", 1, 40 },
        { "{\"formatVersion\": 1, \"declarations\": {},}", "ES0720", 1, 41 },
        { "{\"formatVersion\": 01, \"declarations\": {}}", "ES0720", 1, 20 },
        { "{\"formatVersion\": 5, \"declarations\": {}}", "ES0721", 1, 19 },
        { "{\"formatVersion\": 1, \"declarations\": {}, \"extra\": 1}", "ES0721", 1, 42 },
        { "{\"formatVersion\": 1}", "ES0721", 1, 1 },
        { "{\"formatVersion\": 1, \"declarations\": {\"D.E\": {\"kind\": \"event\", \"versions\": [{\"version\": 1, \"fields\": {}}]}}}", "ES0721", 1, 77 },
        { "{\"formatVersion\": 1, \"declarations\": {\"D.E\": {\"kind\": \"thing\", \"versions\": []}}}", "ES0721", 1, 55 },
        { "{\n  \"formatVersion\": 1,\n  \"declarations\": {\n    \"D.R\": {\"kind\": \"record\", \"versions\": [{\"version\": 2, \"fields\": {}}, {\"version\": 1, \"fields\": {}}]}\n  }\n}", "ES0721", 4, 74 },
        { "{\"formatVersion\": 1, \"declarations\": {\"D.R\": {\"kind\": \"record\", \"versions\": [{\"version\": 1, \"fields\": {\"a\": {\"name\": \"a\", \"type\": \"list<\"}}}]}}}", "ES0721", 1, 131 },
        { "{\"formatVersion\": 1, \"declarations\": {\"D.R\": {\"kind\": \"record\", \"versions\": [{\"version\": 1, \"fields\": {\"a\": {\"name\": \"a\", \"type\": \"int\", \"uniqueItems\": false}}}]}}}", "ES0721", 1, 153 },
    };

    [Theory]
    [MemberData(nameof(MalformedLocks))]
    public void A_malformed_lock_is_a_located_error(string text, string code, int line, int column)
    {
        var result = SchemaLock.Read(new SourceText("eventschema.lock.json", text));
        Assert.Null(result.Lock);
        var diagnostic = result.Diagnostics[0];
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal("eventschema.lock.json", diagnostic.FilePath);
        Assert.Equal(new LinePosition(line, column), diagnostic.Start);
    }

    [Fact]
    public void The_reader_accepts_every_valid_and_rejects_every_invalid_JSONTestSuite_file()
    {
        if (JsonTestSuite() is not { } corpus)
        {
            Assert.Skip("The JSONTestSuite corpus was not found: clone https://github.com/nst/JSONTestSuite as shared/testdata/JSONTestSuite beside the repository.");
            return;
        }
        var strict = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
        var wrong = new List<string>();
        int count = 0;
        foreach (var path in Directory.GetFiles(corpus, "*.json").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(path);
            if (!name.StartsWith("y_", StringComparison.Ordinal) && !name.StartsWith("n_", StringComparison.Ordinal)) continue;
            count++;
            // Decode without dropping a byte order mark: JSON text must not start with one.
            string text = strict.GetString(File.ReadAllBytes(path));
            var result = SchemaLock.Read(new SourceText(name, text));
            bool parsed = result.Diagnostics.All(d => d.Code != "ES0720");
            if (parsed != name.StartsWith("y_", StringComparison.Ordinal)) wrong.Add(name);
        }
        Assert.True(count > 250, $"Only {count} y_/n_ files found in {corpus}.");
        Assert.True(wrong.Count == 0, "Misjudged: " + string.Join(", ", wrong));
    }

    /// <summary>shared/testdata/JSONTestSuite/test_parsing beside the repository or one of its parent folders (a worktree sits deeper).</summary>
    private static string? JsonTestSuite()
    {
        for (var folder = new DirectoryInfo(RepositoryPaths.Root).Parent; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "testdata", "JSONTestSuite", "test_parsing");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
