using EventSchema.Language.Diagnostics;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests;

/// <summary><see cref="SchemaCompilation.WithSyntaxTree(SyntaxTree, CancellationToken)"/> gives what binding every file again gives, while reusing the files an edit cannot affect.</summary>
public class IncrementalBindingTests
{
    private static readonly string[] SeedFiles = Directory.GetFiles(Path.Combine(RepositoryPaths.Schemas, "diplomacy"), "*.eventschema").Order(StringComparer.Ordinal).ToArray();

    /// <summary>Edits as (file, text to find, replacement), applied one after another.</summary>
    public static TheoryData<string, string, string> Edits => new()
    {
        { "common.eventschema", "name: string", "name: strin" },
        { "common.eventschema", "record Official", "record Offical" },
        { "support.eventschema", "supporter: Official", "supporter: Oficial" },
        { "support.eventschema", "supporter: Official", "supporter?: Official" },
        { "common.eventschema", "namespace Diplomacy;", "namespace Diplomacy.Common;" },
        { "common.eventschema", "@minLength(1)", "@minLength(\"one\")" },
        { "news.eventschema", "using Diplomacy;", "using Diplomcy;" },
        { "regards.eventschema", "event", "event event" },
        { "support.eventschema", "event SupportReaffirmed {", "event SupportReaffirmed {\n  self: SupportReaffirmed;" },
        { "common.eventschema", "record Official {", "record Official {\n  loop: Attribution;" },
        { "common.eventschema", "record Attribution {", "record Attribution {\n  back: Official;" },
        { "support.eventschema", "@version(", "@version(9" },
        { "cooperation.eventschema", "{", "{ {" },
        // Edits that declare, remove or rename names: the files that mention them are bound again too.
        { "common.eventschema", "record Attribution {", "record Venue {\n  city: string;\n}\n\nrecord Attribution {" },
        { "common.eventschema", "record Attribution {", "enum Attribution { a, b }\nrecord Unused {" },
        { "common.eventschema", "record Occurrence {", "record Occurence {" },
        { "common.eventschema", "record Official {", "union Official = Attribution;\nrecord OfficialPerson {" },
        { "common.eventschema", "@maxLength(120)\n  title?: string;", "@maxLength(120)\n  title?: string;\n  seat: Official | Attribution;" },
        { "news.eventschema", "using Diplomacy;", "using Diplomacy;\n\nrecord Official {\n  name: string;\n}\n" },
        { "support.eventschema", "enum SupportedPrinciple {", "record Occurrence {\n  on: date;\n}\n\nenum SupportedPrinciple {" },
        { "regards.eventschema", "event RegardsConveyed {", "record Official_ {\n  x: int;\n}\n\nevent RegardsConveyed {" },
        { "regards.eventschema", "event RegardsConveyed {", "event Extra {\n  x: int;\n}\n\nevent RegardsConveyed {" },
        // Spreads: a record that starts spreading one no other record spreads, and the only spreads of a record removed.
        { "regards.eventschema", "...Occurrence;", "...Occurrence;\n  ...Attribution;" },
        { "regards.eventschema", "...Occurrence;", "occurredOn: date;" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_edit_binds_to_the_same_symbols_and_diagnostics_as_binding_every_file(string file, string find, string replace)
    {
        var trees = SeedFiles.Select(path => SyntaxTree.Parse(new SourceText(path, File.ReadAllText(path)), TestContext.Current.CancellationToken)).ToList();
        var before = SchemaCompilation.Create(trees, TestContext.Current.CancellationToken);
        // Described now: the kept symbols are shared with later compilations.
        string described = Describe(before);
        var edited = trees.Single(t => Path.GetFileName(t.FilePath) == file);
        int at = edited.Text.Text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        var tree = SyntaxTree.Parse(new SourceText(edited.FilePath, string.Concat(edited.Text.Text.AsSpan(0, at), replace, edited.Text.Text.AsSpan(at + find.Length))), TestContext.Current.CancellationToken);

        var incremental = before.WithSyntaxTree(tree, TestContext.Current.CancellationToken);
        var full = SchemaCompilation.Create(trees.Select(t => ReferenceEquals(t, edited) ? tree : t), TestContext.Current.CancellationToken);

        Assert.Equal(Describe(full), Describe(incremental));
        AssertEverySymbolIsTheCompilationsOwn(incremental);
        // An editor's binding of only the direct dependents reports the same.
        Assert.Equal(Describe(full), Describe(before.WithSyntaxTree(tree, Binding.IncrementalBinding.DependentFiles.Direct, TestContext.Current.CancellationToken)));
        // And back again: the edit undone gives the first compilation's answers.
        var undone = incremental.WithSyntaxTree(edited, TestContext.Current.CancellationToken);
        Assert.Equal(described, Describe(undone));
        AssertEverySymbolIsTheCompilationsOwn(undone);
    }

    [Fact]
    public void A_file_that_reaches_the_edited_one_through_another_file_holds_the_new_symbols()
    {
        var ct = TestContext.Current.CancellationToken;
        SyntaxTree Tree(string path, string body) => SyntaxTree.Parse(new SourceText(path, "namespace N;\n\n" + body), ct);
        // c reaches a only through b; d reaches nothing that changes.
        var b = Tree("b.eventschema", "record B {\n  a: A;\n}\n");
        var c = Tree("c.eventschema", "record C {\n  b: B;\n}\n");
        var d = Tree("d.eventschema", "record D {\n  x: int;\n}\n");
        var before = SchemaCompilation.Create([Tree("a.eventschema", "record A {\n  x: int;\n}\n"), b, c, d], ct);

        var after = before.WithSyntaxTree(Tree("a.eventschema", "record A {\n  x: int;\n  y?: string;\n}\n"), ct);

        AssertEverySymbolIsTheCompilationsOwn(after);
        var reachedThroughB = (RecordSymbol)((NamedType)((RecordSymbol)((NamedType)((RecordSymbol)after.GetDeclaration("N.C")!).Fields[0].Type).Declaration).Fields[0].Type).Declaration;
        Assert.Equal(["x", "y"], reachedThroughB.Fields.Select(f => f.Name));
        Assert.Same(before.GetDeclaration("N.D"), after.GetDeclaration("N.D"));
    }

    [Fact]
    public void A_new_name_in_a_files_own_namespace_is_bound_by_the_files_that_imported_it_from_elsewhere()
    {
        var ct = TestContext.Current.CancellationToken;
        // b imports M.Port; once a declares N.Port, b's own namespace wins, as in C#.
        var m = SyntaxTree.Parse(new SourceText("m.eventschema", "namespace M;\n\nrecord Port {\n  code: string;\n}\n"), ct);
        var b = SyntaxTree.Parse(new SourceText("b.eventschema", "namespace N;\n\nusing M;\n\nrecord Call {\n  port: Port;\n}\n"), ct);
        var a = SyntaxTree.Parse(new SourceText("a.eventschema", "namespace N;\n\nrecord Other {\n  x: int;\n}\n"), ct);
        var unrelated = SyntaxTree.Parse(new SourceText("u.eventschema", "namespace N;\n\nrecord Unrelated {\n  x: int;\n}\n"), ct);
        var before = SchemaCompilation.Create([a, b, m, unrelated], ct);
        var edited = SyntaxTree.Parse(new SourceText("a.eventschema", a.Text.Text + "\nrecord Port {\n  berth: int;\n}\n"), ct);

        var incremental = before.WithSyntaxTree(edited, ct);

        Assert.Equal(Describe(SchemaCompilation.Create([edited, b, m, unrelated], ct)), Describe(incremental));
        Assert.Equal("N.Port", ((NamedType)((RecordSymbol)incremental.GetDeclaration("N.Call")!).Fields[0].Type).Declaration.FullName);
        // m mentions the name (it declares M.Port): bound again, as every file with the name in its text is.
        Assert.Same(before.GetDeclaration("N.Unrelated"), incremental.GetDeclaration("N.Unrelated"));
    }

    [Theory]
    // A name another file declares: reported as a duplicate, whichever file comes first.
    [InlineData("record Call {\n  x: int;\n}\n")]
    // One C# type with another file's name.
    [InlineData("record call {\n  x: int;\n}\n")]
    // The name of another file's union written in place.
    [InlineData("record CallLeg {\n  x: int;\n}\n")]
    public void A_new_name_that_clashes_with_another_files_is_reported_as_binding_every_file_reports_it(string added)
    {
        var ct = TestContext.Current.CancellationToken;
        var b = SyntaxTree.Parse(new SourceText("b.eventschema", "namespace N;\n\nrecord Call {\n  leg: Rail | Sea;\n}\n\nrecord Rail {\n  line: string;\n}\n\nrecord Sea {\n  vessel: string;\n}\n"), ct);
        var a = SyntaxTree.Parse(new SourceText("a.eventschema", "namespace N;\n\nrecord Other {\n  x: int;\n}\n"), ct);
        var before = SchemaCompilation.Create([a, b], ct);
        var edited = SyntaxTree.Parse(new SourceText("a.eventschema", a.Text.Text + "\n" + added), ct);

        var incremental = before.WithSyntaxTree(edited, ct);

        var full = SchemaCompilation.Create([edited, b], ct);
        Assert.NotEmpty(full.Diagnostics);
        Assert.Equal(Describe(full), Describe(incremental));
    }

    [Fact]
    public void A_name_that_was_unknown_resolves_once_another_file_declares_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var b = SyntaxTree.Parse(new SourceText("b.eventschema", "namespace N;\n\nrecord Call {\n  port: Port;\n}\n"), ct);
        var a = SyntaxTree.Parse(new SourceText("a.eventschema", "namespace N;\n\nrecord Other {\n  x: int;\n}\n"), ct);
        var before = SchemaCompilation.Create([a, b], ct);
        Assert.Contains(before.Diagnostics, d => d.Code == "ES0020");
        var edited = SyntaxTree.Parse(new SourceText("a.eventschema", a.Text.Text + "\nrecord Port {\n  berth: int;\n}\n"), ct);

        var incremental = before.WithSyntaxTree(edited, ct);

        Assert.Empty(incremental.Diagnostics);
        Assert.Equal(Describe(SchemaCompilation.Create([edited, b], ct)), Describe(incremental));
    }

    [Fact]
    public void A_new_record_no_other_file_mentions_binds_only_its_own_file()
    {
        var trees = SeedFiles.Select(path => SyntaxTree.Parse(new SourceText(path, File.ReadAllText(path)), TestContext.Current.CancellationToken)).ToList();
        var before = SchemaCompilation.Create(trees, TestContext.Current.CancellationToken);
        var regards = trees.Single(t => Path.GetFileName(t.FilePath) == "regards.eventschema");
        var tree = SyntaxTree.Parse(new SourceText(regards.FilePath, regards.Text.Text + "\nrecord AddedInAnEdit {\n  @maxLength(40) note?: string;\n}\n"), TestContext.Current.CancellationToken);

        var after = before.WithSyntaxTree(tree, TestContext.Current.CancellationToken);

        Assert.NotNull(after.GetDeclaration("Diplomacy.AddedInAnEdit"));
        Assert.Same(before.GetDeclaration("Diplomacy.Official"), after.GetDeclaration("Diplomacy.Official"));
        Assert.Same(before.GetDeclaration("Diplomacy.CredentialsPresented"), after.GetDeclaration("Diplomacy.CredentialsPresented"));
    }

    /// <summary>Every declaration a field, union or spread leads to is the one this compilation holds under its name.</summary>
    private static void AssertEverySymbolIsTheCompilationsOwn(SchemaCompilation compilation)
    {
        void Check(DeclarationSymbol owner, DeclarationSymbol reached)
        {
            if (reached.ReferenceName is not null) return;
            Assert.True(ReferenceEquals(compilation.GetDeclaration(reached.FullName), reached), $"{owner.FullName} leads to an object of {reached.FullName} the compilation no longer holds.");
        }
        void CheckType(DeclarationSymbol owner, SchemaType? type)
        {
            switch (type)
            {
                case NamedType named: Check(owner, named.Declaration); break;
                case ListType list: CheckType(owner, list.ElementType); break;
                case SetType set: CheckType(owner, set.ElementType); break;
                case MapType map: CheckType(owner, map.KeyType); CheckType(owner, map.ValueType); break;
            }
        }
        foreach (var declaration in compilation.Declarations)
        {
            if (!ReferenceEquals(compilation.GetDeclaration(declaration.FullName), declaration)) continue;
            switch (declaration)
            {
                case RecordSymbol record:
                    foreach (var field in record.Fields) CheckType(record, field.Type);
                    foreach (var spread in record.Spreads) Check(record, spread);
                    break;
                case UnionSymbol union:
                    foreach (var member in union.Members) Check(union, member.Record);
                    foreach (var nested in union.NestedUnions) Check(union, nested);
                    break;
            }
        }
    }

    [Fact]
    public void An_edit_inside_a_body_keeps_the_symbols_of_the_files_that_do_not_depend_on_the_edited_one()
    {
        var trees = SeedFiles.Select(path => SyntaxTree.Parse(new SourceText(path, File.ReadAllText(path)), TestContext.Current.CancellationToken)).ToList();
        var before = SchemaCompilation.Create(trees, TestContext.Current.CancellationToken);
        var news = trees.Single(t => Path.GetFileName(t.FilePath) == "news.eventschema");
        var tree = SyntaxTree.Parse(new SourceText(news.FilePath, news.Text.Text.Replace("outlet: string", "outlet: strng", StringComparison.Ordinal)), TestContext.Current.CancellationToken);

        var after = before.WithSyntaxTree(tree, TestContext.Current.CancellationToken);

        // Only the day's union uses news.eventschema's declarations, and news.eventschema spreads nothing, so
        // common.eventschema is not bound again; the edited file is.
        Assert.Same(before.GetDeclaration("Diplomacy.Official"), after.GetDeclaration("Diplomacy.Official"));
        Assert.NotSame(before.GetDeclaration("Diplomacy.News.ReportPublished"), after.GetDeclaration("Diplomacy.News.ReportPublished"));
        Assert.Contains(after.GetDiagnostics(news.FilePath), d => d.Code == "ES0020");
    }

    [Fact]
    public void A_file_the_compilation_did_not_have_is_added()
    {
        var trees = SeedFiles.Select(path => SyntaxTree.Parse(new SourceText(path, File.ReadAllText(path)), TestContext.Current.CancellationToken)).ToList();
        var before = SchemaCompilation.Create(trees, TestContext.Current.CancellationToken);
        var added = SyntaxTree.Parse(new SourceText("zz.eventschema", "namespace Diplomacy;\n\nrecord Extra {\n  who: Official;\n}\n"), TestContext.Current.CancellationToken);

        var after = before.WithSyntaxTree(added, TestContext.Current.CancellationToken);

        Assert.Equal(before.SyntaxTrees.Count + 1, after.SyntaxTrees.Count);
        Assert.IsType<NamedType>(((RecordSymbol)after.GetDeclaration("Diplomacy.Extra")!).Fields[0].Type);
    }

    [Theory]
    [InlineData("record A {\n  x: string;\n}\n", "record A {\n  y: string;\n}\n")]
    [InlineData("record A {\n  x: string;\n}\n", "record A {\n  x: string;\n  loop: D;\n}\n")]
    [InlineData("record A {\n  x: string;\n  loop: D;\n}\n", "record A {\n  x: string;\n}\n")]
    [InlineData("record A {\n  x: string;\n  mode: Mode = first;\n}\nenum Mode { first, second }\n", "record A {\n  x: string;\n  mode: Mode = first;\n}\nenum Mode { second }\n")]
    public void Cycles_summaries_and_defaults_that_reach_the_edited_file_through_other_files_are_checked_again(string before, string after)
    {
        var ct = TestContext.Current.CancellationToken;
        SyntaxTree Tree(string path, string body) => SyntaxTree.Parse(new SourceText(path, "namespace N;\n\n" + body), ct);
        var others = new[]
        {
            // D and E need each other (a cycle of required fields); D uses A; C reaches A's field through D in a summary.
            Tree("c.eventschema", "@summary(\"{d.a.x}\")\nevent C {\n  d: D;\n}\n"),
            Tree("d.eventschema", "record D {\n  a: A;\n  e: E;\n}\n"),
            Tree("e.eventschema", "record E {\n  d: D;\n}\n"),
            Tree("f.eventschema", "record F {\n  mode: Mode = second;\n  c: C;\n}\n"),
        };
        var first = SchemaCompilation.Create(others.Append(Tree("a.eventschema", before)), ct);

        var incremental = first.WithSyntaxTree(Tree("a.eventschema", after), ct);
        var full = SchemaCompilation.Create(others.Append(Tree("a.eventschema", after)), ct);

        Assert.Equal(Describe(full), Describe(incremental));
        Assert.Equal(Describe(full), Describe(first.WithSyntaxTree(Tree("a.eventschema", after), Binding.IncrementalBinding.DependentFiles.Direct, ct)));
    }

    [Fact]
    public void A_diagnostic_pointing_into_the_edited_file_from_another_moves_with_it()
    {
        var ct = TestContext.Current.CancellationToken;
        // Order_Line and OrderLine would be one C# type: b's error names a's declaration, by line and as a related location.
        var a = SyntaxTree.Parse(new SourceText("a.eventschema", "namespace N;\n\nrecord Order_Line {\n  x: int;\n}\n"), ct);
        var b = SyntaxTree.Parse(new SourceText("b.eventschema", "namespace N;\n\nrecord OrderLine {\n  y: int;\n}\n"), ct);
        var before = SchemaCompilation.Create([a, b], ct);
        var edited = SyntaxTree.Parse(new SourceText("a.eventschema", a.Text.Text.Replace("namespace N;\n", "namespace N;\n\n// Lines of an order.\n", StringComparison.Ordinal)), ct);

        var incremental = before.WithSyntaxTree(edited, ct);

        Assert.Equal(Describe(SchemaCompilation.Create([edited, b], ct)), Describe(incremental));
        Assert.Equal(5, Assert.Single(Assert.Single(incremental.Diagnostics).Related).Start.Line);
    }

    [Fact]
    public void An_edit_to_a_nested_union_binds_the_union_that_lists_it_again()
    {
        var ct = TestContext.Current.CancellationToken;
        // The nested union's file declares none of the records, so only the nesting ties the two unions' files.
        var records = SyntaxTree.Parse(new SourceText("records.eventschema", "namespace T;\n\nrecord Rail {\n  line: string;\n}\n\nrecord Sea {\n  vessel: string;\n}\n\nrecord Walk {\n  km: int;\n}\n"), ct);
        var legs = SyntaxTree.Parse(new SourceText("legs.eventschema", "namespace T;\n\nunion Leg = Rail;\n"), ct);
        var routes = SyntaxTree.Parse(new SourceText("routes.eventschema", "namespace T;\n\nunion Route = Leg | Walk;\n"), ct);
        var before = SchemaCompilation.Create([legs, records, routes], ct);
        var edited = SyntaxTree.Parse(new SourceText("legs.eventschema", legs.Text.Text.Replace("union Leg = Rail;", "union Leg = Rail | Sea;", StringComparison.Ordinal)), ct);

        var incremental = before.WithSyntaxTree(edited, ct);

        Assert.Equal(Describe(SchemaCompilation.Create([edited, records, routes], ct)), Describe(incremental));
        var route = (UnionSymbol)incremental.GetDeclaration("T.Route")!;
        Assert.Equal(["Rail", "Sea", "Walk"], route.Members.Select(m => m.Record.Name));
        Assert.Equal("Leg", Assert.Single(route.NestedUnions).Name);
    }

    /// <summary>Everything a client reads: the diagnostics, and each declaration with its fields' bound types.</summary>
    private static string Describe(SchemaCompilation compilation)
    {
        var lines = new List<string>();
        foreach (var diagnostic in compilation.Diagnostics)
            lines.Add($"{Path.GetFileName(diagnostic.FilePath)} {diagnostic.Span} {diagnostic.Code} {diagnostic.Message} [{string.Join("; ", diagnostic.Fixes.Select(f => f.Title + "@" + f.Span + "=" + f.Replacement))}] related [{string.Join("; ", diagnostic.Related.Select(r => Path.GetFileName(r.FilePath) + r.Span))}]");
        foreach (var declaration in compilation.Declarations)
        {
            lines.Add($"{Path.GetFileName(declaration.FilePath)} {declaration.NameSpan} {declaration.Kind} {declaration.FullName}");
            if (declaration is RecordSymbol record)
            {
                lines.Add($"  type {record.EventType} summary {record.Summary?.Text} spread {record.IsSpread} spreads [{string.Join(", ", record.Spreads.Select(r => r.FullName))}]");
                foreach (var field in record.Fields) lines.Add($"  {field.Name}{(field.IsOptional ? "?" : "")}: {field.Type?.DisplayName} = {field.Default?.Text}");
            }
            if (declaration is UnionSymbol union)
            {
                lines.Add($"  = {string.Join(" | ", union.Members.Select(m => m.Record.Name + (m.Via is null ? "" : " from " + m.Via.Name)))}");
            }
        }
        lines.AddRange(compilation.SyntaxTrees.Select(t => t.FilePath));
        return string.Join("\n", lines);
    }
}
