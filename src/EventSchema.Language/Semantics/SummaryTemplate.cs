using System.Collections.Generic;

namespace EventSchema.Language.Semantics;

/// <summary>A parsed <c>@summary("…")</c> template: literal text and <c>{field.path}</c> holes, in order.</summary>
public sealed class SummaryTemplate(string text, IReadOnlyList<SummarySegment> segments)
{
    /// <summary>The template as written, escapes decoded.</summary>
    public string Text { get; } = text;

    /// <summary>The literal and hole segments in order.</summary>
    public IReadOnlyList<SummarySegment> Segments { get; } = segments;
}

/// <summary>One piece of a summary template.</summary>
public abstract class SummarySegment
{
    private protected SummarySegment() { }
}

/// <summary>Literal text, copied as is (<c>{{</c> and <c>}}</c> already turned into braces).</summary>
public sealed class SummaryText(string text) : SummarySegment
{
    /// <summary>The text.</summary>
    public string Text { get; } = text;
}

/// <summary>A <c>{a.b}</c> hole: a path of fields starting at the record that carries the summary.</summary>
public sealed class SummaryHole(string pathText, IReadOnlyList<FieldSymbol> path) : SummarySegment
{
    /// <summary>The path as written, such as <c>ambassador.name</c>.</summary>
    public string PathText { get; } = pathText;

    /// <summary>The fields along the path; each but the last has a record type.</summary>
    public IReadOnlyList<FieldSymbol> Path { get; } = path;
}
