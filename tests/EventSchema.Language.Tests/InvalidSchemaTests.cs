using System.Text.RegularExpressions;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Tests.Infrastructure;

namespace EventSchema.Language.Tests;

/// <summary>schemas/invalid holds one mistake per case, named after the code it must produce.</summary>
public partial class InvalidSchemaTests
{
    private static string InvalidFolder => Path.Combine(RepositoryPaths.Schemas, "invalid");

    [GeneratedRegex(@"^(ES\d{4})-")]
    private static partial Regex CaseCode();

    public static TheoryData<string> InvalidCases()
    {
        var data = new TheoryData<string>();
        foreach (var entry in Directory.GetFileSystemEntries(InvalidFolder).Order(StringComparer.Ordinal))
        {
            if (Directory.Exists(entry) || entry.EndsWith(".eventschema", StringComparison.Ordinal)) data.Add(Path.GetFileName(entry));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Each_case_reports_only_the_code_in_its_name(string caseName)
    {
        string code = CaseCode().Match(caseName).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(code), $"{caseName} must start with the code it shows, such as ES0020-.");
        string path = Path.Combine(InvalidFolder, caseName);
        string first = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.eventschema").Order(StringComparer.Ordinal).First()
            : path;
        var compilation = SchemaCase.Compile(RepositoryPaths.Relative(first));
        Assert.NotEmpty(compilation.Diagnostics);
        Assert.All(compilation.Diagnostics, d => Assert.Equal(code, d.Code));
    }

    [Fact]
    public void Every_catalog_code_has_an_invalid_case()
    {
        var covered = Directory.GetFileSystemEntries(InvalidFolder)
            .Select(e => CaseCode().Match(Path.GetFileName(e)))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToHashSet();
        // Generation codes (ES0080 on) come from the build, after binding; the generator tests cover them.
        // Compatibility codes need a lock file as well as a schema; the rule table tests cover every one of them.
        var uncovered = DiagnosticCatalog.All
            .Where(d => d.Category != "Generation" && d.Category != DiagnosticCatalog.Compatibility)
            .Select(d => d.Code)
            .Where(code => !covered.Contains(code))
            .ToList();
        Assert.True(uncovered.Count == 0, "No invalid case for " + string.Join(", ", uncovered));
    }

    [Fact]
    public void Catalog_codes_are_unique_ordered_and_documented()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Code).ToList();
        Assert.Equal(codes.Distinct().Count(), codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.All(DiagnosticCatalog.All, d => Assert.Matches(@"^ES\d{4}$", d.Code));
        string documentation = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        Assert.All(codes, code => Assert.Contains("## " + code, documentation, StringComparison.Ordinal));
    }
}
