namespace EventSchema.Language.Diagnostics;

/// <summary>
/// The fixed part of a diagnostic: its stable code, default severity, a short title and a category.
/// Hosts (the Roslyn analyzer, the CLI, the language server) list every definition up front.
/// </summary>
/// <param name="Code">The stable code, such as ES0001.</param>
/// <param name="DefaultSeverity">The severity unless the user configures another.</param>
/// <param name="Title">A short title for the catalog and IDE rule lists.</param>
/// <param name="Category">Syntax, Names, Types, Decorators or Constraints.</param>
public sealed record DiagnosticDefinition(string Code, DiagnosticSeverity DefaultSeverity, string Title, string Category);
