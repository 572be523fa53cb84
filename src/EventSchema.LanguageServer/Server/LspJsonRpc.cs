using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace EventSchema.LanguageServer.Server;

/// <summary>
/// StreamJsonRpc's endpoint with JSON-RPC's error code for parameters that do not have the shape the method
/// takes (System.Text.Json reports them while the arguments are read, before the handler runs).
/// </summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler messageHandler) : JsonRpc(messageHandler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        if (exception is JsonException)
            return new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InvalidParams, Message = "Invalid parameters for " + request.Method + ": " + exception.Message };
        return base.CreateErrorDetails(request, exception);
    }
}
