using System.Collections;
using System.Reflection;
using EventSchema.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventSchema.Generator.Tests;

/// <summary>
/// The generator does no needless work: a second run after an unrelated edit is served from cache, an
/// edit to one schema re-emits only that schema's file, and no pipeline model holds compiler objects.
/// </summary>
public sealed class IncrementalityTests
{
    private static readonly string[] TrackedSteps =
    [
        EventSchemaGenerator.TrackingNames.Options,
        EventSchemaGenerator.TrackingNames.TargetFeatures,
        EventSchemaGenerator.TrackingNames.ParsedSchemas,
        EventSchemaGenerator.TrackingNames.Plan,
        EventSchemaGenerator.TrackingNames.FilePlans,
        EventSchemaGenerator.TrackingNames.FileSpecs,
        EventSchemaGenerator.TrackingNames.HasSchemas,
        EventSchemaGenerator.TrackingNames.Polyfills,
        EventSchemaGenerator.TrackingNames.LanguageVersion,
        EventSchemaGenerator.TrackingNames.Evolution,
        EventSchemaGenerator.TrackingNames.ImplementedConversions,
        EventSchemaGenerator.TrackingNames.CatalogEvents,
        EventSchemaGenerator.TrackingNames.ProjectTypes,
        EventSchemaGenerator.TrackingNames.GeneratedJsonLayout,
        EventSchemaGenerator.TrackingNames.GeneratedJsonParts,
    ];

    [Fact]
    public void Editing_unrelated_csharp_leaves_every_step_cached_or_unchanged()
    {
        var schemas = GeneratorHarness.SchemasFrom("diplomacy");
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(schemas), compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Anchor { public static int Answer => 42; } }", GeneratorHarness.ParseOptions, path: "/project/Code0.cs", cancellationToken: TestContext.Current.CancellationToken));
        var second = GeneratorHarness.Run(first.Driver, edited);

