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

/// <summary><c>client/registerCapability</c>'s parameters: what the server asks the client to start doing.</summary>
internal sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);

/// <summary>One dynamic registration: an id of the server's choosing, the method, and its options.</summary>
internal sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);

/// <summary>The files whose changes the client should send with <c>workspace/didChangeWatchedFiles</c>.</summary>
internal sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<FileWatcher> Watchers);

/// <summary>LSP's <c>FileSystemWatcher</c>: a glob of files to watch (create, change and delete, the default kinds).</summary>
internal sealed record FileWatcher(string GlobPattern);
