using System.Diagnostics;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Server;

/// <summary>
/// Keeps the answers the server means to give out of its log: a handler that refuses a request (a rename on a keyword, a
/// request before <c>initialize</c>) throws <see cref="LocalRpcException"/>, which the client gets as an error response.
/// StreamJsonRpc would also trace each one as a failed invocation with its stack, which buries real failures.
/// </summary>
internal sealed class ExpectedRefusalFilter : TraceFilter
{
    public override bool ShouldTrace(TraceEventCache? cache, string source, TraceEventType eventType, int id, string? formatOrMessage, object?[]? args, object? data1, object?[]? data)
    {
        if (id is not ((int)JsonRpc.TraceEvents.LocalInvocationError or (int)JsonRpc.TraceEvents.ExceptionNotSerializable)) return true;
        return !(IsRefusal(data1) || (args?.Any(IsRefusal) ?? false) || (data?.Any(IsRefusal) ?? false));
    }

    private static bool IsRefusal(object? value) => value switch
    {
        LocalRpcException => true,
        // Awaiting a queued handler wraps its exception.
        Exception { InnerException: { } inner } => IsRefusal(inner),
        Type type => type == typeof(LocalRpcException),
        string text => text.Contains(nameof(LocalRpcException), StringComparison.Ordinal),
        _ => false,
    };
}
