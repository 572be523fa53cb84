using System.Reflection;
using EventSchema.Hardening.Tests.Infrastructure;
using EventSchema.Language;
using Microsoft.CodeAnalysis.CSharp;
using LanguageSourceText = EventSchema.Language.Text.SourceText;

namespace EventSchema.Hardening.Tests;

/// <summary>
/// Every C# keyword and contextual keyword, and every member name a record or event already has, used as a
/// field, an enum member and a type name. Each is either rejected with a located diagnostic, or compiles
/// without a warning to a type with exactly one property (or enum member) per schema name.
/// </summary>
public class KeywordNameTests
{
    /// <summary>Names records and events already have (or that the generator adds).</summary>
    private static readonly string[] MemberNames =
    [
        "equals", "getHashCode", "toString", "equalityContract", "deconstruct", "printMembers", "validate", "eventType",
        "schemaVersion", "displayName", "describe", "getType", "memberwiseClone", "finalize", "referenceEquals", "clone",
    ];

    /// <summary>Every reserved and contextual C# keyword, as Roslyn knows them.</summary>
    public static IReadOnlyList<string> CSharpKeywords { get; } =
        SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds())
            .Select(SyntaxFacts.GetText)
            .Where(text => text.Length > 0 && text.All(c => char.IsAsciiLetter(c) || c == '_'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Keywords_and_member_names_as_field_enum_and_type_names_never_break_the_build()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var names = CSharpKeywords.Concat(MemberNames).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(CSharpKeywords.Count > 90, $"only {CSharpKeywords.Count} keywords");

        // Which names the language takes, one at a time; the rest must be rejected with a located diagnostic.
        var fieldNames = names.Where(name => Accepts($"namespace K;\nrecord Holder {{ {name}: string; }}\n", cancellationToken)).ToList();
        var memberNames = names.Where(name => Accepts($"namespace K;\nenum Holder {{ {name} }}\n", cancellationToken)).ToList();
        var typeNames = names.Where(name => Accepts($"namespace K;\nrecord {name} {{ value: string; }}\n", cancellationToken)).ToList();

        string recordFields = string.Concat(fieldNames.Select(name => $"  {name}: string;\n"));
        string project =
            $"namespace K;\n\nrecord Holder {{\n{recordFields}}}\n\n" +
            $"@version(1)\nevent Happened {{\n{recordFields}  happened: int;\n}}\n\n" +
            $"enum Choice {{ {string.Join(", ", memberNames)} }}\n\n" +
            string.Concat(typeNames.Select(name => $"record {name} {{ {name}: string; }}\n"));
        var frontEnd = SchemaCompilation.Create([new LanguageSourceText(GeneratorHarness.ProjectDirectory + "k.eventschema", project)], cancellationToken);
        Assert.True(!frontEnd.HasErrors, string.Join(Environment.NewLine, frontEnd.Diagnostics));

        var outcome = GeneratorHarness.Run([GeneratorHarness.Schema("k.eventschema", project)], cancellationToken);
        Assert.True(outcome.GeneratorFailures.Count == 0, GeneratorHarness.Describe(outcome.GeneratorFailures));
        var problems = outcome.CompilationProblems(cancellationToken);
        Assert.True(problems.Count == 0, GeneratorHarness.Describe(problems.Take(10)));

        var assembly = GeneratorHarness.EmitAndLoad(outcome.Output, cancellationToken);
        var types = assembly.GetTypes().Where(t => t.Namespace == "K" && !t.IsNested).ToList();
        AssertProperties(types.Single(t => t.Name == "Holder"), fieldNames.Count);
        AssertProperties(types.Single(t => t.Name == "Happened"), fieldNames.Count + 1);
        Assert.Equal(memberNames.Count, Enum.GetNames(types.Single(t => t.Name == "Choice")).Distinct().Count());
        Assert.True(types.Count(t => !t.IsEnum && t.GetCustomAttributes().Any(a => a.GetType().Name == "GeneratedCodeAttribute")) >= 2 + typeNames.Count,
            $"expected {typeNames.Count} keyword-named types, found {string.Join(", ", types.Select(t => t.Name))}");
        TestContext.Current.SendDiagnosticMessage($"names: {names.Count} names; accepted as field {fieldNames.Count}, enum member {memberNames.Count}, type {typeNames.Count}");
    }

    private static void AssertProperties(Type type, int expected)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => p.Name).ToList();
        Assert.True(properties.Count == expected && properties.Distinct(StringComparer.Ordinal).Count() == expected,
            $"{type.Name}: {expected} fields but properties {string.Join(", ", properties)}");
    }

    private static bool Accepts(string text, CancellationToken cancellationToken)
    {
        var compilation = SchemaCompilation.Create([new LanguageSourceText("probe.eventschema", text)], cancellationToken);
        foreach (var diagnostic in compilation.Diagnostics)
        {
            Assert.True(diagnostic.Span.End <= text.Length && diagnostic.Start.Line >= 1, $"diagnostic outside the file: {diagnostic}");
        }
        return !compilation.HasErrors;
    }
}
