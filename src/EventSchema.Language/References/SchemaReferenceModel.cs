using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EventSchema.Language.References;

/// <summary>
/// The serialized form of a referenced assembly's declarations: for each, four length-prefixed strings
/// (<c>length:text</c>), namespace, name, schema text and host data, one after another. Length prefixes need no
/// escaping, so any text survives as it is, and a damaged model is detected rather than misread.
/// </summary>
public static class SchemaReferenceModel
{
    /// <summary>The format this front end writes and reads. A change to the format or to what a model means bumps it.</summary>
    public const int FormatVersion = 1;

    /// <summary>Serializes <paramref name="declarations"/>.</summary>
    public static string Write(IEnumerable<ReferencedDeclaration> declarations)
    {
        if (declarations is null) throw new ArgumentNullException(nameof(declarations));
        var builder = new StringBuilder();
        foreach (ReferencedDeclaration declaration in declarations)
        {
            Append(builder, declaration.Namespace);
            Append(builder, declaration.Name);
            Append(builder, declaration.Text);
            Append(builder, declaration.HostData);
        }
        return builder.ToString();
    }

    /// <summary>Reads a model written by <see cref="Write"/>; null when it is damaged.</summary>
    public static IReadOnlyList<ReferencedDeclaration>? Read(string model)
    {
        if (model is null) return null;
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
            result.Add(new ReferencedDeclaration(ns!, name!, text!, hostData!));
        }
        return result;
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
