using System;
using System.Collections.Generic;
using EventSchema.Language.Export;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Evolution;

/// <summary>
/// Pairs the fields a lock file records for one version with the fields the schema derives for that version. The wire
/// name is what readers see, so a locked field is first the field with its wire name under the naming the versions were
/// published with, whatever either side's key is: <c>receivedBy</c> published under <c>SnakeCase</c> is
/// <c>@json("received_by") receivedBy</c>. A field whose wire name the schema now gives differently is then paired by
/// its name at that version, so a changed wire name is reported as that, not as a field removed and another added.
/// </summary>
internal static class FieldCounterparts
{
    /// <summary>
    /// For each of <paramref name="locked"/>, in order, its field among <paramref name="derived"/>, or null when none
    /// has its wire name under <paramref name="naming"/> or its name (or key) at that version. Each derived field is
    /// paired at most once.
    /// </summary>
    public static FieldShape?[] Match(IReadOnlyList<FieldShape> locked, IReadOnlyList<FieldShape> derived, JsonNaming naming)
    {
        var counterparts = new FieldShape?[locked.Count];
        if (derived.Count == 0) return counterparts;
        var byWireName = new Dictionary<string, FieldShape>(derived.Count, StringComparer.Ordinal);
        foreach (var field in derived)
        {
            // The binder refuses two fields with one wire name at a version; the first wins should one slip through.
            string wireName = JsonNames.WireName(field, naming);
            if (!byWireName.ContainsKey(wireName)) byWireName[wireName] = field;
        }
        var paired = new HashSet<FieldShape>();
        for (int i = 0; i < locked.Count; i++)
        {
            if (byWireName.TryGetValue(JsonNames.WireName(locked[i], naming), out var field) && paired.Add(field)) counterparts[i] = field;
        }
        // Only then by name, so a name never takes a field another locked field has by wire name.
        for (int i = 0; i < locked.Count; i++)
        {
            if (counterparts[i] is not null) continue;
            foreach (var field in derived)
            {
                if ((field.Name == locked[i].Name || field.Name == locked[i].JsonName) && paired.Add(field))
                {
                    counterparts[i] = field;
                    break;
                }
            }
        }
        return counterparts;
    }

    /// <summary>Whether <paramref name="field"/> is one of <paramref name="counterparts"/>.</summary>
    public static bool IsPaired(FieldShape?[] counterparts, FieldShape field)
    {
        foreach (var counterpart in counterparts)
        {
            if (ReferenceEquals(counterpart, field)) return true;
        }
        return false;
    }
}
