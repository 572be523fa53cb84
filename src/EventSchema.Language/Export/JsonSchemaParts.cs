using System;
using System.Collections.Generic;
using System.Text;

namespace EventSchema.Language.Export;

/// <summary>
/// An exported JSON Schema document in the pieces it is composed from: the head (the draft, the <c>$id</c>, the title
/// and the root's own keywords), the <c>$defs</c> entries in order, and the reference that points back at the root.
/// The generated code keeps these pieces and joins them on first use as <see cref="ToText"/> does, so a definition
/// used by many types is written once per generated source instead of once per type.
/// </summary>
public sealed class JsonSchemaParts
{
    internal JsonSchemaParts(string head, IReadOnlyList<JsonSchemaDefinition> definitions, string? selfReference, bool indented)
    {
        Head = head;
        Definitions = definitions;
        SelfReference = selfReference;
        Indented = indented;
    }

    /// <summary>The document up to where <c>$defs</c> would start, without the closing brace.</summary>
    public string Head { get; }

    /// <summary>The entries under <c>$defs</c>, ordered by key (ordinal); empty when the root refers to no declaration.</summary>
    public IReadOnlyList<JsonSchemaDefinition> Definitions { get; }

    /// <summary>
    /// When an entry refers back to the root, the text of that reference (<c>"$ref": "#/$defs/Root"</c>), which the
    /// document writes as <c>"$ref": "#"</c>; null otherwise.
    /// </summary>
    public string? SelfReference { get; }

    /// <summary>Whether the pieces are indented (two spaces, LF line endings).</summary>
    public bool Indented { get; }

    /// <summary>The whole document.</summary>
    public string ToText()
    {
        var entries = new string[Definitions.Count];
        for (int i = 0; i < entries.Length; i++) entries[i] = Definitions[i].Entry;
        return Compose(Head, SelfReference, entries, Indented);
    }

    /// <summary>Joins a head and <c>$defs</c> entries into a document; the runtime's <c>JsonSchemaText.Compose</c> does the same for indented text.</summary>
    internal static string Compose(string head, string? selfReference, IReadOnlyList<string> entries, bool indented)
    {
        var text = new StringBuilder(head);
        if (entries.Count > 0)
        {
            text.Append(indented ? ",\n  \"$defs\": {" : ",\"$defs\":{");
            for (int i = 0; i < entries.Count; i++)
            {
                if (i > 0) text.Append(',');
                if (indented) text.Append("\n    ");
                text.Append(entries[i]);
            }
            text.Append(indented ? "\n  }" : "}");
        }
        text.Append(indented ? "\n}" : "}");
        // Quotes inside JSON strings are escaped, so this text can only be a reference, never part of a description.
        if (selfReference is not null) text.Replace(selfReference, RootReference(indented));
        return text.ToString();
    }

    internal static string RootReference(bool indented) => indented ? "\"$ref\": \"#\"" : "\"$ref\":\"#\"";

    internal static string ReferenceText(string pointer, bool indented)
    {
        var text = new StringBuilder(indented ? "\"$ref\": " : "\"$ref\":");
        JsonNodeWriter.WriteString(text, pointer);
        return text.ToString();
    }

    internal static string StripClosingBrace(string document, bool indented)
    {
        int length = document.Length - (indented ? 2 : 1);
        if (length < 1 || !document.EndsWith(indented ? "\n}" : "}", StringComparison.Ordinal)) throw new InvalidOperationException("The document is not an object with members.");
        return document.Substring(0, length);
    }
}
