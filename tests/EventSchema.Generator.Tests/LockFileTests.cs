using System.Collections.Immutable;
using EventSchema.Generator.Tests.Infrastructure;
using EventSchema.Language;
using EventSchema.Language.Evolution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EventSchema.Generator.Tests;

/// <summary>
/// The lock file reaches the generator as an additional file the package's targets mark; the build compares the
/// schemas with it and reports breaking changes at the schema, and an unchanged lock file costs nothing.
/// </summary>
public sealed class LockFileTests
{
    private const string Published = """
        namespace Diplomacy;

        @version(1)
        event GreetingsConveyed {
          from: string;
          to: string;
          @maxLength(200) message?: string;
        }

        """;

    private const string LockPath = GeneratorHarness.ProjectDirectory + "eventschema.lock.json";

    private static string LockOf(string schema)
        => SchemaLock.FromCompilation(SchemaCompilation.Create([new Language.Text.SourceText("/project/greetings.eventschema", schema)])).Write();

    [Fact]
    public void A_breaking_edit_is_an_error_at_the_schema_token_and_a_compatible_one_is_not()
    {
        string lockText = LockOf(Published);

        // The published version edited in place: a required field is gone, and the message may now be shorter.
        string breaking = Published.Replace("  to: string;\n", "").Replace("@maxLength(200)", "@maxLength(100)");
        var broken = Run(breaking, lockText);
        var errors = broken.GeneratorDiagnostics.Where(diagnostic => diagnostic.Id.StartsWith("ES07", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, diagnostic => Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity));
        Assert.All(errors, diagnostic => Assert.Equal("/project/greetings.eventschema", diagnostic.Location.GetLineSpan().Path));
        // Line 6 of the schema (0-based 5): the constraint, quoting what the lock file says.
        Assert.Contains(errors, diagnostic => diagnostic.GetMessage().StartsWith("PUBLISHED_VERSION_EDITED", StringComparison.Ordinal)
            && diagnostic.GetMessage().Contains("'@maxLength(200)'", StringComparison.Ordinal)
            && diagnostic.Location.GetLineSpan().StartLinePosition == new Microsoft.CodeAnalysis.Text.LinePosition(5, 2));
        Assert.Contains(errors, diagnostic => diagnostic.GetMessage().Contains("`to: string`", StringComparison.Ordinal));

        // A new version with an optional field is compatible.
        string compatible = Published.Replace("@version(1)", "@version(2)").Replace("  @maxLength(200) message?: string;\n", "  @maxLength(200) message?: string;\n  @added(2) channel?: string;\n");
        Assert.Empty(Run(compatible, lockText).GeneratorDiagnostics);

        // The mode None allows a new version to break, but a published version still may not be edited.
        Assert.All(Run(breaking, lockText, "None").GeneratorDiagnostics, diagnostic => Assert.Equal("ES0730", diagnostic.Id));
        Assert.NotEmpty(Run(breaking, lockText, "None").GeneratorDiagnostics);
        string requiredAdded = Published.Replace("@version(1)", "@version(2)").Replace("  @maxLength(200) message?: string;\n", "  @maxLength(200) message?: string;\n  @added(2) channel: string;\n");
        // (ES0780, the missing conversion for reading version 1, is not a compatibility rule: every mode has it.)
        static bool IsBreakingChange(Microsoft.CodeAnalysis.Diagnostic diagnostic) => diagnostic.Id.StartsWith("ES07", StringComparison.Ordinal) && diagnostic.Id != "ES0780";
        Assert.Contains(Run(requiredAdded, lockText).GeneratorDiagnostics, IsBreakingChange);
        Assert.DoesNotContain(Run(requiredAdded, lockText, "None").GeneratorDiagnostics, IsBreakingChange);
        // An unknown mode is an error of its own.
        var unknown = Assert.Single(Run(Published, lockText, "Sideways").GeneratorDiagnostics);
        Assert.Equal("ES0781", unknown.Id);
        Assert.Contains("'Sideways'", unknown.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SnakeCas")]
    [InlineData("pascal")]
    public void An_unknown_naming_is_an_error_without_a_location_and_the_cli_spellings_work(string unknown)
    {
        string lockText = LockOf(Received);

        var run = Run(Received, lockText, naming: unknown);
        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("ES0782", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(Location.None, error.Location);
        Assert.Equal($"EventSchemaJsonNaming is '{unknown}', which is no JSON naming, so the build cannot tell the wire names of fields without @json; use AsWritten, CamelCase, SnakeCase or KebabCase (in any letter case, with or without '_' or '-' between the words, or camel, snake, kebab).", error.GetMessage());
        // It generates under the default naming meanwhile.
        Assert.DoesNotContain("received_by", string.Concat(run.Sources.Values), StringComparison.Ordinal);

        // What eventschema's --naming reads, the build reads too: here a naming that renames a published field.
        var snake = Run(Received, lockText, naming: "snake_case");
        Assert.Equal("ES0763", Assert.Single(snake.GeneratorDiagnostics).Id);
        Assert.Contains("received_by", string.Concat(snake.Sources.Values), StringComparison.Ordinal);
    }

    [Fact]
    public void A_union_change_is_an_error_at_the_union_in_the_build()
    {
        const string Records = "namespace Diplomacy;\n\nrecord Visit { host: string; }\nrecord Talks { topic: string; }\n\n";
        string lockText = LockOf(Records + "union Meeting = Visit | Talks;\n");
        // Version 2 drops a member: stored meetings of that kind can no longer be read (line 7, the union's name).
        var removed = Run(Records + "@version(2)\nunion Meeting = Visit;\n", lockText);
        var error = Assert.Single(removed.GeneratorDiagnostics);
        Assert.Equal("ES0765", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.StartsWith("UNION_MEMBER_REMOVED: Version 2 of union 'Diplomacy.Meeting' has no member 'Diplomacy.Talks'", error.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(6, 6), error.Location.GetLineSpan().StartLinePosition);
        // Under a forward mode that is compatible.
        Assert.Empty(Run(Records + "@version(2)\nunion Meeting = Visit;\n", lockText, "Forward").GeneratorDiagnostics);
    }

    private const string Received = """
        namespace Diplomacy;

        event LetterReceived {
          id: string;
          receivedBy: string;
          @json("sent_on") sentOn: date;
        }

        """;

    [Fact]
    public void A_naming_that_renames_published_fields_is_an_error_at_the_declaration()
    {
        string lockText = LockOf(Received);
        Assert.Contains("\"jsonNaming\": \"AsWritten\"", lockText, StringComparison.Ordinal);

        var renamed = Run(Received, lockText, naming: "SnakeCase");

        var error = Assert.Single(renamed.GeneratorDiagnostics);
        Assert.Equal("ES0763", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("/project/greetings.eventschema", error.Location.GetLineSpan().Path);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(2, 6), error.Location.GetLineSpan().StartLinePosition); // 'LetterReceived'
        Assert.StartsWith("JSON_NAMING_CHANGED: The lock file records the published versions of 'Diplomacy.LetterReceived' under the JSON naming AsWritten (", error.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("now SnakeCase, which renames fields on the wire: \"receivedBy\" becomes \"received_by\";", error.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("set EventSchemaJsonNaming (eventschema's --naming) back to AsWritten", error.GetMessage(), StringComparison.Ordinal);
        // The generated code does use the new name: the error is about a real change on the wire.
        Assert.Contains("received_by", string.Concat(renamed.Sources.Values), StringComparison.Ordinal);

        // The naming the lock records, in any letter case, and mode None: nothing.
        Assert.Empty(Run(Received, lockText, naming: "AsWritten").GeneratorDiagnostics);
        Assert.Empty(Run(Received, lockText).GeneratorDiagnostics);
        Assert.Empty(Run(Received, lockText, mode: "None", naming: "snakecase").GeneratorDiagnostics);
        // A naming that gives every published field its wire name again: one-word names, and names pinned with @json.
        string pinned = Received.Replace("  receivedBy: string;", "  @json(\"receivedBy\") receivedByName: string;", StringComparison.Ordinal);
        string pinnedLock = LockOf(pinned);
        Assert.Empty(Run(pinned, pinnedLock).GeneratorDiagnostics);
        Assert.Empty(Run(pinned, pinnedLock, naming: "KebabCase").GeneratorDiagnostics);
    }

    [Fact]
    public void The_build_gives_renamed_fields_with_json_the_verdict_of_their_wire_names()
    {
        string lockText = LockOf("namespace Diplomacy;\n\nevent Visit {\n  @json(\"when\") occurredOn: date;\n}\n");
        static string Version2(string field) => "namespace Diplomacy;\n\n@version(2)\nevent Visit {\n  " + field + "\n}\n";
        static IEnumerable<Microsoft.CodeAnalysis.Diagnostic> Breaks(GeneratorRun run) => run.GeneratorDiagnostics.Where(d => d.Id.StartsWith("ES07", StringComparison.Ordinal));

        // Renamed in C# only, the wire name kept: nothing, in any mode.
        Assert.Empty(Breaks(Run(Version2("@renamedFrom(2, \"occurredOn\") @json(\"when\") happenedOn: date;"), lockText, "FullTransitive")));
        // Renamed on the wire: '@json' dropped, '@renamedFrom' says what version 1 wrote. A forward break only.
        string onTheWire = Version2("@renamedFrom(2, \"when\") occurredOn: date;");
        Assert.Empty(Breaks(Run(onTheWire, lockText)));
        Assert.Equal(["ES0735"], Breaks(Run(onTheWire, lockText, "Full")).Select(d => d.Id));
        // A '@json' that says version 1 wrote another name: one edit, at the '@json' (line 5, column 27).
        var edit = Assert.Single(Breaks(Run(Version2("@renamedFrom(2, \"when\") @json(\"occurred\") occurredOn: date;"), lockText)));
        Assert.Equal("ES0730", edit.Id);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(4, 26), edit.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("write '@json(\"when\")' to keep the published wire name in every version", edit.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lock_file_that_is_not_json_is_reported_in_the_lock_file()
    {
        var run = Run(Published, "{ \"declarations\": ");
        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.StartsWith("ES072", error.Id, StringComparison.Ordinal);
        Assert.Equal(LockPath, error.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Without_the_lock_metadata_a_json_file_is_not_a_lock_file()
    {
        var schema = GeneratorHarness.Schema("greetings.eventschema", Published.Replace("  to: string;\n", ""));
        var driver = CSharpGeneratorDriver.Create(
            [new EventSchemaGenerator().AsSourceGenerator()],
            [schema, new InMemoryAdditionalText(LockPath, LockOf(Published))],
            GeneratorHarness.ParseOptions,
            new TestOptionsProvider(GeneratorHarness.DefaultProperties));
        var run = GeneratorHarness.Run(driver, GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }"));
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void An_unchanged_lock_file_keeps_every_step_cached_and_an_edited_one_rebuilds_no_spec()
    {
        var schemas = GeneratorHarness.SchemasFrom("diplomacy").Cast<AdditionalText>().ToList();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        var cancellationToken = TestContext.Current.CancellationToken;
        var lockFile = new InMemoryAdditionalText(LockPath, SchemaLock.FromCompilation(
            SchemaCompilation.Create(schemas.Select(schema => new Language.Text.SourceText(schema.Path, schema.GetText(cancellationToken)!.ToString())), cancellationToken),
            cancellationToken: cancellationToken).Write());
        var first = GeneratorHarness.Run(CreateDriver([.. schemas, lockFile]), compilation);
        Assert.Empty(first.GeneratorDiagnostics);

        // The same text, read again (a new AdditionalText, as after a save without changes), and a C# edit.
        var reread = new InMemoryAdditionalText(LockPath, lockFile.Content);
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Anchor { public static int Answer => 42; } }", GeneratorHarness.ParseOptions, path: "/project/Code0.cs", cancellationToken: TestContext.Current.CancellationToken));
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(lockFile, reread), edited);
        var result = second.Driver.GetRunResult().Results.Single();
        var ownSteps = typeof(EventSchemaGenerator.TrackingNames).GetFields().Select(field => (string)field.GetValue(null)!).ToHashSet();
        foreach (var (step, runs) in result.TrackedSteps.Where(step => ownSteps.Contains(step.Key)))
        {
            foreach (var output in runs.SelectMany(run => run.Outputs))
            {
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step {step} output was {output.Reason} with an unchanged lock file.");
            }
        }
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));

        // An edited lock file is compared again, but it decides no generated code: every file's spec stays cached.
        var relocked = new InMemoryAdditionalText(LockPath, lockFile.Content.Replace("\n", "\n ", StringComparison.Ordinal));
        var third = GeneratorHarness.Run(second.Driver.ReplaceAdditionalText(reread, relocked), edited);
        var thirdResult = third.Driver.GetRunResult().Results.Single();
        Assert.Contains(thirdResult.TrackedSteps[EventSchemaGenerator.TrackingNames.Evolution].SelectMany(run => run.Outputs), output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.All(
            thirdResult.TrackedSteps[EventSchemaGenerator.TrackingNames.FileSpecs].SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Equal(first.Sources, third.Sources);
    }

    private static GeneratorRun Run(string schema, string lockText, string? mode = null, string? naming = null)
    {
        var properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties);
        if (mode is not null) properties["build_property.EventSchemaCompatibility"] = mode;
        if (naming is not null) properties["build_property.EventSchemaJsonNaming"] = naming;
        var driver = CreateDriver([GeneratorHarness.Schema("greetings.eventschema", schema), new InMemoryAdditionalText(LockPath, lockText)], properties);
        return GeneratorHarness.Run(driver, GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }"));
    }

    private static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? properties = null)
        => CSharpGeneratorDriver.Create(
            [new EventSchemaGenerator().AsSourceGenerator()],
            files,
            GeneratorHarness.ParseOptions,
            new LockMarkingOptions(properties ?? GeneratorHarness.DefaultProperties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>As the package's targets do: the lock file carries <c>EventSchemaLock="true"</c>.</summary>
    private sealed class LockMarkingOptions(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Marked = new(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.EventSchemaLock", "true"));
        private static readonly Options None = new(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path.EndsWith(".lock.json", StringComparison.Ordinal) ? Marked : None;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
