namespace EventSchema.Benchmarks.Validation;

/// <summary>
/// Checked once before timing: the three validators must agree on the samples (no error for the valid one, the
/// same number for the invalid one), or the comparison would not be like for like.
/// </summary>
internal static class ValidationAgreement
{
    public static void Require(string sample, int eventSchemaErrors, int dataAnnotationsErrors, int fluentValidationErrors, bool expectValid)
    {
        bool agree = expectValid
            ? eventSchemaErrors == 0 && dataAnnotationsErrors == 0 && fluentValidationErrors == 0
            : eventSchemaErrors > 0 && eventSchemaErrors == dataAnnotationsErrors && eventSchemaErrors == fluentValidationErrors;
        if (!agree)
        {
            throw new InvalidOperationException(
                $"The validators disagree on the {sample} sample: EventSchema found {eventSchemaErrors} errors, "
                + $"DataAnnotations {dataAnnotationsErrors}, FluentValidation {fluentValidationErrors}.");
        }
    }
}
