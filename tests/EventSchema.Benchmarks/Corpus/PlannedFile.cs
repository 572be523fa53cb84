namespace EventSchema.Benchmarks.Corpus;

/// <summary>One file of the corpus: where it lives, its namespace, the namespaces it imports, its declarations.</summary>
internal sealed record PlannedFile(
    string RelativePath,
    string Namespace,
    IReadOnlyList<string> Usings,
    IReadOnlyList<PlannedDeclaration> Declarations);