        var result = second.Driver.GetRunResult().Results.Single();
        foreach (string step in TrackedSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"Step {step} was not tracked.");
            foreach (var run in result.TrackedSteps[step])
            {
                foreach (var output in run.Outputs)
                {
                    Assert.True(
                        output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        $"Step {step} output was {output.Reason} after an unrelated edit.");
                }
            }
        }
        foreach (var output in result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs))
        {
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason);
        }
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void Editing_one_schema_re_emits_only_that_file()
    {
        // day.eventschema declares a union of every event, which reaches them all (see the test below).
        var schemas = GeneratorHarness.SchemasFrom("diplomacy").Where(schema => !schema.Path.EndsWith("day.eventschema", StringComparison.Ordinal)).ToList();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(schemas);
        var first = GeneratorHarness.Run(driver, compilation);

        var regards = schemas.Single(schema => schema.Path.EndsWith("regards.eventschema", StringComparison.Ordinal));
        var editedRegards = new InMemoryAdditionalText(regards.Path, regards.Content.Replace("  via: Official;", "  via: Official;\n  @maxLength(40) channel?: string;"));
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(regards, editedRegards), compilation);

        var result = second.Driver.GetRunResult().Results.Single();
        var parsed = result.TrackedSteps[EventSchemaGenerator.TrackingNames.ParsedSchemas].SelectMany(run => run.Outputs).ToList();
        Assert.Single(parsed, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(schemas.Count - 1, parsed.Count(output => output.Reason == IncrementalStepRunReason.Cached));

        // Every file is planned again (binding is cheap), but only the edited file's plan differs...
        var plans = result.TrackedSteps[EventSchemaGenerator.TrackingNames.FilePlans].SelectMany(run => run.Outputs).ToList();
        var modifiedPlan = Assert.Single(plans, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.EndsWith("regards.eventschema", ((Model.FilePlan)modifiedPlan.Value).Path);
        Assert.All(plans.Where(output => output != modifiedPlan), output => Assert.Equal(IncrementalStepRunReason.Unchanged, output.Reason));

        // ...so only its spec is built again; the others are served from cache without running the builder.
        var specs = result.TrackedSteps[EventSchemaGenerator.TrackingNames.FileSpecs].SelectMany(run => run.Outputs).ToList();
        var modified = Assert.Single(specs, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.EndsWith("regards.eventschema", ((Model.FileGeneration)modified.Value).Spec!.FilePath);
        Assert.All(specs.Where(output => output != modified), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));

        // A field added inside an event changes no name, type string or version: the sources that cover the whole project
        // by those (the event catalog, GeneratedJson, the type registry) are not written again.
        foreach (string step in new[] { EventSchemaGenerator.TrackingNames.CatalogEvents, EventSchemaGenerator.TrackingNames.ProjectTypes })
        {
            Assert.All(result.TrackedSteps[step].SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Unchanged, output.Reason));
        }

        // What the rerun emits is byte for byte what a cold run on the edited files emits.
        var cold = GeneratorHarness.Run(schemas.Select(schema => schema == regards ? editedRegards : schema), compilation: compilation);
        Assert.Equal(cold.Sources, second.Sources);

        var changedSources = second.TypeSources.Where(pair => first.Sources[pair.Key] != pair.Value).Select(pair => pair.Key).ToList();
        // Sources are generated per namespace: the one that changed is Diplomacy's, which holds regards.eventschema.
        Assert.StartsWith("Diplomacy.", Assert.Single(changedSources), StringComparison.Ordinal);
        Assert.DoesNotContain("News", changedSources.Single(), StringComparison.Ordinal);
        Assert.Contains("public string? Channel { get; init; }", second.Sources[changedSources.Single()]);
    }

    [Fact]
    public void Adding_a_record_writes_only_its_namespaces_part_of_GeneratedJson()
    {
        var schemas = GeneratorHarness.SchemasFrom("diplomacy").ToList();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(schemas), compilation);

        var regards = schemas.Single(schema => schema.Path.EndsWith("regards.eventschema", StringComparison.Ordinal));
        var editedRegards = new InMemoryAdditionalText(regards.Path, regards.Content + "\nrecord AddedInAnEdit {\n  note?: string;\n}\n");
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(regards, editedRegards), compilation);
        Assert.Equal(GeneratorHarness.Run(schemas.Select(schema => schema == regards ? editedRegards : schema), compilation: compilation).Sources, second.Sources);

        var parts = second.Driver.GetRunResult().Results.Single().TrackedSteps[EventSchemaGenerator.TrackingNames.GeneratedJsonParts]
            .SelectMany(run => run.Outputs)
            .ToList();
        Assert.True(parts.Count > 1, "The seed schemas declare more than one namespace.");
        var written = Assert.Single(parts, output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        Assert.Contains(((Model.GeneratedJsonPart)written.Value).Types, type => type.FullName == "Diplomacy.AddedInAnEdit");
        Assert.All(parts.Where(output => output != written), output => Assert.Equal(IncrementalStepRunReason.Unchanged, output.Reason));
        // The main source lists the namespaces' parts, which did not change.
        Assert.Equal(first.Sources[Json.GeneratedJsonEmitter.HintName], second.Sources[Json.GeneratedJsonEmitter.HintName]);
        Assert.Contains("JsonTypeInfo<global::Diplomacy.AddedInAnEdit> AddedInAnEdit => ", second.GeneratedJson, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_after_each_of_a_series_of_edits_generates_and_reports_what_a_cold_run_does()
    {
        // Each rerun binds only what its edit can affect, starting from the run before; each is compared with a cold run.
        (string File, string Find, string Replace)[] edits =
        [
            ("regards.eventschema", "event RegardsConveyed {", "record Courier {\n  name: string;\n}\n\nevent RegardsConveyed {"),
            ("credentials.eventschema", "...Occurrence;", "...Occurrence;\n  courier?: Courier;"),
            ("regards.eventschema", "record Courier {", "record Messenger {"),
            ("regards.eventschema", "record Messenger {", "record Courier {"),
            ("common.eventschema", "record Attribution {", "record Attribution {\n  @maxLength(30) desk?: string;"),
            ("regards.eventschema", "...Occurrence;", "...Occurrence;\n  ...Attribution;"),
            ("common.eventschema", "  citing?: string;\n", ""),
            ("regards.eventschema", "  ...Attribution;\n", ""),
            ("news.eventschema", "using Diplomacy;", "using Diplomacy;\n\nrecord Courier {\n  desk: string;\n}\n"),
            ("credentials.eventschema", "courier?: Courier;", "courier?: Diplomacy.News.Courier;"),
        ];
        var schemas = GeneratorHarness.SchemasFrom("diplomacy").Select(schema => new InMemoryAdditionalText(schema.Path, schema.Content)).ToList();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(schemas), compilation);

        foreach (var (file, find, replace) in edits)
        {
            int index = schemas.FindIndex(schema => schema.Path.EndsWith(file, StringComparison.Ordinal));
            var before = schemas[index];
            Assert.Contains(find, before.Content, StringComparison.Ordinal);
            var after = new InMemoryAdditionalText(before.Path, before.Content.Replace(find, replace, StringComparison.Ordinal));
            schemas[index] = after;
            run = GeneratorHarness.Run(run.Driver.ReplaceAdditionalText(before, after), compilation);

            var cold = GeneratorHarness.Run(schemas, compilation: compilation);
            Assert.Equal(cold.Sources, run.Sources);
            Assert.Equal(cold.GeneratorDiagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal), run.GeneratorDiagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
        }
        Assert.Contains("partial record Courier", run.Sources.Values.Single(source => source.Contains("namespace Diplomacy.News", StringComparison.Ordinal) && source.Contains("partial record Courier", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_referenced_declaration_rebuilds_exactly_the_files_that_reach_it()
    {
        var schemas = GeneratorHarness.SchemasFrom("diplomacy").ToList();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(schemas), compilation);

        // Official (common.eventschema) is used by most files; news.eventschema does not reach it.
        var common = schemas.Single(schema => schema.Path.EndsWith("common.eventschema", StringComparison.Ordinal));
        var editedCommon = new InMemoryAdditionalText(common.Path, common.Content.Replace("country: CountryCode;", "country: CountryCode;\n  @maxLength(40) honorific?: string;"));
        Assert.NotEqual(common.Content, editedCommon.Content);
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(common, editedCommon), compilation);

        var cold = GeneratorHarness.Run(schemas.Select(schema => schema == common ? editedCommon : schema), compilation: compilation);
        Assert.Equal(cold.Sources, second.Sources);

        var specs = second.Driver.GetRunResult().Results.Single().TrackedSteps[EventSchemaGenerator.TrackingNames.FileSpecs]
            .SelectMany(run => run.Outputs)
            .ToList();
        var generated = specs.Select(output => ((Model.FileGeneration)output.Value).Spec!).ToList();
        var rebuilt = specs.Where(output => output.Reason == IncrementalStepRunReason.Modified)
            .Select(output => ((Model.FileGeneration)output.Value).Spec!.FilePath)
            .ToHashSet();
        // A file whose spec changed was rebuilt; a file that reaches the edited record was built again (its plan
        // changed) to an equal spec, since its JSON Schemas name the record's entry instead of holding its text.
        var firstSpecs = first.Driver.GetRunResult().Results.Single().TrackedSteps[EventSchemaGenerator.TrackingNames.FileSpecs]
            .SelectMany(run => run.Outputs)
            .Select(output => ((Model.FileGeneration)output.Value).Spec!)
            .ToDictionary(spec => spec.FilePath);
        var changed = generated
            .Where(spec => !spec.Equals(firstSpecs[spec.FilePath]))
            .Select(spec => spec.FilePath)
            .ToHashSet();
        Assert.Equal(changed, rebuilt);
        Assert.Equal([common.Path], changed);
        Assert.Contains(specs, output => output.Reason == IncrementalStepRunReason.Unchanged
            && ((Model.FileGeneration)output.Value).Spec!.FilePath.EndsWith("regards.eventschema", StringComparison.Ordinal));
        Assert.Contains(specs, output => output.Reason == IncrementalStepRunReason.Cached
            && ((Model.FileGeneration)output.Value).Spec!.FilePath.EndsWith("news.eventschema", StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_a_union_member_rebuilds_the_union_whose_schema_holds_it()
    {
        var rail = GeneratorHarness.Schema("shop/rail.eventschema", "namespace Shop;\n\nrecord Rail {\n  line: string;\n}\n");
        var sea = GeneratorHarness.Schema("shop/sea.eventschema", "namespace Shop;\n\nrecord Sea {\n  vessel: string;\n}\n");
        var leg = GeneratorHarness.Schema("shop/leg.eventschema", "namespace Shop;\n\nunion Leg = Rail | Sea;\n");
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        var before = GeneratorHarness.Run(GeneratorHarness.CreateDriver([rail, sea, leg]), compilation);

        var editedRail = GeneratorHarness.Schema("shop/rail.eventschema", "namespace Shop;\n\nrecord Rail {\n  line: string;\n  @minimum(1) wagons: int;\n}\n");
        var after = GeneratorHarness.Run(before.Driver.ReplaceAdditionalText(rail, editedRail), compilation);

        Assert.Equal(GeneratorHarness.Run([editedRail, sea, leg], compilation: compilation).Sources, after.Sources);
        var reasons = after.Driver.GetRunResult().Results.Single().TrackedSteps[EventSchemaGenerator.TrackingNames.FileSpecs]
            .SelectMany(run => run.Outputs)
            .ToDictionary(output => Path.GetFileName(((Model.FileGeneration)output.Value).Spec!.FilePath), output => output.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, reasons["rail.eventschema"]);
        Assert.Equal(IncrementalStepRunReason.Modified, reasons["leg.eventschema"]);
        Assert.Equal(IncrementalStepRunReason.Cached, reasons["sea.eventschema"]);
    }

    [Fact]
    public void Records_that_reach_each_other_across_files_are_rebuilt_together()
    {
        var first = GeneratorHarness.Schema("shop/first.eventschema", "namespace Shop;\n\nrecord First {\n  second?: Second;\n}\n");
        var second = GeneratorHarness.Schema("shop/second.eventschema", "namespace Shop;\n\nrecord Second {\n  firsts: list<First>;\n}\n");
        var third = GeneratorHarness.Schema("shop/third.eventschema", "namespace Shop;\n\nrecord Third {\n  note: string;\n}\n");
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        var before = GeneratorHarness.Run(GeneratorHarness.CreateDriver([first, second, third]), compilation);

        var editedSecond = GeneratorHarness.Schema("shop/second.eventschema", "namespace Shop;\n\nrecord Second {\n  firsts: list<First>;\n  @maxLength(20) label?: string;\n}\n");
        var after = GeneratorHarness.Run(before.Driver.ReplaceAdditionalText(second, editedSecond), compilation);

        Assert.Equal(GeneratorHarness.Run([first, editedSecond, third], compilation: compilation).Sources, after.Sources);
        var reasons = after.Driver.GetRunResult().Results.Single().TrackedSteps[EventSchemaGenerator.TrackingNames.FileSpecs]
            .SelectMany(run => run.Outputs)
            .ToDictionary(output => Path.GetFileName(((Model.FileGeneration)output.Value).Spec!.FilePath), output => output.Reason);
        // First reaches Second, so it is built again, to the same spec: its JSON Schema names Second's entry.
        Assert.Equal(IncrementalStepRunReason.Unchanged, reasons["first.eventschema"]);
        Assert.Equal(IncrementalStepRunReason.Modified, reasons["second.eventschema"]);
        Assert.Equal(IncrementalStepRunReason.Cached, reasons["third.eventschema"]);
    }

    [Fact]
    public void Breaking_and_fixing_a_shared_file_skips_and_then_restores_its_dependents()
    {
        var schemas = GeneratorHarness.SchemasFrom("diplomacy").ToList();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(schemas), compilation);

        var common = schemas.Single(schema => schema.Path.EndsWith("common.eventschema", StringComparison.Ordinal));
        var brokenCommon = new InMemoryAdditionalText(common.Path, common.Content.Replace("country: CountryCode;", "country: CountryCod;"));
        var broken = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(common, brokenCommon), compilation);
        Assert.Equal(GeneratorHarness.Run(schemas.Select(schema => schema == common ? brokenCommon : schema), compilation: compilation).Sources, broken.Sources);
        // Only the broken record and what uses it are left out: the rest of common.eventschema is still generated.
        string brokenDiplomacySource = Assert.Single(broken.TypeSources, pair => pair.Key.StartsWith("Diplomacy.", StringComparison.Ordinal) && !pair.Key.StartsWith("Diplomacy.News.", StringComparison.Ordinal)).Value;
        Assert.DoesNotContain("\n// regards.eventschema\n", brokenDiplomacySource, StringComparison.Ordinal);
        string brokenCommonSource = GeneratorRun.SchemaFilePart(brokenDiplomacySource, "common.eventschema");
        Assert.DoesNotContain("partial record Official", brokenCommonSource);
        Assert.Contains("partial record Attribution", brokenCommonSource);
        Assert.Contains(broken.NotGenerated, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("'Official' was not generated", StringComparison.Ordinal));

        var fixedAgain = GeneratorHarness.Run(broken.Driver.ReplaceAdditionalText(brokenCommon, common), compilation);
        Assert.Equal(first.Sources, fixedAgain.Sources);
    }

    [Fact]
    public void Pipeline_models_hold_no_symbols_syntax_nodes_locations_or_compilations()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.SchemasFrom("diplomacy"));
        var result = run.Driver.GetRunResult().Results.Single();

        var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(SyntaxTree) };
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        // The generator's own steps; the compiler's input steps (the compilation itself) are not models.
        foreach (string step in TrackedSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(stepRun => stepRun.Outputs))
            {
                Walk(output.Value, $"{step}", forbidden, visited);
            }
        }
        Assert.NotEmpty(visited);
    }

    private static void Walk(object? value, string path, Type[] forbidden, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is Enum || value is decimal || value is Type || value is Delegate) return;
        foreach (Type type in forbidden)
        {
            Assert.False(type.IsInstanceOfType(value), $"{path} holds a {value.GetType().FullName}, which is a {type.Name}.");
        }
        if (!value.GetType().IsValueType && !visited.Add(value)) return;

        if (value is IEnumerable items)
        {
            int index = 0;
            foreach (object? item in items) Walk(item, $"{path}[{index++}]", forbidden, visited);
        }
        for (Type? type = value.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike) continue;
                Walk(field.GetValue(value), path + "." + field.Name, forbidden, visited);
            }
        }
    }
}
