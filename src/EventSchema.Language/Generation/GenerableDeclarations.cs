using System;
using System.Collections.Generic;
using System.Threading;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Language.Generation;

/// <summary>
/// Which declarations of a compilation code can be generated for, and a located diagnostic (ES0080) for each
/// one that cannot. A declaration is generated when it has no error of its own, its file's namespace is sound,
/// every type it names resolved, and every declaration it uses is generated too. One mistake therefore removes
/// only what it touches, and never silently: the diagnostic names the declaration and why it was left out, so
/// it is still reported when the mistake itself was lowered to a warning.
/// </summary>
public sealed class GenerableDeclarations
{
    private readonly HashSet<DeclarationSymbol> _skipped;

    private GenerableDeclarations(HashSet<DeclarationSymbol> skipped, IReadOnlyList<Diagnostic> diagnostics)
    {
        _skipped = skipped;
        Diagnostics = diagnostics;
    }

    /// <summary>One ES0080 per declaration left out, in the compilation's diagnostic order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether code is generated for <paramref name="declaration"/>.</summary>
    public bool IsGenerable(DeclarationSymbol declaration) => !_skipped.Contains(declaration);

    /// <summary>Decides, for every declaration of <paramref name="compilation"/>, whether it can be generated.</summary>
    public static GenerableDeclarations Analyze(SchemaCompilation compilation, CancellationToken cancellationToken = default)
    {
        if (compilation is null) throw new ArgumentNullException(nameof(compilation));
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var namespaceSpans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            if (!texts.ContainsKey(tree.FilePath)) texts[tree.FilePath] = tree.Text;
            if (!namespaceSpans.TryGetValue(tree.FilePath, out var spans)) namespaceSpans[tree.FilePath] = spans = new List<TextSpan>();
            foreach (SyntaxNode member in tree.Root.Members)
            {
                if (member is NamespaceDeclarationSyntax) spans.Add(member.Span);
            }
        }

        // Why each declaration is left out; the first reason found is the one reported.
        var reasons = new Dictionary<DeclarationSymbol, string>();
        // Second declarations of a name (ES0022): C# code gets the first one's type, in the project or a referenced assembly.
        var declaredElsewhere = new HashSet<DeclarationSymbol>();
        foreach (DeclarationSymbol declaration in compilation.Declarations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? reason = OwnProblem(compilation, declaration, namespaceSpans, out string? code);
            if (reason is null) continue;
            reasons[declaration] = reason;
            if (code == DiagnosticBuilder.DuplicateDeclarationDefinition.Code) declaredElsewhere.Add(declaration);
        }

        // Whatever uses a left-out declaration is left out too, until nothing changes (bounded by the declaration count).
        bool changed = reasons.Count > 0;
        while (changed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            changed = false;
            foreach (DeclarationSymbol declaration in compilation.Declarations)
            {
                if (reasons.ContainsKey(declaration)) continue;
                DeclarationSymbol? missing = declaration switch
                {
                    RecordSymbol record => FirstUsed(record, reasons),
                    UnionSymbol union => FirstUsed(union, reasons),
                    _ => null,
                };
                if (missing is null) continue;
                reasons[declaration] = $"it uses {Describe(missing)}, which was not generated";
                changed = true;
            }
        }

