namespace EventSchema.Benchmarks.Corpus;

/// <summary>The path and text of one generated file.</summary>
public sealed record CorpusFile(string Path, string Text);
