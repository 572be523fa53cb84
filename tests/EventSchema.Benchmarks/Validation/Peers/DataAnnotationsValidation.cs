using System.ComponentModel.DataAnnotations;
using AnnotationResult = System.ComponentModel.DataAnnotations.ValidationResult;

namespace EventSchema.Benchmarks.Validation.Peers;

/// <summary>
/// Checks the plain classes with <see cref="Validator.TryValidateObject(object, ValidationContext, ICollection{AnnotationResult}?, bool)"/>.
/// DataAnnotations does not descend into nested objects or collection items, so every nested object is
/// validated explicitly here, as any user of it has to; unlike the generated validator and FluentValidation,
/// the errors of nested objects carry no path.
/// </summary>
public static class DataAnnotationsValidation
{
    /// <summary>All errors of <paramref name="evt"/> and the objects in it; empty when valid.</summary>
    public static List<AnnotationResult> Validate(PlainCredentialsPresented evt)
    {
        var errors = new List<AnnotationResult>();
        Check(evt, errors);
        if (evt.Ambassador is not null) Check(evt.Ambassador, errors);
        if (evt.ReceivedBy is not null) Check(evt.ReceivedBy, errors);
        if (evt.Sources is not null)
        {
            foreach (var source in evt.Sources) Check(source, errors);
        }
        return errors;
    }

    /// <summary>All errors of <paramref name="order"/> and the objects in it; empty when valid.</summary>
    public static List<AnnotationResult> Validate(PlainWideOrder order)
    {
        var errors = new List<AnnotationResult>();
        Check(order, errors);
        if (order.ShippingAddress is not null) Check(order.ShippingAddress, errors);
        if (order.BillingAddress is not null) Check(order.BillingAddress, errors);
        if (order.Lines is not null)
        {
            foreach (var line in order.Lines) Check(line, errors);
        }
        return errors;
    }

    private static void Check(object instance, List<AnnotationResult> errors)
        => Validator.TryValidateObject(instance, new ValidationContext(instance), errors, validateAllProperties: true);
}
