using System.Collections.Generic;
using System.Globalization;
using EventSchema.Generator.Model;
using EventSchema.Generator.Patterns;
using EventSchema.Language.Patterns;

namespace EventSchema.Generator.Emit;

/// <summary>
/// The private helpers one generated type needs, collected while its members are written and emitted at
/// the end: pattern matchers (one per distinct pattern) and cached equality comparers for collections.
/// </summary>
internal sealed class TypeMembers
{
    private const string RegexType = "global::System.Text.RegularExpressions.Regex";

    private readonly Dictionary<string, string> _patternMethods = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, string> _comparerFields = new(System.StringComparer.Ordinal);
    private readonly List<string> _sources = new();

    /// <summary>The name of a <c>static bool (string)</c> method that tells whether a value matches <paramref name="pattern"/>.</summary>
    public string PatternMethod(string pattern)
    {
        if (_patternMethods.TryGetValue(pattern, out string? existing)) return existing;
        string name = "__MatchesPattern" + _patternMethods.Count.ToString(CultureInfo.InvariantCulture);
        _patternMethods[pattern] = name;
        _sources.Add(PatternCompiler.TryCompile(pattern, name) ?? RegexFallback(pattern, name));
        return name;
    }

    /// <summary>An expression for a cached comparer of <paramref name="shape"/>'s values, element by element for collections.</summary>
    public string Comparer(ValueShape shape)
    {
        string creation = EqualityExpressions.NewComparer(shape);
        // Uri's comparer is a singleton already; only collections' comparers are built and kept.
        if (!shape.IsCollection) return creation;
        if (_comparerFields.TryGetValue(creation, out string? existing)) return existing;
        string name = "__Comparer" + _comparerFields.Count.ToString(CultureInfo.InvariantCulture);
        _comparerFields[creation] = name;
        _sources.Add($"private static readonly global::System.Collections.Generic.IEqualityComparer<{shape.TypeName}?> {name} = {creation};");
        return name;
    }

    public void Write(CodeWriter writer)
    {
        foreach (string source in _sources)
        {
            writer.Line();
            writer.Line(source);
        }
    }

    // Patterns too rich to compile run on one lazily built, cached Regex of the front end's .NET translation
    // (linear-time wherever the running .NET has NonBacktracking, see PatternRules.CreateRegex).
    private static string RegexFallback(string pattern, string methodName)
    {
        string translated = EcmaPattern.Parse(pattern).DotNetPattern
            ?? throw new System.InvalidOperationException("The front end accepted a pattern it cannot translate: " + pattern);
        return $$"""
            private static {{RegexType}}? {{methodName}}Regex;

            // {{CSharpLiterals.XmlText(pattern)}}
            private static bool {{methodName}}(string value)
                => global::EventSchema.PatternRules.IsMatch({{methodName}}Regex ??= global::EventSchema.PatternRules.CreateRegex({{CSharpLiterals.String(translated)}}), value);
            """;
    }
}
