using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Benchmarks.Wide;
using EventSchema.Benchmarks.Validation.Peers;

namespace EventSchema.Benchmarks.Validation;

/// <summary>
/// The generated <c>Validate()</c> of a wide event (30 constrained fields, two nested records, a list of records)
/// beside DataAnnotations and FluentValidation, on a valid and a fully invalid order.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WideValidationBenchmarks
{
    private readonly WideOrderValidator _fluentValidator = new();
    private WideOrderPlaced _valid = null!;
    private WideOrderPlaced _invalid = null!;
    private PlainWideOrder _plainValid = null!;
    private PlainWideOrder _plainInvalid = null!;

    [GlobalSetup]
    public void Setup()
    {
        _valid = WideOrderSamples.Valid();
        _invalid = WideOrderSamples.Invalid();
        _plainValid = WideOrderSamples.PlainValid();
        _plainInvalid = WideOrderSamples.PlainInvalid();
        ValidationAgreement.Require("valid wide order", EventSchemaValid().Errors.Count, DataAnnotationsValid().Count, FluentValidationValid().Errors.Count, expectValid: true);
        ValidationAgreement.Require("invalid wide order", EventSchemaInvalid().Errors.Count, DataAnnotationsInvalid().Count, FluentValidationInvalid().Errors.Count, expectValid: false);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Valid")]
    public ValidationResult EventSchemaValid() => _valid.Validate();

    [Benchmark, BenchmarkCategory("Valid")]
    public List<System.ComponentModel.DataAnnotations.ValidationResult> DataAnnotationsValid() => DataAnnotationsValidation.Validate(_plainValid);

    [Benchmark, BenchmarkCategory("Valid")]
    public FluentValidation.Results.ValidationResult FluentValidationValid() => _fluentValidator.Validate(_plainValid);

    [Benchmark(Baseline = true), BenchmarkCategory("Invalid")]
    public ValidationResult EventSchemaInvalid() => _invalid.Validate();

    [Benchmark, BenchmarkCategory("Invalid")]
    public List<System.ComponentModel.DataAnnotations.ValidationResult> DataAnnotationsInvalid() => DataAnnotationsValidation.Validate(_plainInvalid);

    [Benchmark, BenchmarkCategory("Invalid")]
    public FluentValidation.Results.ValidationResult FluentValidationInvalid() => _fluentValidator.Validate(_plainInvalid);
}
