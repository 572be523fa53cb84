using EventSchema.Language;
using EventSchema.Language.Diagnostics;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Workspace;

namespace EventSchema.LanguageServer.Features;

/// <summary>
/// Publishes the compilation's diagnostics for every workspace file, and only what changed since
/// the last time, so a keystroke sends one small notification rather than one per file. Breaking changes
/// against the workspace's lock files come with them (<see cref="CompatibilityDiagnostics"/>), and the contracts
/// assemblies the projects reference are checked for changes first (<see cref="SchemaWorkspace.RefreshReferences"/>).
/// </summary>
internal sealed class DiagnosticsPublisher(SchemaWorkspace workspace, Action<PublishDiagnosticsParams> publish, TextWriter? log = null)
{
    private readonly Dictionary<string, string> _published = new(StringComparer.Ordinal);
    private readonly CompatibilityDiagnostics _compatibility = new(workspace, log ?? TextWriter.Null);
    private int _publishedGeneration = -1;

    public void Publish()
    {
        // Before the generation check: a restore or a rebuilt contracts library changes no schema file.
        workspace.RefreshReferences();
        bool locksChanged = _compatibility.Refresh();
        if (_publishedGeneration == workspace.Generation && !locksChanged) return;
        _publishedGeneration = workspace.Generation;
        var compilation = workspace.Compilation;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in workspace.Documents)
        {
            seen.Add(document.Uri);
            var diagnostics = compilation.GetDiagnostics(document.Path).Concat(_compatibility.ForSchemaFile(compilation, document.Path)).Select(d => ToLsp(document, d, workspace)).ToArray();
            Send(document, diagnostics);
        }
        foreach (var (lockFile, onLock) in _compatibility.ForLockFiles(compilation))
        {
            seen.Add(lockFile.Document.Uri);
            Send(lockFile.Document, onLock.Select(d => ToLsp(lockFile.Document, d)).ToArray());
        }
        foreach (string uri in _published.Keys.Where(u => !seen.Contains(u)).ToArray())
        {
            _published.Remove(uri);
            publish(new PublishDiagnosticsParams(uri, null, []));
        }
    }

    private void Send(WorkspaceDocument document, LspDiagnostic[] diagnostics)
    {
        string fingerprint = string.Join("\n", diagnostics.Select(d => $"{d.Code}|{d.Range}|{d.Message}|{d.Severity}|{Related(d)}"));
        if (_published.TryGetValue(document.Uri, out string? previous) && previous == fingerprint) return;
        _published[document.Uri] = fingerprint;
        publish(new PublishDiagnosticsParams(document.Uri, document.Version, diagnostics));
    }

    private static string Related(LspDiagnostic diagnostic)
        => diagnostic.RelatedInformation is null ? string.Empty : string.Join(";", diagnostic.RelatedInformation.Select(r => r.Location.Uri + r.Location.Range));

    /// <summary>
    /// <paramref name="diagnostic"/> of <paramref name="document"/> for the client; with a <paramref name="workspace"/>,
    /// the other places it speaks of (in open or workspace files) come along as related information.
    /// </summary>
    public static LspDiagnostic ToLsp(WorkspaceDocument document, Diagnostic diagnostic, SchemaWorkspace? workspace = null)
    {
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => LspDiagnosticSeverity.Error,
            DiagnosticSeverity.Warning => LspDiagnosticSeverity.Warning,
            _ => LspDiagnosticSeverity.Information,
        };
        var range = document.Lines.GetRange(diagnostic.Span.Start, diagnostic.Span.End);
        var related = workspace is null || diagnostic.Related.Count == 0
            ? null
            : diagnostic.Related
                .Select(r => ReferenceFinder.ToLocation(workspace, r.FilePath, r.Span) is { } location ? new DiagnosticRelatedInformation(location, r.Message) : null)
                .OfType<DiagnosticRelatedInformation>()
                .ToArray();
        return new LspDiagnostic(range, severity, diagnostic.Code, "eventschema", diagnostic.Message)
        {
            RelatedInformation = related is { Length: > 0 } ? related : null,
            // The build's default base: the server does not read a project's EventSchemaHelpLinkBase.
            CodeDescription = new CodeDescription(DiagnosticHelpLinks.For(DiagnosticHelpLinks.DefaultBase, diagnostic.Code)),
        };
    }
}
