using EventSchema.Language.Evolution;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests.Evolution;

/// <summary>
/// Random union, random change to its members, discriminator and members' values: the checker reports a backward
/// (forward) break exactly when some payload the old (new) version writes is one the other version's reader refuses,
/// judged by a model of how a union reader dispatches (the discriminator property, then a known value of the same member).
/// </summary>
public class UnionCompatibilityPropertyTests
{
    /// <summary>Iterations: small for CI; set EVENTSCHEMA_PROPERTY_COUNT for a longer run.</summary>
    private static int Count => int.TryParse(Environment.GetEnvironmentVariable("EVENTSCHEMA_PROPERTY_COUNT"), out int n) && n > 0 ? n : 200;

    // Records and events that may be members; each may or may not carry a @discriminatorValue of its own.
    private static readonly string[] Pool = ["R0", "R1", "R2", "E0", "E1"];

    private sealed record UnionVersion(string Discriminator, List<string> Members, Dictionary<string, bool> ExplicitValue)
    {
        public string Schema(int version)
        {
            var text = new System.Text.StringBuilder("namespace D;\n");
            foreach (string name in Pool)
            {
                if (ExplicitValue[name]) text.Append("@discriminatorValue(\"v-").Append(name).Append("\") ");
                text.Append(name[0] == 'E' ? "event " : "record ").Append(name).Append(" { id: string; }\n");
            }
            text.Append("@version(").Append(version).Append(") @discriminator(\"").Append(Discriminator).Append("\")\n");
            text.Append("union U = ").Append(string.Join(" | ", Members)).Append(";\n");
            return text.ToString();
        }

        /// <summary>The value a payload of <paramref name="member"/> carries: its own, its event type, or its name.</summary>
        public string ValueOf(string member) => ExplicitValue[member] ? "v-" + member : member[0] == 'E' ? "d." + member.ToLowerInvariant() + ".v1" : member;

        /// <summary>Whether this version's reader reads what <paramref name="writer"/> writes for each of its members.</summary>
        public bool ReadsEverything(UnionVersion writer)
            => writer.Members.All(member => writer.Discriminator == Discriminator && Members.Contains(member) && ValueOf(member) == writer.ValueOf(member));
    }

    private static UnionVersion RandomVersion(Random random)
    {
        var members = Pool.Where(_ => random.Next(2) == 0).ToList();
        if (members.Count == 0) members.Add(Pool[random.Next(Pool.Length)]);
        return new UnionVersion(random.Next(2) == 0 ? "type" : "kind", members, Pool.ToDictionary(name => name, _ => random.Next(3) == 0));
    }

    private static UnionVersion RandomChange(Random random, UnionVersion old)
    {
        var members = Pool.Where(name => old.Members.Contains(name) != (random.Next(5) == 0)).ToList();
        if (members.Count == 0) members.Add(old.Members[0]);
        string discriminator = random.Next(6) == 0 ? (old.Discriminator == "type" ? "kind" : "type") : old.Discriminator;
        var values = Pool.ToDictionary(name => name, name => old.ExplicitValue[name] != (random.Next(6) == 0));
        return new UnionVersion(discriminator, members, values);
    }

    [Fact]
    public void The_checker_reports_a_union_break_exactly_when_a_payload_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        int breaks = 0;
        for (int seed = 0; seed < Count; seed++)
        {
            var random = new Random(seed);
            var old = RandomVersion(random);
            var changed = RandomChange(random, old);
            var oldCompilation = RuleTableTests.Compile(old.Schema(1));
            Assert.True(oldCompilation.Diagnostics.Count == 0, old.Schema(1) + string.Join("\n", oldCompilation.Diagnostics));
            var newCompilation = RuleTableTests.Compile(changed.Schema(2));
            Assert.True(newCompilation.Diagnostics.Count == 0, changed.Schema(2) + string.Join("\n", newCompilation.Diagnostics));
            var schemaLock = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, SchemaLock.FromCompilation(oldCompilation, cancellationToken: ct).Write())).Lock!;

            bool backwardBreaks = !changed.ReadsEverything(old), forwardBreaks = !old.ReadsEverything(changed);
            if (backwardBreaks || forwardBreaks) breaks++;
            foreach (var (mode, expected) in new[] { (CompatibilityMode.Backward, backwardBreaks), (CompatibilityMode.Forward, forwardBreaks), (CompatibilityMode.None, false) })
            {
                var diagnostics = CompatibilityChecker.Check(newCompilation, schemaLock, mode, ct);
                string context = $"seed {seed}, {mode}:\n{old.Schema(1)}---\n{changed.Schema(2)}{string.Join("\n", diagnostics)}";
                Assert.True(expected == diagnostics.Count > 0, context);
                Assert.All(diagnostics, d => Assert.InRange(string.CompareOrdinal(d.Code, "ES0765"), 0, string.CompareOrdinal("ES0768", "ES0765")));
            }
        }
        // The generator makes changes that break and changes that do not, in fair numbers.
        Assert.InRange(breaks, Count / 5, Count - Count / 10);
    }
}
