namespace EventSchema.Language.Diagnostics;

/// <summary>How serious a diagnostic is. Errors stop code generation for the files they are in.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    Info,

    /// <summary>Probably a mistake; code is still generated.</summary>
    Warning,

    /// <summary>The schema is invalid.</summary>
    Error,
}
