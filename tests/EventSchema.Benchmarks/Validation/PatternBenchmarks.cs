using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Benchmarks.Wide;
using Diplomacy;

namespace EventSchema.Benchmarks.Validation;

/// <summary>
/// Schema patterns, compiled by the generator into plain matching code and reached through the scalar's
/// <c>TryFrom</c>, beside a bare <c>[GeneratedRegex]</c> <c>IsMatch</c> of the same pattern on the same input.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public partial class PatternBenchmarks
{
    private string _country = "AZ";
    private string _reference = "BAK-000417";
    private string _email = "consular@example.org";
    private string _state = "published";

    [GlobalSetup]
    public void Setup()
    {
        // Both sides must give the same answer, or the comparison is meaningless.
        if (!CountryRegex().IsMatch(_country) || !ReferenceRegex().IsMatch(_reference)
            || !EmailRegex().IsMatch(_email) || !StateRegex().IsMatch(_state)
            || !EventSchemaCountry() || !EventSchemaReference() || !EventSchemaEmail() || !EventSchemaState())
        {
            throw new InvalidOperationException("A pattern sample does not match on both sides.");
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("^[A-Z]{2}$")]
    public bool GeneratedRegexCountry() => CountryRegex().IsMatch(_country);

    [Benchmark, BenchmarkCategory("^[A-Z]{2}$")]
    public bool EventSchemaCountry() => CountryCode.TryFrom(_country, out _);

    [Benchmark(Baseline = true), BenchmarkCategory("^[A-Z]{3}-[0-9]{6}$")]
    public bool GeneratedRegexReference() => ReferenceRegex().IsMatch(_reference);

    [Benchmark, BenchmarkCategory("^[A-Z]{3}-[0-9]{6}$")]
    public bool EventSchemaReference() => OrderReference.TryFrom(_reference, out _);

    [Benchmark(Baseline = true), BenchmarkCategory("^[^@ ]+@[^@ ]+$")]
    public bool GeneratedRegexEmail() => EmailRegex().IsMatch(_email);

    [Benchmark, BenchmarkCategory("^[^@ ]+@[^@ ]+$")]
    public bool EventSchemaEmail() => EmailAddress.TryFrom(_email, out _);

    [Benchmark(Baseline = true), BenchmarkCategory("^(draft|review|published)$")]
    public bool GeneratedRegexState() => StateRegex().IsMatch(_state);

    [Benchmark, BenchmarkCategory("^(draft|review|published)$")]
    public bool EventSchemaState() => PublicationState.TryFrom(_state, out _);

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryRegex();

    [GeneratedRegex("^[A-Z]{3}-[0-9]{6}$")]
    private static partial Regex ReferenceRegex();

    [GeneratedRegex("^[^@ ]+@[^@ ]+$")]
    private static partial Regex EmailRegex();

    [GeneratedRegex("^(draft|review|published)$")]
    private static partial Regex StateRegex();
}
