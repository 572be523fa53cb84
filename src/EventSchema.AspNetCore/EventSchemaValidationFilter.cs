using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace EventSchema.AspNetCore;

/// <summary>
/// An endpoint filter that validates every generated object the endpoint receives (its <see cref="IValidatable"/>
/// arguments, such as the body, and each item of a list or array of them, keyed <c>$[0].…</c>) and, when a constraint
/// is broken, answers 400 with a validation problem keyed by JSON path instead of calling the handler. Add it with <see cref="EventSchemaEndpointExtensions.WithEventSchemaValidation"/>.
/// </summary>
public sealed class EventSchemaValidationFilter : IEndpointFilter
{
    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context is null) throw new ArgumentNullException(nameof(context));
        if (next is null) throw new ArgumentNullException(nameof(next));
        List<ValidationError>? errors = null;
        var arguments = context.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] is IValidatable validatable)
            {
                var result = validatable.Validate();
                if (!result.IsValid) (errors ??= []).AddRange(result.Errors);
            }
            else if (arguments[i] is IEnumerable<IValidatable?> items)
            {
                var index = 0;
                foreach (var item in items)
                {
                    var result = item?.Validate();
                    if (result is { IsValid: false })
                    {
                        foreach (var error in result.Errors) (errors ??= []).Add(InItem(error, index));
                    }
                    index++;
                }
            }
        }
        if (errors is null) return next(context);
        return new ValueTask<object?>(ValidationResult.FromErrors(errors).ToValidationProblem());
    }

    // The error of item index of a list body: sources[0].outlet becomes [2].sources[0].outlet, $.name becomes $[2].name.
    private static ValidationError InItem(ValidationError error, int index)
    {
        var step = "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
        var path = error.Path.Length == 0 || error.Path[0] == '[' ? step + error.Path : step + "." + error.Path;
        return new ValidationError(path, error.Code, error.Message) { JsonPath = "$" + step + error.JsonPath.Substring(1) };
    }
}
