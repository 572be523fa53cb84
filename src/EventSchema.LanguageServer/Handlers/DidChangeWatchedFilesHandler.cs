using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>workspace/didChangeWatchedFiles</c>: schema files created, changed or deleted on disk.</summary>
internal sealed class DidChangeWatchedFilesHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.DidChangeWatchedFiles, UseSingleObjectParameterDeserialization = true)]
    public void Handle(DidChangeWatchedFilesParams parameters)
        => session.Change(LspMethods.DidChangeWatchedFiles, () =>
        {
            foreach (var change in parameters.Changes) session.Workspace.FileChanged(change.Uri, deleted: change.Type == FileChangeType.Deleted);
        });
}
