using System.Linq;
using System.Threading;
using EventSchema.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EventSchema.Generator.Building;

/// <summary>
/// Finds the version conversions the project implements: <c>static partial</c> methods named <c>Upcast…</c> with a
/// body and one parameter, in a type declaration. Each is a key <c>Type.Method(Parameter)</c> from the simple names
/// as written, so the check needs no semantic model and stays cached while no such method changes.
/// </summary>
internal static class ImplementedConversions
{
    /// <summary>Whether <paramref name="node"/> may be an implemented conversion; cheap, runs on every syntax node.</summary>
    public static bool IsCandidate(SyntaxNode node, CancellationToken _)
        => node is MethodDeclarationSyntax { ParameterList.Parameters.Count: 1 } method
            && (method.Body is not null || method.ExpressionBody is not null)
            && method.Identifier.ValueText.StartsWith("Upcast", System.StringComparison.Ordinal)
            && method.Parent is TypeDeclarationSyntax
            && method.Modifiers.Any(SyntaxKind.PartialKeyword)
            && method.Modifiers.Any(SyntaxKind.StaticKeyword);

    /// <summary>The key of a candidate found by <see cref="IsCandidate"/>.</summary>
    public static string KeyOf(GeneratorSyntaxContext context, CancellationToken _)
    {
        var method = (MethodDeclarationSyntax)context.Node;
        var type = (TypeDeclarationSyntax)method.Parent!;
        return Key(type.Identifier.ValueText, method.Identifier.ValueText, LastName(method.ParameterList.Parameters[0].Type));
    }

    /// <summary>The key of the method <paramref name="methodName"/> of <paramref name="typeName"/> taking a <paramref name="parameterType"/>.</summary>
    public static string Key(string typeName, string methodName, string parameterType) => typeName + "." + methodName + "(" + parameterType + ")";

    /// <summary>The keys of every implemented conversion, sorted, so equal sets compare equal.</summary>
    public static EquatableArray<string> Sorted(System.Collections.Immutable.ImmutableArray<string> keys)
        => keys.Distinct().OrderBy(key => key, System.StringComparer.Ordinal).ToEquatableArray();

    // V1, CredentialsPresented.V1 and global::Diplomacy.CredentialsPresented.V1 all name V1.
    private static string LastName(TypeSyntax? type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => type?.ToString() ?? string.Empty,
    };

    /// <summary>Every conversion <paramref name="files"/> need that is not among <paramref name="implemented"/>, with its error.</summary>
    public static System.Collections.Generic.List<MissingConversion> Missing(EquatableArray<SchemaFileSpec> files, EquatableArray<string> implemented)
    {
        var keys = new System.Collections.Generic.HashSet<string>(implemented, System.StringComparer.Ordinal);
        var missing = new System.Collections.Generic.List<MissingConversion>();
        foreach (SchemaFileSpec file in files)
        {
            foreach (TypeSpec type in file.Types)
            {
                if (type is not RecordSpec { History: { } history } record) continue;
                foreach (PastVersionSpec past in history.PastVersions)
                {
                    foreach (UpcastSpec upcast in past.ToNext)
                    {
                        if (upcast is { Kind: UpcastKind.Method, MissingDiagnostic: { } diagnostic }
                            && !keys.Contains(Key(record.Name, upcast.MethodName!, past.Shape.Name)))
                        {
                            missing.Add(new MissingConversion(file.Namespace, record, past, upcast, diagnostic));
                        }
                    }
                }
            }
        }
        return missing;
    }
}

/// <summary>A conversion method an event's past version needs and the project does not write (ES0780).</summary>
/// <param name="Namespace">The event's C# namespace; empty for the global namespace.</param>
/// <param name="Record">The event.</param>
/// <param name="Past">The version whose value the method converts.</param>
/// <param name="Upcast">The property the method gives a value.</param>
/// <param name="Error">The ES0780 error at the schema field.</param>
internal sealed record MissingConversion(string Namespace, RecordSpec Record, PastVersionSpec Past, UpcastSpec Upcast, Language.Diagnostics.Diagnostic Error);
