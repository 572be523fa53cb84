using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace EventSchema.LanguageServer.Server;

/// <summary>
/// The LSP base protocol (<c>Content-Length</c> framing) with System.Text.Json. A message that is not JSON is
/// answered with a parse error and skipped, as JSON-RPC asks, instead of ending the connection.
/// </summary>
internal sealed class LspMessageHandler : HeaderDelimitedMessageHandler
{
    private readonly TextWriter _log;

    public LspMessageHandler(Stream output, Stream input, SystemTextJsonFormatter formatter, TextWriter log)
        : base(output, input, formatter)
    {
        _log = log;
    }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsMalformedJson(ex))
            {
                await _log.WriteLineAsync($"Skipped a message that is not JSON: {ex.GetBaseException().Message}").ConfigureAwait(false);
                var error = ((IJsonRpcMessageFactory)Formatter).CreateErrorMessage();
                error.RequestId = RequestId.Null;
                error.Error = new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.ParseError, Message = "Parse error: " + ex.GetBaseException().Message };
                await WriteAsync(error, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsMalformedJson(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is JsonException) return true;
        }
        return false;
    }
}
