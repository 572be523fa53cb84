using System;
using System.Collections.Generic;

namespace EventSchema.Language.Evolution;

/// <summary>
/// Which versions a new version must stay compatible with, as in Confluent Schema Registry: backward means the new
/// reader reads data written with older versions, forward means older readers read data written with the new version,
/// full means both, and the transitive modes check against every locked version rather than only the latest.
/// </summary>
public enum CompatibilityMode
{
    /// <summary>The new version reads data of the latest locked version.</summary>
    Backward,
    /// <summary>The new version reads data of every locked version. The default.</summary>
    BackwardTransitive,
    /// <summary>The latest locked version reads data of the new version.</summary>
    Forward,
    /// <summary>Every locked version reads data of the new version.</summary>
    ForwardTransitive,
    /// <summary>Backward and forward against the latest locked version.</summary>
    Full,
    /// <summary>Backward and forward against every locked version.</summary>
    FullTransitive,
    /// <summary>No compatibility is required between versions; published versions still may not be edited.</summary>
    None,
}

/// <summary>Names and meanings of <see cref="CompatibilityMode"/>.</summary>
public static class CompatibilityModes
{
    private static readonly Dictionary<string, CompatibilityMode> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["backward"] = CompatibilityMode.Backward,
        ["backward-transitive"] = CompatibilityMode.BackwardTransitive,
        ["backwardtransitive"] = CompatibilityMode.BackwardTransitive,
        ["backward_transitive"] = CompatibilityMode.BackwardTransitive,
        ["forward"] = CompatibilityMode.Forward,
        ["forward-transitive"] = CompatibilityMode.ForwardTransitive,
        ["forwardtransitive"] = CompatibilityMode.ForwardTransitive,
        ["forward_transitive"] = CompatibilityMode.ForwardTransitive,
        ["full"] = CompatibilityMode.Full,
        ["full-transitive"] = CompatibilityMode.FullTransitive,
        ["fulltransitive"] = CompatibilityMode.FullTransitive,
        ["full_transitive"] = CompatibilityMode.FullTransitive,
        ["none"] = CompatibilityMode.None,
    };

    /// <summary>The mode used when neither the project nor the declaration names one.</summary>
    public const CompatibilityMode Default = CompatibilityMode.BackwardTransitive;

    /// <summary>
    /// Reads a mode name in any case: <c>backward</c>, <c>backward-transitive</c> (also <c>BackwardTransitive</c> and
    /// <c>BACKWARD_TRANSITIVE</c>), <c>forward</c>, <c>forward-transitive</c>, <c>full</c>, <c>full-transitive</c>, <c>none</c>.
    /// </summary>
    public static bool TryParse(string? text, out CompatibilityMode mode)
    {
        mode = Default;
        return text is not null && ByName.TryGetValue(text.Trim(), out mode);
    }

    /// <summary>The schema spelling: <c>backward-transitive</c>.</summary>
    public static string ToSchemaName(this CompatibilityMode mode) => mode switch
    {
        CompatibilityMode.Backward => "backward",
        CompatibilityMode.BackwardTransitive => "backward-transitive",
        CompatibilityMode.Forward => "forward",
        CompatibilityMode.ForwardTransitive => "forward-transitive",
        CompatibilityMode.Full => "full",
        CompatibilityMode.FullTransitive => "full-transitive",
        _ => "none",
    };

    /// <summary>The names <see cref="TryParse"/> documents, for messages.</summary>
    public static string Names => "\"backward\", \"backward-transitive\", \"forward\", \"forward-transitive\", \"full\", \"full-transitive\" or \"none\"";

    /// <summary>Whether the mode requires new readers to read old data.</summary>
    public static bool ChecksBackward(this CompatibilityMode mode) => mode is CompatibilityMode.Backward or CompatibilityMode.BackwardTransitive or CompatibilityMode.Full or CompatibilityMode.FullTransitive;

    /// <summary>Whether the mode requires old readers to read new data.</summary>
    public static bool ChecksForward(this CompatibilityMode mode) => mode is CompatibilityMode.Forward or CompatibilityMode.ForwardTransitive or CompatibilityMode.Full or CompatibilityMode.FullTransitive;

    /// <summary>Whether the mode checks against every locked version rather than the latest.</summary>
    public static bool IsTransitive(this CompatibilityMode mode) => mode is CompatibilityMode.BackwardTransitive or CompatibilityMode.ForwardTransitive or CompatibilityMode.FullTransitive;
}
