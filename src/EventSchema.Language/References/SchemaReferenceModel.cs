using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using EventSchema.Language.Evolution;

namespace EventSchema.Language.References;

/// <summary>
/// The serialized form of a referenced assembly's declarations: for each, length-prefixed strings (<c>length:text</c>)
/// one after another: namespace, name, schema text, host data and, since format 2, the past versions an event reads (a
/// string of length-prefixed pairs, version and event type; empty for none). Length prefixes need no escaping, so any
/// text survives as it is, and a damaged model is detected rather than misread. Format 3 has format 2's model, written
/// in one attribute per generated namespace whose models are joined end to end (see <see cref="SchemaReference.Combine"/>).
/// </summary>
public static class SchemaReferenceModel
{
    /// <summary>The format this front end writes. A change to the format or to what a model means bumps it.</summary>
    public const int FormatVersion = 3;

    /// <summary>
    /// The oldest format this front end reads. Format 1 carries no past versions: its events are read in their current
    /// version only.
    /// </summary>
    public const int OldestFormatVersion = 1;

    /// <summary>Whether this front end reads models of <paramref name="formatVersion"/>.</summary>
    public static bool IsReadable(int formatVersion) => formatVersion >= OldestFormatVersion && formatVersion <= FormatVersion;

    /// <summary>Serializes <paramref name="declarations"/> in format <see cref="FormatVersion"/>.</summary>
    public static string Write(IEnumerable<ReferencedDeclaration> declarations)
    {
        if (declarations is null) throw new ArgumentNullException(nameof(declarations));
        var builder = new StringBuilder();
        var versions = new StringBuilder();
        foreach (ReferencedDeclaration declaration in declarations)
        {
            Append(builder, declaration.Namespace);
            Append(builder, declaration.Name);
            Append(builder, declaration.Text);
            Append(builder, declaration.HostData);
            versions.Clear();
            foreach (PastEventVersion past in declaration.PastVersions)
            {
                Append(versions, past.Version.ToString(CultureInfo.InvariantCulture));
                Append(versions, past.EventType);
            }
            Append(builder, versions.ToString());
        }
        return builder.ToString();
    }

    /// <summary>Reads a model written by <see cref="Write"/> in format <see cref="FormatVersion"/>; null when it is damaged.</summary>
    public static IReadOnlyList<ReferencedDeclaration>? Read(string model) => Read(model, FormatVersion);

    /// <summary>
    /// Reads a model written in format <paramref name="formatVersion"/>; null when it is damaged, or the format is not one
    /// this front end reads (<see cref="IsReadable"/>).
    /// </summary>
    public static IReadOnlyList<ReferencedDeclaration>? Read(string model, int formatVersion)
    {
        if (model is null || !IsReadable(formatVersion)) return null;
        var result = new List<ReferencedDeclaration>();
        int position = 0;
        while (position < model.Length)
        {
            if (!TryTake(model, ref position, out string? ns)
                || !TryTake(model, ref position, out string? name)
                || !TryTake(model, ref position, out string? text)
                || !TryTake(model, ref position, out string? hostData))
            {
                return null;
            }
            IReadOnlyList<PastEventVersion> pastVersions = [];
            if (formatVersion >= 2 && (!TryTake(model, ref position, out string? versions) || !TryReadPastVersions(versions!, out pastVersions)))
            {
                return null;
            }
            result.Add(new ReferencedDeclaration(ns!, name!, text!, hostData!) { PastVersions = pastVersions });
        }
        return result;
    }

    private static bool TryReadPastVersions(string text, out IReadOnlyList<PastEventVersion> pastVersions)
    {
        pastVersions = [];
        if (text.Length == 0) return true;
        var list = new List<PastEventVersion>();
        int position = 0;
        while (position < text.Length)
        {
            if (!TryTake(text, ref position, out string? number)
                || !TryTake(text, ref position, out string? eventType)
                || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int version)
                || version < 1) return false;
            list.Add(new PastEventVersion(version, eventType!));
        }
        pastVersions = list;
        return true;
    }

    private static void Append(StringBuilder builder, string value)
    {
        value ??= string.Empty;
        builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }

    private static bool TryTake(string model, ref int position, out string? value)
    {
        value = null;
        int colon = model.IndexOf(':', position);
        // A length of more than nine digits would exceed any string a model can hold.
        if (colon <= position || colon - position > 9) return false;
        if (!int.TryParse(model.Substring(position, colon - position), NumberStyles.None, CultureInfo.InvariantCulture, out int length)) return false;
        int start = colon + 1;
        if (length > model.Length - start) return false;
        value = model.Substring(start, length);
        position = start + length;
        return true;
    }
}
