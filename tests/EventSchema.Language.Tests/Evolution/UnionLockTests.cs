using EventSchema.Language.Evolution;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests.Evolution;

/// <summary>Unions in the lock file: what is recorded, how it is read back, and how their versions follow the schema.</summary>
public class UnionLockTests
{
    private const string Schema = """
        namespace Press;

        record Statement { text: string; }
        @discriminatorValue("note") record Note { text: string; }
        @version(2) event Released { title: string; @added(2) summary?: string; }

        @version(3) @discriminator("kind")
        union Item = Statement | Note | Released;

        record Bulletin { entry: Statement | Note; }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SchemaLock Lock(string schema, SchemaLock? previous = null)
    {
        var compilation = HistoryTests.Compile(schema);
        Assert.Empty(compilation.Diagnostics);
        return SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, SchemaLock.FromCompilation(compilation, previous, Ct).Write())).Lock!;
    }

    [Fact]
    public void A_union_is_locked_with_its_discriminator_and_each_members_value()
    {
        string text = SchemaLock.FromCompilation(HistoryTests.Compile(Schema), cancellationToken: Ct).Write();
        Assert.Contains("""
                "Press.Item": {
                  "kind": "union",
                  "versions": [
                    {
                      "discriminator": "kind",
                      "members": {
                        "Press.Note": {
                          "discriminatorValue": "note"
                        },
                        "Press.Released": {
                          "eventType": true
                        },
                        "Press.Statement": {
                          "discriminatorValue": "Statement"
                        }
                      },
                      "version": 1
                    },
            """.Replace("\r\n", "\n", StringComparison.Ordinal), text, StringComparison.Ordinal);
        var read = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, text));
        Assert.Empty(read.Diagnostics);
        Assert.Equal(text, read.Lock!.Write());
        var item = read.Lock.Find("Press.Item")!;
        Assert.Equal([1, 2, 3], item.Versions.Select(v => v.Version));
        Assert.True(item.Latest.FindUnionMember("Press.Released")!.IsDiscriminatedByEventType);
    }

    [Fact]
    public void A_union_written_in_place_is_locked_under_its_name_with_its_records_version()
    {
        var compilation = HistoryTests.Compile(Schema.Replace("record Bulletin", "@version(2) record Bulletin", StringComparison.Ordinal));
        Assert.Empty(compilation.Diagnostics);
        var inline = SchemaLock.FromCompilation(compilation, cancellationToken: Ct).Find("Press.BulletinEntry")!;
        Assert.Equal([1, 2], inline.Versions.Select(v => v.Version));
        Assert.Equal("type", inline.Latest.DiscriminatorProperty);
        Assert.Equal(["Press.Statement", "Press.Note"], inline.Latest.UnionMembers.Select(m => m.MemberFullName));
    }

    [Fact]
    public void Locked_union_versions_are_kept_and_a_new_version_gets_the_current_members()
    {
        const string V1 = "namespace D;\nrecord A { id: string; }\nrecord B { id: string; }\nunion U = A;\n";
        var first = Lock(V1);
        var second = Lock("namespace D;\nrecord A { id: string; }\nrecord B { id: string; }\n@version(2) union U = A | B;\n", first);
        var versions = second.Find("D.U")!.Versions;
        Assert.Equal(["D.A"], versions[0].UnionMembers.Select(m => m.MemberFullName));
        Assert.Equal(["D.A", "D.B"], versions[1].UnionMembers.Select(m => m.MemberFullName));
    }

    [Fact]
    public void A_unions_compatibility_overrides_the_projects_and_transitive_modes_check_every_version()
    {
        const string Records = "namespace D;\nrecord A { id: string; }\nrecord B { id: string; }\nrecord C { id: string; }\n";
        var v1 = Lock(Records + "union U = A | B;");
        var v2 = Lock(Records + "@version(2) union U = A | B | C;", v1);
        // Version 3 drops B: a backward break against both locked versions.
        var v3 = HistoryTests.Compile(Records + "@version(3) @compatibility(\"backward-transitive\") union U = A | C;");
        Assert.Empty(v3.Diagnostics);
        var breaks = CompatibilityChecker.Check(v3, v2, CompatibilityMode.None, Ct);
        Assert.Equal(2, breaks.Count);
        Assert.All(breaks, d => Assert.Equal("ES0765", d.Code));
        Assert.Contains(breaks, d => d.Message.Contains("which version 1 has", StringComparison.Ordinal));
        Assert.Contains("mode 'backward-transitive' of its '@compatibility'", breaks[0].Message, StringComparison.Ordinal);
        // Forward: nothing against version 2, which has C; against version 1 as well, C is new to its readers.
        var forward = HistoryTests.Compile(Records + "@version(3) union U = A | C;");
        Assert.Empty(CompatibilityChecker.Check(forward, v2, CompatibilityMode.Forward, Ct));
        var transitive = Assert.Single(CompatibilityChecker.Check(forward, v2, CompatibilityMode.ForwardTransitive, Ct));
        Assert.Equal("ES0766", transitive.Code);
    }

    [Fact]
    public void A_message_names_the_rule_quotes_the_lock_file_and_says_how_to_fix_it()
    {
        const string Records = "namespace D;\nrecord A { id: string; }\nrecord B { id: string; }\n";
        var locked = Lock(Records + "union U = A;");
        var added = HistoryTests.Compile(Records + "@version(2) union U = A | B;");
        var diagnostic = Assert.Single(CompatibilityChecker.Check(added, locked, CompatibilityMode.Full, Ct));
        Assert.Equal(
            "UNION_MEMBER_ADDED: Version 2 of union 'D.U' adds the member 'D.B' (discriminator value \"B\"), which version 1 does not know (eventschema.lock.json(34,9)): "
            + "old readers refuse its discriminator; readers of version 1 cannot read data written with version 2 (forward compatibility), which mode 'full' of the project requires. "
            + "To fix it, declare a new union for the new member, or use a backward compatibility mode.",
            diagnostic.Message);
    }

    public static TheoryData<string, int> MalformedUnionLocks() => new()
    {
        // No members key.
        { "{\"formatVersion\": 1, \"declarations\": {\"D.U\": {\"kind\": \"union\", \"versions\": [{\"version\": 1, \"discriminator\": \"type\"}]}}}", 77 },
        // A member with both a value and the event type.
        { "{\"formatVersion\": 1, \"declarations\": {\"D.U\": {\"kind\": \"union\", \"versions\": [{\"version\": 1, \"discriminator\": \"type\", \"members\": {\"D.A\": {\"discriminatorValue\": \"a\", \"eventType\": true}}}]}}}", 136 },
        // Two members with one value.
        { "{\"formatVersion\": 1, \"declarations\": {\"D.U\": {\"kind\": \"union\", \"versions\": [{\"version\": 1, \"discriminator\": \"type\", \"members\": {\"D.A\": {\"discriminatorValue\": \"a\"}, \"D.B\": {\"discriminatorValue\": \"a\"}}}]}}}", 195 },
        // eventType other than true.
        { "{\"formatVersion\": 1, \"declarations\": {\"D.U\": {\"kind\": \"union\", \"versions\": [{\"version\": 1, \"discriminator\": \"type\", \"members\": {\"D.A\": {\"eventType\": false}}}]}}}", 150 },
        // A member name that is not a full name.
        { "{\"formatVersion\": 1, \"declarations\": {\"D.U\": {\"kind\": \"union\", \"versions\": [{\"version\": 1, \"discriminator\": \"type\", \"members\": {\"a b\": {\"eventType\": true}}}]}}}", 129 },
    };

    [Theory]
    [MemberData(nameof(MalformedUnionLocks))]
    public void A_malformed_union_entry_is_a_located_error(string text, int column)
    {
        var result = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, text));
        Assert.Null(result.Lock);
        var diagnostic = result.Diagnostics[0];
        Assert.Equal("ES0721", diagnostic.Code);
        Assert.Equal(new LinePosition(1, column), diagnostic.Start);
    }
}
