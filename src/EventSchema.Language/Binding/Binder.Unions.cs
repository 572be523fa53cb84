using System;
using System.Collections.Generic;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Language.Binding;

/// <summary>The binder's part for unions: declared ones, those written in place as a field's type, and their checks.</summary>
internal sealed partial class Binder
{
    /// <summary>The union each in-place <c>A | B</c> field type declares.</summary>
    private readonly Dictionary<UnionTypeSyntax, UnionSymbol> _inlineUnions = new();

    /// <summary>The syntax each union's members are written in, for binding them once every record is bound.</summary>
    private readonly List<(FileScope File, UnionSymbol Union, IReadOnlyList<TypeSyntax> Members)> _unionMembers = new();

    /// <summary>
    /// <c>leg: RailLeg | SeaLeg;</c> in record <c>Shipment</c> declares the union <c>ShipmentLeg</c> in the file's
    /// namespace, so generated code, exports and other schemas can name it like any declared union.
    /// </summary>
    private void DeclareInlineUnions(FileScope file)
    {
        var declarations = file.Declarations;
        int count = declarations.Count;
        for (int d = 0; d < count; d++)
        {
            if (declarations[d].Syntax is not RecordDeclarationSyntax record) continue;
            foreach (var member in record.Members)
            {
                if (member is not FieldDeclarationSyntax { Type: UnionTypeSyntax unionType } field || field.Name.IsMissing) continue;
                string name = record.Name.Text + PascalCase(field.Name.Text);
                var symbol = new UnionSymbol(name, file.Namespace, file.Tree.FilePath, unionType.Span, unionType.Span, declaringField: null)
                {
                    Documentation = field.FirstToken!.GetDocumentation(),
                };
                if (_byFullName.TryGetValue(symbol.FullName, out var existing))
                {
                    // The field's type stays unbound, so nothing refers to a union that is not declared.
                    _diagnostics.Add(At(file, unionType.Span).InlineUnionNameTaken(field.Name.Text, name, DescribeLocation(existing)));
                    continue;
                }
                _inlineUnions[unionType] = symbol;
                _unionMembers.Add((file, symbol, unionType.Alternatives));
                _byFullName[symbol.FullName] = symbol;
                // No syntax of its own: every walk over a file's declarations that looks at syntax passes it by.
                file.Declarations.Add((null!, symbol));
            }
        }
    }

    private static string PascalCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        bool upper = true;
        foreach (char c in name)
        {
            if (c == '_') { upper = true; continue; }
            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return builder.Length == 0 ? name : builder.ToString();
    }

    private SchemaType BindFieldType(FileScope file, FieldDeclarationSyntax syntax, FieldSymbol field)
    {
        if (syntax.Type is not UnionTypeSyntax unionType) return BindType(file, syntax.Type);
        if (!_inlineUnions.TryGetValue(unionType, out var union)) return new ErrorType(string.Empty);
        union.DeclaringField ??= field;
        return union.AsType;
    }

    private void ApplyFieldDiscriminator(FileScope file, FieldDeclarationSyntax syntax, FieldSymbol field, BoundDecorators decorators)
    {
        if (syntax.Type is UnionTypeSyntax unionType && _inlineUnions.TryGetValue(unionType, out var union))
        {
            if (ReferenceEquals(union.DeclaringField, field)) union.DiscriminatorProperty = decorators.Discriminator!;
            return;
        }
        if (field.Type is ErrorType) return;
        var decorator = decorators.Find(DecoratorDefinition.Discriminator)!;
        _diagnostics.Add(At(file, TextSpan.FromBounds(decorator.At.Span.Start, decorator.Name.Span.End)).DiscriminatorWithoutUnion(field.Name, field.Type.DisplayName));
    }

    private void ReportMisplacedUnion(FileScope file, UnionTypeSyntax union)
        => _diagnostics.Add(At(file, union.Span).UnionType(file.Tree.Text.ToString(union.Span)));

    private void BindUnions(FileScope file)
    {
        foreach (var (syntax, symbol) in file.Declarations)
        {
            if (syntax is not UnionDeclarationSyntax unionSyntax) continue;
            var union = (UnionSymbol)symbol;
            var decorators = file.Decorators.Bind(unionSyntax.Decorators, DecoratorTargets.Union, constrainedType: null);
            union.DeprecationMessage = decorators.DeprecationMessage;
            if (decorators.Discriminator is not null) union.DiscriminatorProperty = decorators.Discriminator;
            file.History.Declare(union, decorators);
            BindUnionMembers(file, union, unionSyntax.MemberTypes);
        }
        foreach (var (memberFile, union, members) in _unionMembers)
        {
            if (!ReferenceEquals(memberFile, file)) continue;
            if (union.DeclaringField is { } field) Evolution.HistoryBinder.DeclareInline(union, field.ContainingRecord);
            BindUnionMembers(file, union, members);
        }
    }

    private void BindUnionMembers(FileScope file, UnionSymbol union, IReadOnlyList<TypeSyntax> memberSyntax)
    {
        var members = new List<UnionMemberSymbol>(memberSyntax.Count);
        var byValue = new Dictionary<string, UnionMemberSymbol>(StringComparer.Ordinal);
        foreach (var syntax in memberSyntax)
        {
            var type = BindType(file, syntax);
            if (type is ErrorType) continue;
            if (type is not NamedType { Declaration: RecordSymbol record })
            {
                _diagnostics.Add(At(file, syntax.Span).UnionMemberNotRecord(file.Tree.Text.ToString(syntax.Span), Describe(type), union.Name));
                continue;
            }
            var member = new UnionMemberSymbol(union, record, syntax.Span);
            if (members.Exists(other => ReferenceEquals(other.Record, record)))
            {
                _diagnostics.Add(At(file, syntax.Span).DuplicateUnionMember(record.Name, union.Name));
                continue;
            }
            string value = member.DiscriminatorValue;
            if (byValue.TryGetValue(value, out var sameValue))
            {
                _diagnostics.Add(At(file, syntax.Span).DuplicateDiscriminatorValue(value, record.Name, sameValue.Record.Name, union.Name));
                continue;
            }
            foreach (var field in record.Fields)
            {
                if (!string.Equals(field.JsonName, union.DiscriminatorProperty, StringComparison.Ordinal)) continue;
                _diagnostics.Add(At(file, syntax.Span).DiscriminatorCollidesWithField(record.Name, field.Name, field.JsonName, union.Name));
                break;
            }
            byValue[value] = member;
            members.Add(member);
        }
        union.Members = members;
    }

    private static string Describe(SchemaType type) => type switch
    {
        PrimitiveType => "a built-in type",
        ListType or SetType or MapType => "a collection",
        NamedType { Declaration: EnumSymbol } => "an enum",
        NamedType { Declaration: ScalarSymbol } => "a scalar",
        NamedType { Declaration: UnionSymbol } => "a union (unions do not nest: list its members instead)",
        _ => "not a record",
    };
}
