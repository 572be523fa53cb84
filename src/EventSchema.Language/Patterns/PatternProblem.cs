namespace EventSchema.Language.Patterns;

/// <summary>Why a pattern cannot be used.</summary>
public enum PatternProblemKind
{
    /// <summary>ECMA-262 (with the unicode flag) rejects the pattern.</summary>
    Invalid,

    /// <summary>The pattern needs a backtracking engine (a backreference or a lookaround), so it cannot run in linear time.</summary>
    NeedsBacktracking,

    /// <summary>ECMA-262 accepts the pattern, but it uses something EventSchema cannot match with the same meaning in linear time.</summary>
    Unsupported,
}

/// <summary>What is wrong with a pattern, and where: <see cref="Start"/> and <see cref="Length"/> count UTF-16 units of the pattern.</summary>
public sealed record PatternProblem(PatternProblemKind Kind, int Start, int Length, string Message);
