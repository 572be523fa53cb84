namespace EventSchema.LanguageServer.JsonRpc;

/// <summary>A failure reported to the client as a JSON-RPC error response.</summary>
internal sealed class JsonRpcException(int code, string message) : Exception(message)
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;

    /// <summary>The JSON-RPC error code.</summary>
    public int Code { get; } = code;
}
