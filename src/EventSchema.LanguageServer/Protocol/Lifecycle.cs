using System.Text.Json;

namespace EventSchema.LanguageServer.Protocol;

/// <summary>The parts of <c>initialize</c>'s parameters the server reads.</summary>
internal sealed record InitializeParams(
    int? ProcessId,
    string? RootUri,
    string? RootPath,
    IReadOnlyList<WorkspaceFolder>? WorkspaceFolders,
    JsonElement? Capabilities);

/// <summary>A folder open in the client.</summary>
internal sealed record WorkspaceFolder(string Uri, string Name);

/// <summary>The answer to <c>initialize</c>.</summary>
internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

/// <summary>The server's name and version.</summary>
internal sealed record ServerInfo(string Name, string Version);
