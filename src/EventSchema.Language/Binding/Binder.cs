using System;
using System.Collections.Generic;
using System.Threading;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.References;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Language.Binding;

/// <summary>
/// Binds the syntax trees of a compilation: declares every type of every file, resolves type names
/// (own namespace, <c>using</c>, or fully qualified), binds decorators, defaults and summaries, and runs the
/// checks that need the whole compilation (duplicates, cycles, event types).
/// </summary>
internal sealed partial class Binder
{
    private static readonly HashSet<string> ReservedTypeNames = BuiltInTypeNames.Reserved();

    private static readonly Dictionary<string, PrimitiveKind> Primitives = BuiltInTypeNames.Primitives();

    private readonly List<Diagnostic> _diagnostics = new();
    private readonly Dictionary<string, DeclarationSymbol> _byFullName;
    private Dictionary<string, DeclarationSymbol>? _firstBySimpleName;
    private readonly HashSet<string> _namespaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DecoratorBinder.PatternCheck> _patternCache = new(StringComparer.Ordinal);
    private readonly CancellationToken _cancellationToken;
    private readonly List<FileScope> _files = new();
    private readonly ReferencedSchemas _references;
    private readonly SpreadBinder _spreads;

    private readonly IReadOnlyList<DeclarationSymbol> _boundElsewhere;

    /// <summary>Made once, so binding a field allocates no delegate for the rare history decorator that names a type.</summary>
    private readonly Func<FileScope, string, (string? FullName, string? Suggestion)> _resolveHistoryTypeName;

    private Binder(ReferencedSchemas references, IReadOnlyList<DeclarationSymbol> boundElsewhere, int declarationCount, CancellationToken cancellationToken)
    {
        // Sized once for every name it will hold: growing a table of tens of thousands of names copies it again and again.
        _byFullName = new Dictionary<string, DeclarationSymbol>(declarationCount, StringComparer.Ordinal);
        _references = references;
        _boundElsewhere = boundElsewhere;
        _cancellationToken = cancellationToken;
        _spreads = new SpreadBinder(ResolveSpreadTarget);
        _resolveHistoryTypeName = ResolveHistoryTypeName;
    }

    internal sealed record Result(IReadOnlyList<DeclarationSymbol> Declarations, List<Diagnostic> Diagnostics);

    /// <summary>Binds <paramref name="trees"/>, which must already be ordered by path.</summary>
    public static Result Bind(IReadOnlyList<SyntaxTree> trees, ReferencedSchemas references, CancellationToken cancellationToken)
        => Bind(trees, references, [], cancellationToken);

    /// <summary>
    /// Binds <paramref name="trees"/> beside <paramref name="boundElsewhere"/>: the declarations of the compilation's
    /// other files, bound before and reused as they are (see <see cref="IncrementalBinding"/>).
    /// </summary>
    public static Result Bind(IReadOnlyList<SyntaxTree> trees, ReferencedSchemas references, IReadOnlyList<DeclarationSymbol> boundElsewhere, CancellationToken cancellationToken)
    {
        int declarationCount = references.Declarations.Count + boundElsewhere.Count;
        foreach (var tree in trees) declarationCount += tree.Root.Members.Count;
        var binder = new Binder(references, boundElsewhere, declarationCount, cancellationToken);
        return binder.BindAll(trees);
    }

    private DiagnosticBuilder At(FileScope file, TextSpan span) => DiagnosticBuilder.At(file.Tree.Text, span);

    // A diagnostic about a name that is also declared earlier, pointing there too (in the same file or another).
    private DiagnosticBuilder At(FileScope file, TextSpan span, DeclarationSymbol earlier)
        => _texts.TryGetValue(earlier.FilePath, out var text)
            ? At(file, span).Noting(text, earlier.NameSpan, $"'{earlier.Name}' is declared here.")
            : At(file, span);

    private DiagnosticBuilder At(FileScope file, TextSpan span, TextSpan earlier, string earlierName)
        => At(file, span).Noting(file.Tree.Text, earlier, $"'{earlierName}' is declared here.");

    private Result BindAll(IReadOnlyList<SyntaxTree> trees)
    {
        var files = _files;
        // Referenced assemblies' declarations are visible as if declared by another file; they are never bound again.
        foreach (var external in _references.Declarations)
        {
            if (!_byFullName.ContainsKey(external.FullName)) _byFullName[external.FullName] = external;
            if (external.Namespace.Length > 0) _namespaces.Add(external.Namespace);
        }
        foreach (var reused in _boundElsewhere)
        {
            _byFullName[reused.FullName] = reused;
            _byCSharpName[CSharpNameKey(reused)] = reused;
            if (reused.Namespace.Length > 0) _namespaces.Add(reused.Namespace);
        }
        foreach (var tree in trees)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _diagnostics.AddRange(tree.Diagnostics);
            if (!_texts.ContainsKey(tree.FilePath)) _texts[tree.FilePath] = tree.Text;
            var file = new FileScope(tree, _diagnostics, _patternCache);
            Declare(file);
            files.Add(file);
        }
        foreach (var (file, keyword) in _missingNamespaces)
        {
            _diagnostics.Add(At(file, keyword).MissingNamespace(SuggestedNamespace(file.Tree.FilePath)));
        }
        // Unions written in place take their names once every declared name is known, so a clash is found whatever the file order.
        foreach (var file in files) DeclareInlineUnions(file);
        foreach (var file in files) BindUsings(file);

