using System;
using System.Text.RegularExpressions;

namespace EventSchema.Language.Patterns;

/// <summary>
/// What a <c>@pattern</c> means: an ECMA-262 regular expression with the unicode flag and no other flag, as JSON
/// Schema defines <c>pattern</c>, matched anywhere in the value unless anchored. The one place that knows it: the
/// binder checks patterns with it, the generator compiles its <see cref="Root"/> or runs <see cref="DotNetPattern"/>,
/// and the tools match examples and defaults with <see cref="IsMatch"/>.
/// </summary>
public sealed class EcmaPattern
{
    private EcmaPattern(string source, PatternNode? root, PatternProblem? problem)
    {
        Source = source;
        if (root is not null)
        {
            SimpleShape = SimplePatternShape.Of(root);
            // A pattern that plain code cannot match runs on .NET's linear-time engine, which has a size limit.
            if (SimpleShape is null && DotNetPatternWriter.EstimateNodes(root) > DotNetPatternWriter.NonBacktrackingNodeLimit)
            {
                problem = new PatternProblem(PatternProblemKind.Unsupported, 0, source.Length,
                    "its repetitions multiply out to more than the linear-time engine's limit of "
                    + DotNetPatternWriter.NonBacktrackingNodeLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                    + " automaton nodes; repeat less, or check the length with @minLength and @maxLength");
                root = null;
                SimpleShape = null;
            }
        }
        Root = root;
        Problem = problem;
        DotNetPattern = root is null ? null : DotNetPatternWriter.Write(root);
    }

    /// <summary>The pattern as written.</summary>
    public string Source { get; }

    /// <summary>The pattern's meaning; null when it has a <see cref="Problem"/>.</summary>
    public PatternNode? Root { get; }

    /// <summary>The shape plain code can match, when the pattern has one.</summary>
    public SimplePatternShape? SimpleShape { get; }

    /// <summary>Why the pattern cannot be used, and where; null when it can.</summary>
    public PatternProblem? Problem { get; }

    /// <summary>
    /// A .NET regular expression with the same meaning, for <c>RegexOptions.None</c> or
    /// <c>RegexOptions.NonBacktracking</c>; null when the pattern has a <see cref="Problem"/>.
    /// </summary>
    public string? DotNetPattern { get; }

    /// <summary>Reads <paramref name="pattern"/>.</summary>
    public static EcmaPattern Parse(string pattern)
    {
        if (pattern is null) throw new ArgumentNullException(nameof(pattern));
        var (root, problem) = EcmaPatternParser.Parse(pattern);
        return new EcmaPattern(pattern, root, problem);
    }

    /// <summary>
    /// Whether <paramref name="value"/> matches, for checks made while building (defaults, examples); null when the
    /// match runs past <paramref name="timeout"/>. Throws when the pattern has a <see cref="Problem"/>.
    /// </summary>
    public bool? IsMatch(string value, TimeSpan timeout)
    {
        if (DotNetPattern is null) throw new InvalidOperationException("The pattern cannot be used: " + Problem!.Message);
        try
        {
            return Regex.IsMatch(value, DotNetPattern, RegexOptions.CultureInvariant, timeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
