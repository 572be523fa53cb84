using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Diplomacy;
using EventSchema.Benchmarks.Validation.Peers;

namespace EventSchema.Benchmarks.Validation;

/// <summary>
/// The generated <c>Validate()</c> of the seed event <c>CredentialsPresented</c> beside the same rules as
/// DataAnnotations attributes and as a FluentValidation validator, on a valid and a fully invalid event.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CredentialsValidationBenchmarks
{
    private readonly CredentialsPresentedValidator _fluentValidator = new();
    private CredentialsPresented _valid = null!;
    private CredentialsPresented _invalid = null!;
    private PlainCredentialsPresented _plainValid = null!;
    private PlainCredentialsPresented _plainInvalid = null!;

    [GlobalSetup]
    public void Setup()
    {
        _valid = CredentialsSamples.Valid();
        _invalid = CredentialsSamples.Invalid();
        _plainValid = CredentialsSamples.PlainValid();
        _plainInvalid = CredentialsSamples.PlainInvalid();
        ValidationAgreement.Require("valid credentials", EventSchemaValid().Errors.Count, DataAnnotationsValid().Count, FluentValidationValid().Errors.Count, expectValid: true);
        ValidationAgreement.Require("invalid credentials", EventSchemaInvalid().Errors.Count, DataAnnotationsInvalid().Count, FluentValidationInvalid().Errors.Count, expectValid: false);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Valid")]
    public ValidationResult EventSchemaValid() => _valid.Validate();

    /// <summary>
    /// The generated validator does not check <c>CountryCode</c>'s pattern, as the scalar checked it when it was
    /// created; the peers check it on every call. This row adds that check back, for a like-for-like figure.
    /// </summary>
    [Benchmark, BenchmarkCategory("Valid")]
    public bool EventSchemaValidWithScalarPatterns()
        => _valid.Validate().IsValid
            & CountryCode.TryFrom(_valid.Ambassador.Country.Value, out _)
            & CountryCode.TryFrom(_valid.ReceivedBy.Country.Value, out _);

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