        var diagnostics = new List<Diagnostic>(reasons.Count);
        foreach (DeclarationSymbol declaration in compilation.Declarations)
        {
            if (!reasons.TryGetValue(declaration, out string? reason)) continue;
            // C# code gets the other declaration's type only when that one is generated (or comes from an assembly).
            bool otherGenerated = declaredElsewhere.Contains(declaration)
                && compilation.GetDeclaration(declaration.FullName) is { } first && !ReferenceEquals(first, declaration) && !reasons.ContainsKey(first);
            diagnostics.Add(DiagnosticBuilder.At(texts[declaration.FilePath], declaration.NameSpan).DeclarationNotGenerated(declaration.Name, reason, otherGenerated));
        }
        return new GenerableDeclarations(new HashSet<DeclarationSymbol>(reasons.Keys), diagnostics);
    }

    /// <summary>Why the declaration itself cannot be generated, and the code of the error that says so; null when it can.</summary>
    private static string? OwnProblem(SchemaCompilation compilation, DeclarationSymbol declaration, Dictionary<string, List<TextSpan>> namespaceSpans, out string? code)
    {
        code = null;
        namespaceSpans.TryGetValue(declaration.FilePath, out var namespaces);
        foreach (Diagnostic diagnostic in compilation.GetDiagnostics(declaration.FilePath))
        {
            if (diagnostic.IsError && IsNamespaceProblem(diagnostic, namespaces))
            {
                code = diagnostic.Code;
                return $"the file's namespace has an error at line {diagnostic.Start.Line} ({diagnostic.Code})";
            }
        }
        foreach (Diagnostic diagnostic in compilation.GetDiagnostics(declaration.FilePath))
        {
            if (diagnostic.IsError && Overlaps(declaration.Span, diagnostic.Span))
            {
                code = diagnostic.Code;
                return $"of the error at line {diagnostic.Start.Line} ({diagnostic.Code})";
            }
        }
        // A type left unresolved through a broken 'using' is reported at the directive, not inside the declaration.
        if (declaration is RecordSymbol record)
        {
            foreach (FieldSymbol field in record.Fields)
            {
                if (HasUnresolvedType(field.Type)) return $"the type of its field '{field.Name}' did not resolve";
            }
        }
        return null;
    }

    private static bool IsNamespaceProblem(Diagnostic diagnostic, List<TextSpan>? namespaces)
    {
        if (diagnostic.Code == DiagnosticBuilder.MissingNamespaceDefinition.Code
            || diagnostic.Code == DiagnosticBuilder.MultipleNamespacesDefinition.Code
            || diagnostic.Code == DiagnosticBuilder.NamespaceNotFirstDefinition.Code)
        {
            return true;
        }
        if (namespaces is null) return false;
        foreach (TextSpan span in namespaces)
        {
            if (Overlaps(span, diagnostic.Span)) return true;
        }
        return false;
    }

    // An empty span at a declaration's end (a missing '}') still belongs to it.
    private static bool Overlaps(TextSpan container, TextSpan span)
        => span.Length == 0 ? span.Start >= container.Start && span.Start <= container.End : span.Start < container.End && container.Start < span.End;

    private static bool HasUnresolvedType(SchemaType? type) => type switch
    {
        null or ErrorType => true,
        ListType list => HasUnresolvedType(list.ElementType),
        SetType set => HasUnresolvedType(set.ElementType),
        MapType map => HasUnresolvedType(map.KeyType) || HasUnresolvedType(map.ValueType),
        _ => false,
    };

    private static DeclarationSymbol? FirstUsed(RecordSymbol record, Dictionary<DeclarationSymbol, string> skipped)
    {
        // A record implements the interface of each record it spreads.
        foreach (RecordSymbol spread in record.Spreads)
        {
            if (skipped.ContainsKey(spread)) return spread;
        }
        foreach (FieldSymbol field in record.Fields)
        {
            DeclarationSymbol? used = FirstUsed(field.Type, skipped);
            if (used is not null) return used;
        }
        return null;
    }

    private static DeclarationSymbol? FirstUsed(UnionSymbol union, Dictionary<DeclarationSymbol, string> skipped)
    {
        foreach (UnionMemberSymbol member in union.Members)
        {
            if (skipped.ContainsKey(member.Record)) return member.Record;
        }
        foreach (UnionSymbol nested in union.NestedUnions)
        {
            if (skipped.ContainsKey(nested)) return nested;
        }
        return null;
    }

    private static DeclarationSymbol? FirstUsed(SchemaType? type, Dictionary<DeclarationSymbol, string> skipped) => type switch
    {
        NamedType named => skipped.ContainsKey(named.Declaration) ? named.Declaration : null,
        ListType list => FirstUsed(list.ElementType, skipped),
        SetType set => FirstUsed(set.ElementType, skipped),
        MapType map => FirstUsed(map.KeyType, skipped) ?? FirstUsed(map.ValueType, skipped),
        _ => null,
    };

    private static string Describe(DeclarationSymbol declaration) => "'" + declaration.Name + "'";
}
