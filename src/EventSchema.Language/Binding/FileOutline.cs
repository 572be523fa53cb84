using System;
using System.Collections.Generic;
using EventSchema.Language.Syntax;

namespace EventSchema.Language.Binding;

/// <summary>
/// What other files can see of a file: its namespace and the names it declares, each with its kind and, for an
/// event, what sets its event type. Two outlines that differ tell <see cref="IncrementalBinding"/> which names an
/// edit affects.
/// </summary>
internal sealed class FileOutline
{
    /// <summary>One declared name: the kind, the name and the decorators that set an event's type, as written.</summary>
    internal readonly record struct Entry(string Kind, string Name, string EventTypeDecorators, bool IsEvent);

    private readonly HashSet<Entry> _entries;
    private readonly HashSet<string> _names;

    private FileOutline(string @namespace, List<Entry> declarations)
    {
        Namespace = @namespace;
        Declarations = declarations;
        _entries = new HashSet<Entry>(declarations);
        _names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in declarations) _names.Add(entry.Name);
    }

    /// <summary>The first namespace the file names; empty when it names none.</summary>
    public string Namespace { get; }

    /// <summary>Every declaration, those written in place as a field's union type included, in source order.</summary>
    public IReadOnlyList<Entry> Declarations { get; }

    public bool Contains(Entry entry) => _entries.Contains(entry);

    public bool Declares(string name) => _names.Contains(name);

    public static FileOutline Of(SyntaxTree tree)
    {
        string? @namespace = null;
        var declarations = new List<Entry>();
        foreach (var member in tree.Root.Members)
        {
            switch (member)
            {
                case NamespaceDeclarationSyntax ns:
                    @namespace ??= Binder.IsDeclarable(ns.Name) ? ns.Name.Text : string.Empty;
                    break;
                case DeclarationSyntax declaration when Binder.IsDeclarable(declaration.Name):
                    string eventTypeDecorators = string.Empty;
                    foreach (var decorator in declaration.Decorators)
                    {
                        string name = decorator.Name.Text;
                        if (name == DecoratorDefinition.Version.Name || name == DecoratorDefinition.Type.Name)
                            eventTypeDecorators += tree.Text.Text.Substring(decorator.Span.Start, decorator.Span.Length) + " ";
                    }
                    string kind = declaration.Keyword.Text;
                    bool isEvent = declaration is RecordDeclarationSyntax { IsEvent: true } || eventTypeDecorators.Length > 0;
                    declarations.Add(new Entry(kind, declaration.Name.Text, eventTypeDecorators, isEvent));
                    if (declaration is RecordDeclarationSyntax record)
                    {
                        foreach (var (_, _, name) in Binder.InlineUnionsOf(record)) declarations.Add(new Entry("union", name, string.Empty, false));
                    }
                    break;
            }
        }
        return new FileOutline(@namespace ?? string.Empty, declarations);
    }
}
