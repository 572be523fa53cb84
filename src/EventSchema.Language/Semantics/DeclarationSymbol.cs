using EventSchema.Language.Text;

namespace EventSchema.Language.Semantics;

/// <summary>What a declaration declares.</summary>
public enum DeclarationKind
{
    /// <summary><c>record Name { … }</c></summary>
    Record,
    /// <summary><c>event Name { … }</c>: a record that is also a versioned event.</summary>
    Event,
    /// <summary><c>enum Name { … }</c></summary>
    Enum,
    /// <summary><c>scalar Name : primitive;</c></summary>
    Scalar,
    /// <summary><c>union Name = A | B;</c>, or a field's type written as <c>A | B</c>.</summary>
    Union,
}

/// <summary>A declared record, event, enum, scalar or union, bound across every file of a compilation.</summary>
public abstract class DeclarationSymbol
{
    private protected DeclarationSymbol(string name, string @namespace, string filePath, TextSpan nameSpan, TextSpan span)
    {
        Name = name;
        Namespace = @namespace;
        FullName = @namespace.Length == 0 ? name : @namespace + "." + name;
        FilePath = filePath;
        NameSpan = nameSpan;
        Span = span;
    }

    /// <summary>The name as written in the schema.</summary>
    public string Name { get; }

    /// <summary>The schema namespace of the file that declares it, such as <c>Diplomacy</c>.</summary>
    public string Namespace { get; }

    /// <summary>The namespace and the name, such as <c>Diplomacy.CountryCode</c>.</summary>
    public string FullName { get; }

    /// <summary>What it declares.</summary>
    public abstract DeclarationKind Kind { get; }

    /// <summary>The text of its <c>///</c> comment, one line per comment line, with the marker and one following space removed; null when there is none.</summary>
    public string? Documentation { get; internal set; }

    /// <summary>The reason given by <c>@deprecated("…")</c>; null when it is not deprecated, empty when no reason was given.</summary>
    public string? DeprecationMessage { get; internal set; }

    /// <summary>The file that declares it; for a declaration of a referenced assembly, a path made of the assembly name and the namespace.</summary>
    public string FilePath { get; }

    /// <summary>The referenced assembly that declares it; null when a schema file of this compilation declares it.</summary>
    public string? ReferenceName { get; internal set; }

    /// <summary>The span of its name.</summary>
    public TextSpan NameSpan { get; }

    /// <summary>The span of the whole declaration, decorators and doc comment included.</summary>
    public TextSpan Span { get; }

    /// <summary>The type that refers to this declaration; one instance is shared by every reference.</summary>
    internal NamedType AsType => _asType ??= new NamedType(this);

    /// <summary>Its versions: <c>@version(n)</c> and what its fields' and members' history decorators say about older versions.</summary>
    public Evolution.DeclarationHistory History
    {
        get => _history ??= new Evolution.DeclarationHistory(this, Evolution.DeclarationHistory.DefaultVersion(this), null, null);
        internal set => _history = value;
    }

    private Evolution.DeclarationHistory? _history;

    private NamedType? _asType;

    /// <inheritdoc />
    public override string ToString() => FullName;
}
