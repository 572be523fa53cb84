namespace EventSchema.LanguageServer.Protocol;

/// <summary><c>$/setTrace</c>: how much the client wants the server to trace.</summary>
internal sealed record SetTraceParams(string Value);

/// <summary><c>workspace/didChangeConfiguration</c>; the server has no settings, so the payload is not read.</summary>
internal sealed record DidChangeConfigurationParams(System.Text.Json.JsonElement? Settings);

/// <summary><c>initialized</c>, which carries nothing.</summary>
internal sealed record InitializedParams;