        // Scalars first, then enums, then records: field decorators need scalars' types, defaults need enum members.
        foreach (var file in files)
        {
            foreach (var (syntax, symbol) in file.Declarations)
            {
                if (syntax is ScalarDeclarationSyntax scalarSyntax) BindScalar(file, scalarSyntax, (ScalarSymbol)symbol);
            }
        }
        foreach (var file in files)
        {
            foreach (var (syntax, symbol) in file.Declarations)
            {
                if (syntax is EnumDeclarationSyntax enumSyntax) BindEnum(file, enumSyntax, (EnumSymbol)symbol);
            }
        }
        var records = new List<RecordSymbol>();
        var spreading = new List<RecordSymbol>();
        var summaries = new List<(FileScope File, RecordSymbol Record, StringLiteral Template)>();
        foreach (var file in files)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            foreach (var (syntax, symbol) in file.Declarations)
            {
                if (syntax is not RecordDeclarationSyntax recordSyntax) continue;
                var record = (RecordSymbol)symbol;
                var template = BindRecord(file, recordSyntax, record);
                records.Add(record);
                if (template is not null) summaries.Add((file, record, template));
                // A record that spreads nothing has all its fields now, while they are fresh in the cache; the others get theirs below.
                if (SpreadsNothing(recordSyntax)) FieldNameCollisions.Report(record, _texts, _diagnostics);
                else spreading.Add(record);
            }
        }
        // Spread fields are copied once every record's own fields are bound; summaries and cycles then see them.
        _spreads.Apply(_diagnostics);
        FieldNameCollisions.Report(spreading, _texts, _diagnostics);
        foreach (var (file, record, template) in summaries)
        {
            record.Summary = file.Summaries.Bind(record, template);
        }
        // Unions check their members' fields, so they come after every record.
        foreach (var file in files) BindUnions(file);
        BindUnionMembers();
        ReportDuplicateEventTypes(files);
        RecordCycleDetector.Report(records, _texts, _diagnostics);

        int declared = 0;
        foreach (var file in files) declared += file.Declarations.Count;
        var declarations = new List<DeclarationSymbol>(declared);
        foreach (var file in files)
        {
            foreach (var (_, symbol) in file.Declarations) declarations.Add(symbol);
        }
        return new Result(declarations, _diagnostics);
    }

    // Declaring.

    private void Declare(FileScope file)
    {
        var tree = file.Tree;
        NamespaceDeclarationSyntax? namespaceSyntax = null;
        SyntaxNode? firstOther = null;
        var members = tree.Root.Members;
        for (int m = 0; m < members.Count; m++)
        {
            var member = members[m];
            switch (member)
            {
                case NamespaceDeclarationSyntax namespaceDeclaration:
                    ReportDecoratorsNotAllowed(file, namespaceDeclaration.Decorators, DecoratorTargets.Namespace);
                    if (namespaceSyntax is null)
                    {
                        namespaceSyntax = namespaceDeclaration;
                        file.Namespace = IsDeclarable(namespaceDeclaration.Name) ? namespaceDeclaration.Name.Text : string.Empty;
                        if (file.Namespace.Length > 0) _namespaces.Add(file.Namespace);
                        if (firstOther is not null) _diagnostics.Add(At(file, namespaceDeclaration.Keyword.Span).NamespaceNotFirst());
                    }
                    else if (!namespaceDeclaration.Name.IsMissing)
                    {
                        _diagnostics.Add(At(file, namespaceDeclaration.Name.Span).MultipleNamespaces(file.Namespace));
                    }
                    break;
                case UsingDirectiveSyntax usingDirective:
                    ReportDecoratorsNotAllowed(file, usingDirective.Decorators, DecoratorTargets.Using);
                    firstOther ??= usingDirective;
                    if (IsDeclarable(usingDirective.Name)) file.Usings.Add(usingDirective);
                    break;
                case DeclarationSyntax declaration:
                    firstOther ??= declaration;
                    break;
            }
        }
        if (namespaceSyntax is null && firstOther is not null)
        {
            var keyword = firstOther is UsingDirectiveSyntax u ? u.Keyword : ((DeclarationSyntax)firstOther).Keyword;
            // Reported once every file has said its namespace, to suggest one of theirs.
            _missingNamespaces.Add((file, keyword.Span));
        }

        for (int m = 0; m < members.Count; m++)
        {
            if (members[m] is not DeclarationSyntax declaration || !IsDeclarable(declaration.Name)) continue;
            var symbol = CreateSymbol(file, declaration);
            file.Declarations.Add((declaration, symbol));
            if (ReservedTypeNames.Contains(symbol.Name))
            {
                _diagnostics.Add(At(file, declaration.Name.Span).ReservedName(symbol.Name));
            }
            if (_byFullName.TryGetValue(symbol.FullName, out var existing))
            {
                _diagnostics.Add(existing.ReferenceName is { } assemblyName
                    ? At(file, declaration.Name.Span).DeclaredByReference(symbol.FullName, assemblyName)
                    : At(file, declaration.Name.Span, existing).DuplicateDeclaration(symbol.FullName, DescribeLocation(existing)));
                continue;
            }
            _byFullName[symbol.FullName] = symbol;
            // customer and Customer, or port_call and PortCall, in one namespace: both would be one C# type.
            if (_byCSharpName.TryGetValue(CSharpNameKey(symbol), out var sameInCSharp) && sameInCSharp.Name != symbol.Name)
            {
                _diagnostics.Add(At(file, declaration.Name.Span, sameInCSharp).TypesShareCSharpName(symbol.Name, sameInCSharp.Name, FieldNameHints.CSharpKey(symbol.Name), DescribeLocation(sameInCSharp)));
                continue;
            }
            _byCSharpName[CSharpNameKey(symbol)] = symbol;
        }
    }

    private static string CSharpNameKey(DeclarationSymbol symbol) => symbol.Namespace + "." + FieldNameHints.CSharpKey(symbol.Name);

    private readonly Dictionary<string, DeclarationSymbol> _byCSharpName = new(StringComparer.Ordinal);

    /// <summary>
    /// An earlier member whose name differs from <paramref name="name"/> only in case or separators: looked up by key in a
    /// wide enum (<paramref name="byCSharpName"/>), compared in place in the few members of most.
    /// </summary>
    private static EnumMemberSymbol? SameCSharpMember(List<EnumMemberSymbol> members, Dictionary<string, EnumMemberSymbol>? byCSharpName, string name)
    {
        if (byCSharpName is not null)
        {
            return byCSharpName.TryGetValue(FieldNameHints.CSharpKey(name), out var found) && found.Name != name ? found : null;
        }
        foreach (var member in members)
        {
            if (member.Name != name && FieldNameHints.SameCSharpName(member.Name, name)) return member;
        }
        return null;
    }

    /// <summary>
    /// The namespace most files of the folder of <paramref name="path"/> declare, else most files of the compilation;
    /// null when no file declares one. Ties go to the first in ordinal order, so the suggestion never depends on file order.
    /// </summary>
    private string? SuggestedNamespace(string path)
    {
        string folder = System.IO.Path.GetDirectoryName(path) ?? string.Empty;
        var inFolder = new Dictionary<string, int>(StringComparer.Ordinal);
        var anywhere = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string filePath, string ns)
        {
            if (ns.Length == 0) return;
            anywhere[ns] = anywhere.TryGetValue(ns, out int all) ? all + 1 : 1;
            if (string.Equals(System.IO.Path.GetDirectoryName(filePath) ?? string.Empty, folder, StringComparison.Ordinal))
            {
                inFolder[ns] = inFolder.TryGetValue(ns, out int here) ? here + 1 : 1;
            }
        }
        foreach (var file in _files) Count(file.Tree.FilePath, file.Namespace);
        // Files kept from an earlier binding, one vote each.
        foreach (var group in _boundElsewhere.GroupBy(d => d.FilePath, StringComparer.Ordinal)) Count(group.Key, group.First().Namespace);
        var counts = inFolder.Count > 0 ? inFolder : anywhere;
        string? best = null;
        foreach (var pair in counts)
        {
            if (best is null || pair.Value > counts[best] || (pair.Value == counts[best] && string.CompareOrdinal(pair.Key, best) < 0)) best = pair.Key;
        }
        return best;
    }

    /// <summary>The 1-based line of <paramref name="span"/>, for messages that point at an earlier name in the same file.</summary>
    private static int LineOf(FileScope file, TextSpan span) => file.Tree.Text.GetLinePosition(span.Start).Line;

    private string DescribeLocation(DeclarationSymbol symbol)
        => _texts.TryGetValue(symbol.FilePath, out var text) ? symbol.FilePath + "(" + text.GetLinePosition(symbol.NameSpan.Start) + ")" : symbol.FilePath;

    private readonly Dictionary<string, SourceText> _texts = new(StringComparer.Ordinal);
    private readonly List<(FileScope File, TextSpan Keyword)> _missingNamespaces = new();

    private DeclarationSymbol CreateSymbol(FileScope file, DeclarationSyntax declaration)
    {
        string name = declaration.Name.Text;
        var firstToken = declaration.FirstToken!;
        var span = TextSpan.FromBounds(firstToken.DocumentationStart(), declaration.Span.End);
        string path = file.Tree.FilePath;
        DeclarationSymbol symbol = declaration switch
        {
            RecordDeclarationSyntax record => new RecordSymbol(name, file.Namespace, record.IsEvent, path, declaration.Name.Span, span),
            EnumDeclarationSyntax => new EnumSymbol(name, file.Namespace, path, declaration.Name.Span, span),
            UnionDeclarationSyntax => new UnionSymbol(name, file.Namespace, path, declaration.Name.Span, span, declaringField: null),
            _ => new ScalarSymbol(name, file.Namespace, path, declaration.Name.Span, span),
        };
        symbol.Documentation = firstToken.GetDocumentation();
        return symbol;
    }

    private void ReportDecoratorsNotAllowed(FileScope file, IReadOnlyList<DecoratorSyntax> decorators, DecoratorTargets target)
    {
        if (decorators.Count > 0) file.Decorators.Bind(decorators, target, constrainedType: null);
    }

    private void BindUsings(FileScope file)
    {
        foreach (var usingDirective in file.Usings)
        {
            string name = usingDirective.Name.Text;
            if (_namespaces.Contains(name))
            {
                if (!file.ImportedNamespaces.Contains(name)) file.ImportedNamespaces.Add(name);
                continue;
            }
            if (_references.FindUnreadable(name) is { } unreadable)
            {
                _diagnostics.Add(At(file, usingDirective.Name.Span).IncompatibleReference(name, unreadable.AssemblyName, unreadable.FormatVersion));
                file.HasUnreadableImport = true;
                continue;
            }
            _diagnostics.Add(At(file, usingDirective.Name.Span).UnknownNamespace(name, NameSimilarity.FindClosestNamespace(name, _namespaces)));
        }
    }

    // Types.

    private SchemaType BindType(FileScope file, TypeSyntax syntax)
    {
        switch (syntax)
        {
            case NamedTypeSyntax named:
            {
                var name = named.Name;
                if (name.IsMissing) return new ErrorType(name.Text);
                string text = name.Text;
                if (name.IdentifierCount == 1)
                {
                    if (Primitives.TryGetValue(text, out var kind)) return PrimitiveType.Get(kind);
                    if (text == "list" || text == "set")
                    {
                        _diagnostics.Add(At(file, name.Span).WrongTypeArgumentCount(text, $"one type argument: {text}<T>"));
                        return new ErrorType(text);
                    }
                    if (text == "map")
                    {
                        _diagnostics.Add(At(file, name.Span).WrongTypeArgumentCount(text, "two type arguments: map<string, T>"));
                        return new ErrorType(text);
                    }
                }
                return ResolveDeclaredType(file, name);
            }
            case GenericTypeSyntax generic:
            {
                var name = generic.Name;
                if (name.IsMissing) return new ErrorType(name.Text);
                string text = name.Text;
                var arguments = generic.Arguments;
                var argumentsSpan = TextSpan.FromBounds(generic.LessThan.Span.Start, generic.GreaterThan.Span.End);
                if (text == "list" || text == "set")
                {
                    if (arguments.Count != 1)
                    {
                        _diagnostics.Add(At(file, argumentsSpan).WrongTypeArgumentCount(text, $"one type argument: {text}<T>"));
                        return new ErrorType(text);
                    }
                    var element = BindType(file, ItemTypes.Unwrap(arguments[0], out bool nullable));
                    return text == "list" ? new ListType(element, nullable) : new SetType(element, nullable);
                }
                if (text == "map")
                {
                    if (arguments.Count != 2)
                    {
                        _diagnostics.Add(At(file, argumentsSpan).WrongTypeArgumentCount(text, "two type arguments: map<string, T>"));
                        return new ErrorType(text);
                    }
                    var key = BindType(file, ItemTypes.Unwrap(arguments[0], out bool keyNullable));
                    var value = BindType(file, ItemTypes.Unwrap(arguments[1], out bool valueNullable));
                    if (keyNullable) _diagnostics.Add(At(file, ((ItemTypeSyntax)arguments[0]).Question!.Span).MapKeyNullable());
                    if (key is not ErrorType && !MapKeyTypes.IsSupported(key))
                    {
                        _diagnostics.Add(At(file, ItemTypes.Unwrap(arguments[0], out _).Span).MapKeyNotString(key.DisplayName));
                    }
                    return new MapType(key, value, valueNullable);
                }
                if (IsKnownTypeName(file, name))
                {
                    _diagnostics.Add(At(file, argumentsSpan).WrongTypeArgumentCount(text, "no type arguments; only list, set and map take them"));
                }
                else
                {
                    // "optional<string>", "array<int>": a name that is no type at all, so say that, and what is meant.
                    _diagnostics.Add(At(file, name.Span).UnknownGenericType(text, GenericTypeHints.For(text, out var meant), meant));
                }
                return new ErrorType(text);
            }
            case UnionTypeSyntax union:
                return BindUnionType(file, union);
            case ItemTypeSyntax item:
                return BindType(file, item.Type);
            default:
                return new ErrorType(string.Empty);
        }
    }

    private bool IsKnownTypeName(FileScope file, NameSyntax name)
    {
        string text = name.Text;
        if (name.IdentifierCount == 1 && Primitives.ContainsKey(text)) return true;
        if (!ResolvedNames(file).TryGetValue(text, out var resolution))
        {
            resolution = name.IdentifierCount == 1 ? ResolveSimpleName(file, text) : ResolveQualifiedName(file, text);
            ResolvedNames(file)[text] = resolution;
        }
        return resolution.Symbol is not null;
    }

    private SchemaType ResolveDeclaredType(FileScope file, NameSyntax name)
    {
        string text = name.Text;
        if (!ResolvedNames(file).TryGetValue(text, out var resolution))
        {
            resolution = name.IdentifierCount == 1 ? ResolveSimpleName(file, text) : ResolveQualifiedName(file, text);
            ResolvedNames(file)[text] = resolution;
        }
        if (resolution.Symbol is not null)
        {
            if (resolution.Symbol.ReferenceName is not null && _references.AssembliesDeclaring(resolution.Symbol.FullName) is { } assemblies)
            {
                _diagnostics.Add(At(file, name.Span).DeclaredByTwoReferences(resolution.Symbol.FullName, assemblies));
                return new ErrorType(text);
            }
            return resolution.Symbol.AsType;
        }
        if (resolution.Ambiguous is not null)
        {
            _diagnostics.Add(At(file, name.Span).AmbiguousType(text, resolution.Ambiguous));
        }
        else if (name.IdentifierCount > 1 && _references.FindUnreadable(text.Substring(0, text.LastIndexOf('.'))) is { } unreadable)
        {
            _diagnostics.Add(At(file, name.Span).IncompatibleReference(text.Substring(0, text.LastIndexOf('.')), unreadable.AssemblyName, unreadable.FormatVersion));
        }
        else if (name.IdentifierCount == 1 && file.HasUnreadableImport)
        {
            // The name may well be declared in the namespace whose 'using' is already reported as unreadable.
        }
        else if (IsAscii(text) && !CharacterFacts.HasPartStartingWithDigit(text))
        {
            // A name with non-ASCII characters is already reported by the lexer, one with a part such as '1Abc' by the parser.
            _diagnostics.Add(At(file, name.Span).UnknownType(text, resolution.Suggestion));
        }
        return new ErrorType(text);
    }

    /// <summary>The declaration a spread names, resolved as a type name is; null (reported) when it names none.</summary>
    private DeclarationSymbol? ResolveSpreadTarget(FileScope file, NameSyntax name)
        => name.IsMissing ? null : ResolveDeclaredType(file, name) is NamedType named ? named.Declaration : null;

    /// <summary>Whether a namespace or declaration can go by this name: it was written, and is not one the parser refused, such as <c>1Abc</c>.</summary>
    internal static bool IsDeclarable(NameSyntax name) => !name.IsMissing && !CharacterFacts.HasPartStartingWithDigit(name.Text);

    /// <inheritdoc cref="IsDeclarable(NameSyntax)"/>
    internal static bool IsDeclarable(SyntaxToken name) => !name.IsMissing && !CharacterFacts.HasPartStartingWithDigit(name.Text);

    private static bool IsAscii(string text)
    {
        foreach (char c in text)
        {
            if (c >= '\u0080') return false;
        }
        return true;
    }

    private TypeResolution ResolveSimpleName(FileScope file, string name)
    {
        DeclarationSymbol? found = null;
        List<string>? ambiguous = null;
        if (_byFullName.TryGetValue(file.Namespace.Length == 0 ? name : file.Namespace + "." + name, out var own))
        {
            // The file's own namespace wins over imported ones, as in C#.
            return new TypeResolution { Symbol = own };
        }
        foreach (var imported in file.ImportedNamespaces)
        {
            if (!_byFullName.TryGetValue(imported + "." + name, out var candidate)) continue;
            if (found is null) found = candidate;
            else
            {
                ambiguous ??= new List<string> { found.FullName };
                ambiguous.Add(candidate.FullName);
            }
        }
        if (ambiguous is not null) return new TypeResolution { Ambiguous = ambiguous };
        if (found is not null) return new TypeResolution { Symbol = found };

        // Not visible: suggest the same name in another namespace, else the closest visible name.
        if (FirstBySimpleName().TryGetValue(name, out var elsewhere))
        {
            return new TypeResolution { Suggestion = elsewhere.FullName };
        }
        var candidates = new List<string>(Primitives.Keys);
        foreach (var symbol in _byFullName.Values)
        {
            if (symbol.Namespace == file.Namespace || file.ImportedNamespaces.Contains(symbol.Namespace)) candidates.Add(symbol.Name);
        }
        return new TypeResolution { Suggestion = NameSimilarity.FindClosest(name, candidates) };
    }

    /// <summary>Built only when a name fails to resolve: for each simple name, its first declaration in path order.</summary>
    private Dictionary<string, DeclarationSymbol> FirstBySimpleName()
    {
        if (_firstBySimpleName is not null) return _firstBySimpleName;
        var index = new Dictionary<string, DeclarationSymbol>(StringComparer.Ordinal);
        foreach (var file in _files)
        {
            foreach (var (_, symbol) in file.Declarations)
            {
                if (!index.ContainsKey(symbol.Name) && ReferenceEquals(GetRegistered(symbol.FullName), symbol)) index[symbol.Name] = symbol;
            }
        }
        foreach (var symbol in _boundElsewhere)
        {
            // Interleaved with the files bound now by path, as a binding of every file would meet them.
            if (!ReferenceEquals(GetRegistered(symbol.FullName), symbol)) continue;
            if (!index.TryGetValue(symbol.Name, out var first) || string.CompareOrdinal(symbol.FilePath, first.FilePath) < 0) index[symbol.Name] = symbol;
        }
        foreach (var symbol in _references.Declarations)
        {
            if (!index.ContainsKey(symbol.Name) && ReferenceEquals(GetRegistered(symbol.FullName), symbol)) index[symbol.Name] = symbol;
        }
        return _firstBySimpleName = index;
    }

    /// <summary>
    /// The names already resolved in <paramref name="file"/>, so a type used many times in a file is looked up once. One
    /// table serves the file being bound and is emptied when binding moves to another: names resolve only once every
    /// declaration and <c>using</c> is known, so a name looked up again later resolves the same way.
    /// </summary>
    private Dictionary<string, TypeResolution> ResolvedNames(FileScope file)
    {
        if (!ReferenceEquals(_resolvedNamesFile, file))
        {
            _resolvedNames.Clear();
            _resolvedNamesFile = file;
        }
        return _resolvedNames;
    }

    private readonly Dictionary<string, TypeResolution> _resolvedNames = new(StringComparer.Ordinal);
    private FileScope? _resolvedNamesFile;

    private DeclarationSymbol? GetRegistered(string fullName) => _byFullName.TryGetValue(fullName, out var symbol) ? symbol : null;

    private TypeResolution ResolveQualifiedName(FileScope file, string name)
    {
        if (_byFullName.TryGetValue(name, out var symbol)) return new TypeResolution { Symbol = symbol };
        if (file.Namespace.Length > 0 && _byFullName.TryGetValue(file.Namespace + "." + name, out var nested))
        {
            return new TypeResolution { Symbol = nested };
        }
        return new TypeResolution { Suggestion = NameSimilarity.FindClosest(name, _byFullName.Keys) ?? FullNameEndingWith(file, name) };
    }

    /// <summary>
    /// A partly qualified name, <c>Common.Port</c> for <c>MiddleCorridor.Common.Port</c>, names no type (only a full name
    /// or a simple one does); suggest the full name that ends with it, preferring one that shares the file's namespace's
    /// leading parts, then the first in ordinal order.
    /// </summary>
    private string? FullNameEndingWith(FileScope file, string name)
    {
        string tail = "." + name;
        string? best = null;
        int bestShared = -1;
        foreach (var fullName in _byFullName.Keys)
        {
            if (!fullName.EndsWith(tail, StringComparison.Ordinal)) continue;
            int shared = SharedLeadingParts(file.Namespace, fullName);
            if (shared > bestShared || (shared == bestShared && string.CompareOrdinal(fullName, best) < 0))
            {
                best = fullName;
                bestShared = shared;
            }
        }
        return best;
    }

    private static int SharedLeadingParts(string a, string b)
    {
        var left = a.Split('.');
        var right = b.Split('.');
        int count = 0;
        while (count < left.Length && count < right.Length && string.Equals(left[count], right[count], StringComparison.Ordinal)) count++;
        return count;
    }

    // Declarations.

    private void BindScalar(FileScope file, ScalarDeclarationSyntax syntax, ScalarSymbol scalar)
    {
        var type = BindType(file, syntax.UnderlyingType);
        switch (type)
        {
            case PrimitiveType primitive:
                scalar.UnderlyingType = primitive;
                break;
            case ErrorType:
                break;
            default:
                _diagnostics.Add(At(file, syntax.UnderlyingType.Span).ScalarNotPrimitive(type.DisplayName));
                break;
        }
        var decorators = file.Decorators.Bind(syntax.Decorators, DecoratorTargets.Scalar, type is PrimitiveType ? type : type is ErrorType ? type : null);
        scalar.Constraints = decorators.Constraints;
        scalar.DeprecationMessage = decorators.DeprecationMessage;
        file.History.Declare(scalar, decorators);
    }

    private void BindEnum(FileScope file, EnumDeclarationSyntax syntax, EnumSymbol enumSymbol)
    {
        var decorators = file.Decorators.Bind(syntax.Decorators, DecoratorTargets.Enum, constrainedType: null);
        enumSymbol.DeprecationMessage = decorators.DeprecationMessage;
        file.History.Declare(enumSymbol, decorators);
        var members = new List<EnumMemberSymbol>(syntax.Members.Count);
        List<EnumMemberSymbol>? removedMembers = null;
        var memberNodes = syntax.Members;
        var byName = memberNodes.Count > WideRecordFields ? new Dictionary<string, EnumMemberSymbol>(StringComparer.Ordinal) : null;
        var byJsonValue = byName is null ? null : new Dictionary<string, EnumMemberSymbol>(StringComparer.Ordinal);
        var byCSharpName = byName is null ? null : new Dictionary<string, EnumMemberSymbol>(StringComparer.Ordinal);
        for (int m = 0; m < memberNodes.Count; m++)
        {
            if (memberNodes[m] is not EnumMemberSyntax memberSyntax || memberSyntax.Name.IsMissing) continue;
            string name = memberSyntax.Name.Text;
            string jsonValue = name;
            var valueSpan = memberSyntax.Name.Span;
            if (memberSyntax.Value is { } value && !value.Value.Token.IsMissing)
            {
                if (value.Value.Token.Kind == TokenKind.StringLiteral)
                {
                    jsonValue = StringLiteral.Decode(value.Value.Token.Text, value.Value.Token.Span.Start).Value;
                    valueSpan = value.Value.Token.Span;
                }
                else
                {
                    _diagnostics.Add(At(file, value.Value.Token.Span).EnumValueNotString());
                }
            }
            var member = new EnumMemberSymbol(enumSymbol, name, jsonValue, memberSyntax.Name.Span)
            {
                Documentation = memberSyntax.FirstToken!.GetDocumentation(),
            };
            var memberDecorators = file.Decorators.Bind(memberSyntax.Decorators, DecoratorTargets.EnumMember, constrainedType: null);
            member.DeprecationMessage = memberDecorators.DeprecationMessage;
            member.History = file.History.BindMember(member, memberDecorators);
            if (member.History.RemovedIn is not null)
            {
                (removedMembers ??= new List<EnumMemberSymbol>()).Add(member); // history only
                continue;
            }
            if (Lookup(byName, members, name, byJsonValue: false) is { } sameName)
            {
                _diagnostics.Add(At(file, memberSyntax.Name.Span, sameName.NameSpan, sameName.Name).DuplicateEnumMember(name, enumSymbol.Name, LineOf(file, sameName.NameSpan)));
                continue;
            }
            if (SameCSharpMember(members, byCSharpName, name) is { } sameInCSharp)
            {
                _diagnostics.Add(At(file, memberSyntax.Name.Span, sameInCSharp.NameSpan, sameInCSharp.Name).MembersShareCSharpName(name, sameInCSharp.Name, enumSymbol.Name, FieldNameHints.CSharpKey(name), LineOf(file, sameInCSharp.NameSpan), jsonValue));
                continue;
            }
            if (Lookup(byJsonValue, members, jsonValue, byJsonValue: true) is { } other)
            {
                _diagnostics.Add(At(file, valueSpan, other.NameSpan, other.Name).DuplicateEnumJsonValue(jsonValue, other.Name, LineOf(file, other.NameSpan)));
                continue;
            }
            members.Add(member);
            byName?.Add(name, member);
            byJsonValue?.Add(jsonValue, member);
            if (byCSharpName is not null)
            {
                string key = FieldNameHints.CSharpKey(name);
                if (!byCSharpName.ContainsKey(key)) byCSharpName[key] = member;
            }
        }
        if (members.Count == 0 && !syntax.CloseBrace.IsMissing && !syntax.OpenBrace.IsMissing && syntax.Members.Count == 0)
        {
            _diagnostics.Add(At(file, syntax.Name.Span).EmptyEnum(enumSymbol.Name));
        }
        enumSymbol.Members = members;
        if (removedMembers is not null) enumSymbol.RemovedMembers = removedMembers;
        file.History.CheckEnum(enumSymbol);
    }

    /// <summary>Binds a record's fields and decorators; returns its summary template text for binding once every record is bound.</summary>
    private StringLiteral? BindRecord(FileScope file, RecordDeclarationSyntax syntax, RecordSymbol record)
    {
        var decorators = file.Decorators.Bind(syntax.Decorators, record.IsEvent ? DecoratorTargets.Event : DecoratorTargets.Record, constrainedType: null);
        record.DeprecationMessage = decorators.DeprecationMessage;
        record.DiscriminatorValue = decorators.DiscriminatorValue;
        if (record.IsEvent)
        {
            int version = decorators.Version ?? 1;
            record.Version = version;
            record.EventType = decorators.EventType ?? EventTypeNaming.DefaultEventType(record.Namespace, record.Name, version);
        }
        file.History.Declare(record, decorators);
        List<FieldSymbol>? removedFields = null;

        var memberNodes = syntax.Members;
        var fields = new List<FieldSymbol>(memberNodes.Count);
        // A wide record looks names up; the few fields of most records are scanned, which costs no dictionaries.
        var byName = memberNodes.Count > WideRecordFields ? new Dictionary<string, FieldSymbol>(StringComparer.Ordinal) : null;
        var byWireName = byName is null ? null : new Dictionary<string, FieldSymbol>(StringComparer.Ordinal);
        for (int m = 0; m < memberNodes.Count; m++)
        {
            if (memberNodes[m] is SpreadSyntax spread)
            {
                _spreads.Add(file, record, spread, fields.Count);
                continue;
            }
            if (memberNodes[m] is not FieldDeclarationSyntax fieldSyntax) continue;
            var nameToken = fieldSyntax.Name;
            var firstToken = fieldSyntax.FirstToken!;
            var field = new FieldSymbol(record, nameToken.Text, nameToken.Span, TextSpan.FromBounds(firstToken.DocumentationStart(), fieldSyntax.Span.End))
            {
                IsOptional = fieldSyntax.Question is not null,
                Documentation = firstToken.GetDocumentation(),
            };
            field.Type = BindFieldType(file, fieldSyntax, field);
            var fieldDecorators = file.Decorators.Bind(fieldSyntax.Decorators, DecoratorTargets.Field, field.Type);
            if (fieldDecorators.Discriminator is not null) ApplyFieldDiscriminator(file, fieldSyntax, field, fieldDecorators);
            field.Constraints = ItemConstraintBinder.Bind(file, fieldSyntax.Type, field.Type, fieldDecorators.Constraints, _diagnostics);
            field.DeprecationMessage = fieldDecorators.DeprecationMessage;
            if (fieldDecorators.JsonName is not null)
            {
                // A @json name is the wire name under every naming, even when it is the field's own name.
                field.JsonName = fieldDecorators.JsonName;
                field.HasExplicitJsonName = true;
            }
            if (fieldSyntax.DefaultValue is { } defaultValue) field.Default = file.Defaults.Bind(field, defaultValue.Value);
            field.History = file.History.BindField(field, fieldDecorators, file, _resolveHistoryTypeName);
            if (field.History.RemovedIn is not null)
            {
                (removedFields ??= new List<FieldSymbol>()).Add(field); // history only: not part of the current shape
                continue;
            }

            if (Lookup(byName, fields, field.Name, byJsonName: false) is { } sameName)
            {
                _diagnostics.Add(At(file, nameToken.Span, sameName.NameSpan, sameName.Name).DuplicateField(field.Name, record.Name, LineOf(file, sameName.NameSpan)));
                continue;
            }
            if (Lookup(byWireName, fields, field.JsonName, byJsonName: true) is { } sameWireName)
            {
                var json = fieldDecorators.Find(DecoratorDefinition.Json);
                var span = json?.ArgumentList is { Arguments.Count: > 0 } jsonArguments
                    ? jsonArguments.Arguments[0].Span
                    : nameToken.Span;
                _diagnostics.Add(At(file, span, sameWireName.NameSpan, sameWireName.Name).DuplicateJsonName(field.JsonName, sameWireName.Name, LineOf(file, sameWireName.NameSpan)));
                continue;
            }
            fields.Add(field);
            byName?.Add(field.Name, field);
            byWireName?.Add(field.JsonName, field);
        }
        record.Fields = fields;
        if (removedFields is not null) record.RemovedFields = removedFields;
        file.History.CheckRecord(record, decorators);
        return decorators.Summary;
    }

    /// <summary>
    /// The full name a type name written in a history decorator resolves to; when it names nothing visible, null and the
    /// closest name instead, as ES0020 suggests it (null when none is close).
    /// </summary>
    private (string? FullName, string? Suggestion) ResolveHistoryTypeName(FileScope file, string name)
    {
        if (Primitives.ContainsKey(name)) return (name, null);
        if (!ResolvedNames(file).TryGetValue(name, out var resolution))
        {
            resolution = name.IndexOf('.') < 0 ? ResolveSimpleName(file, name) : ResolveQualifiedName(file, name);
            ResolvedNames(file)[name] = resolution;
        }
        return (resolution.Symbol?.FullName, resolution.Suggestion);
    }

    private static bool SpreadsNothing(RecordDeclarationSyntax syntax)
    {
        var members = syntax.Members;
        for (int m = 0; m < members.Count; m++)
        {
            if (members[m] is SpreadSyntax) return false;
        }
        return true;
    }

    /// <summary>Enums have few members, so a scan is cheaper than building two dictionaries per enum.</summary>
    private static EnumMemberSymbol? FindMember(List<EnumMemberSymbol> members, string text, bool byJsonValue)
    {
        for (int i = 0; i < members.Count; i++)
        {
            if (string.Equals(byJsonValue ? members[i].JsonValue : members[i].Name, text, StringComparison.Ordinal)) return members[i];
        }
        return null;
    }

    // Most records and enums have few members, and a scan is cheaper than building dictionaries for each; above this
    // many members, names and wire names are kept in dictionaries while the declaration is bound.
    private const int WideRecordFields = 32;

    private static FieldSymbol? Lookup(Dictionary<string, FieldSymbol>? index, List<FieldSymbol> fields, string name, bool byJsonName)
        => index is null ? FindField(fields, name, byJsonName) : index.TryGetValue(name, out var found) ? found : null;

    private static EnumMemberSymbol? Lookup(Dictionary<string, EnumMemberSymbol>? index, List<EnumMemberSymbol> members, string text, bool byJsonValue)
        => index is null ? FindMember(members, text, byJsonValue) : index.TryGetValue(text, out var found) ? found : null;

    /// <summary>Records have few fields, so a scan is cheaper than building a dictionary per record.</summary>
    private static FieldSymbol? FindField(List<FieldSymbol> fields, string name, bool byJsonName)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (string.Equals(byJsonName ? fields[i].JsonName : fields[i].Name, name, StringComparison.Ordinal)) return fields[i];
        }
        return null;
    }

    private void ReportDuplicateEventTypes(List<FileScope> files)
    {
        int events = 0;
        foreach (var file in files)
        {
            foreach (var (_, symbol) in file.Declarations)
            {
                if (symbol is RecordSymbol { IsEvent: true }) events++;
            }
        }
        // The event types of past versions that are read in their own shape are taken too: a union or a catalog
        // dispatches a stored payload by them, so no other event may use one.
        var byEventType = new Dictionary<string, (RecordSymbol Event, int? PastVersion)>(events, StringComparer.Ordinal);
        // A referenced assembly's events share the application's catalogs, so their event types are taken too.
        foreach (var external in _references.Declarations)
        {
            if (external is not RecordSymbol { IsEvent: true, EventType: { } externalType } externalEvent) continue;
            if (!byEventType.ContainsKey(externalType)) byEventType[externalType] = (externalEvent, null);
            foreach (var past in externalEvent.PastVersions)
            {
                if (!byEventType.ContainsKey(past.EventType)) byEventType[past.EventType] = (externalEvent, past.Version);
            }
        }
        foreach (var file in files)
        {
            foreach (var (_, symbol) in file.Declarations)
            {
                if (symbol is not RecordSymbol { IsEvent: true, EventType: { } eventType } record) continue;
                if (!_byFullName.TryGetValue(record.FullName, out var registered) || !ReferenceEquals(registered, record)) continue;
                if (byEventType.TryGetValue(eventType, out var other))
                {
                    _diagnostics.Add(At(file, record.NameSpan).DuplicateEventType(eventType, other.Event.FullName, other.PastVersion));
                    continue;
                }
                byEventType[eventType] = (record, null);
                foreach (var past in record.PastVersions)
                {
                    if (byEventType.TryGetValue(past.EventType, out other))
                    {
                        _diagnostics.Add(At(file, record.NameSpan).DuplicateEventType(past.EventType, other.Event.FullName, other.PastVersion, past.Version));
                        continue;
                    }
                    byEventType[past.EventType] = (record, past.Version);
                }
            }
        }
    }
}
