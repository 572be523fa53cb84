using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace EventSchema.AspNetCore;

/// <summary>
/// An endpoint filter that validates every generated object the endpoint receives (its <see cref="IValidatable"/>
/// arguments, such as the body) and, when a constraint is broken, answers 400 with a validation problem keyed by
/// JSON path instead of calling the handler. Add it with <see cref="EventSchemaEndpointExtensions.WithEventSchemaValidation"/>.
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
            if (arguments[i] is not IValidatable validatable) continue;
            var result = validatable.Validate();
            if (!result.IsValid) (errors ??= []).AddRange(result.Errors);
        }
        if (errors is null) return next(context);
        return new ValueTask<object?>(ValidationResult.FromErrors(errors).ToValidationProblem());
    }
}
