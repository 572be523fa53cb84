using System.Collections.Generic;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Export;

/// <summary>
/// One declaration's entry under <c>$defs</c>, as every document that holds it writes it: the same text in each,
/// so a generated namespace keeps it once and composes each type's document from the entries it needs.
/// </summary>
public sealed class JsonSchemaDefinition
{
    internal JsonSchemaDefinition(DeclarationSymbol declaration, string entry, string reference, IReadOnlyList<DeclarationSymbol> references)
    {
        Declaration = declaration;
        Entry = entry;
        Reference = reference;
        References = references;
    }

    /// <summary>The declaration described.</summary>
    public DeclarationSymbol Declaration { get; }

    /// <summary>The key (the declaration's full name) and its schema, as written in <c>$defs</c> of an indented document (or compact, as the options say).</summary>
    public string Entry { get; }

    /// <summary>The text of a <c>$ref</c> to this entry (<c>"$ref": "#/$defs/…"</c>), which the document of this declaration itself writes as <c>"$ref": "#"</c>.</summary>
    public string Reference { get; }

    /// <summary>The declarations this entry refers to.</summary>
    internal IReadOnlyList<DeclarationSymbol> References { get; }
}
