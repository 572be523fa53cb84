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

    /// <summary>In-place unions whose name was taken (ES0105, reported): their types stay unbound without another error.</summary>
    private readonly HashSet<UnionTypeSyntax> _unnamedInlineUnions = new();

    /// <summary>The syntax each union's members are written in, for binding them once every record is bound.</summary>
    private readonly List<(FileScope File, UnionSymbol Union, IReadOnlyList<TypeSyntax> Members)> _unionMembers = new();

    /// <summary>
    /// <c>leg: RailLeg | SeaLeg;</c> in record <c>Shipment</c> declares the union <c>ShipmentLeg</c> in the file's
    /// namespace, so generated code, exports and other schemas can name it like any declared union. Written as the
    /// items of a list or set (<c>legs: list&lt;RailLeg | SeaLeg&gt;</c>) it is <c>ShipmentLegsItem</c>; as a map's
    /// values, <c>ShipmentLegsValue</c>.
    /// </summary>
    private void DeclareInlineUnions(FileScope file)
    {
        var declarations = file.Declarations;
        int count = declarations.Count;
        for (int d = 0; d < count; d++)
        {
            if (declarations[d].Syntax is not RecordDeclarationSyntax record) continue;
            foreach (var (field, union, name) in InlineUnionsOf(record)) DeclareInlineUnion(file, field, union, name);
        }
    }

    /// <summary>The unions <paramref name="record"/> writes in place, each with its field and the name it declares.</summary>
    internal static List<(FieldDeclarationSyntax Field, UnionTypeSyntax Union, string Name)> InlineUnionsOf(RecordDeclarationSyntax record)
    {
        List<(FieldDeclarationSyntax, UnionTypeSyntax, string)>? found = null;
        var members = record.Members;
        for (int m = 0; m < members.Count; m++)
        {
            if (members[m] is not FieldDeclarationSyntax field || field.Name.IsMissing) continue;
            // The name is built only for a field that declares a union, so other fields allocate nothing here.
            switch (field.Type)
            {
                case UnionTypeSyntax unionType:
                    (found ??= new()).Add((field, unionType, record.Name.Text + PascalCase(field.Name.Text)));
                    break;
                case GenericTypeSyntax generic when HasItemUnion(generic):
                    AddItemUnion(found ??= new(), field, generic, record.Name.Text + PascalCase(field.Name.Text));
                    break;
            }
        }
        return found ?? NoInlineUnions;
    }

    private static readonly List<(FieldDeclarationSyntax, UnionTypeSyntax, string)> NoInlineUnions = new();

    /// <summary>Whether a union is written as the items or values of <paramref name="generic"/>, at any depth.</summary>
    private static bool HasItemUnion(GenericTypeSyntax generic)
    {
        TypeSyntax type = generic;
        while (type is GenericTypeSyntax { Arguments.Count: > 0 } current)
        {
            type = ItemTypes.Unwrap(current.Arguments[current.Arguments.Count - 1], out _);
            if (type is UnionTypeSyntax) return true;
        }
        return false;
    }

    /// <summary>A union written as a collection's items or a map's values, at any depth (<c>list&lt;list&lt;A | B&gt;&gt;</c>).</summary>
    private static void AddItemUnion(List<(FieldDeclarationSyntax, UnionTypeSyntax, string)> found, FieldDeclarationSyntax field, GenericTypeSyntax generic, string name)
    {
        var arguments = generic.Arguments;
        string kind = generic.Name.Text;
        int position = kind is "list" or "set" && arguments.Count == 1 ? 0 : kind == "map" && arguments.Count == 2 ? 1 : -1;
        if (position < 0) return;
        string itemName = name + (position == 0 ? "Item" : "Value");
        switch (ItemTypes.Unwrap(arguments[position], out _))
        {
            case UnionTypeSyntax unionType:
                found.Add((field, unionType, itemName));
                break;
            case GenericTypeSyntax inner:
                AddItemUnion(found, field, inner, itemName);
                break;
        }
    }

    private void DeclareInlineUnion(FileScope file, FieldDeclarationSyntax field, UnionTypeSyntax unionType, string name)
    {
        var symbol = new UnionSymbol(name, file.Namespace, file.Tree.FilePath, unionType.Span, unionType.Span, declaringField: null)
        {
            Documentation = ReferenceEquals(field.Type, unionType) ? field.FirstToken!.GetDocumentation() : null,
        };
        if (_byFullName.TryGetValue(symbol.FullName, out var existing))
        {
            // The field's type stays unbound, so nothing refers to a union that is not declared.
            _diagnostics.Add(At(file, unionType.Span, existing).InlineUnionNameTaken(field.Name.Text, name, DescribeLocation(existing)));
            _unnamedInlineUnions.Add(unionType);
            return;
        }
        _inlineUnions[unionType] = symbol;
        _unionMembers.Add((file, symbol, unionType.Alternatives));
        _byFullName[symbol.FullName] = symbol;
        // No syntax of its own: every walk over a file's declarations that looks at syntax passes it by.
        file.Declarations.Add((null!, symbol));
    }

    /// <summary>The union declared in place by <paramref name="type"/>, directly or as its items or values; null when there is none.</summary>
    private UnionSymbol? FindInlineUnion(TypeSyntax type)
    {
        while (true)
        {
            switch (ItemTypes.Unwrap(type, out _))
            {
                case UnionTypeSyntax union:
                    return _inlineUnions.TryGetValue(union, out var symbol) ? symbol : null;
                case GenericTypeSyntax { Arguments.Count: > 0 } generic:
                    type = generic.Arguments[generic.Arguments.Count - 1];
                    continue;
                default:
                    return null;
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
        if (syntax.Type is not UnionTypeSyntax and not GenericTypeSyntax) return BindType(file, syntax.Type);
        // The union a field declares in place (as its type, items or values) belongs to it: hover and @discriminator say so.
        if (FindInlineUnion(syntax.Type) is { } union) union.DeclaringField ??= field;
        if (syntax.Type is UnionTypeSyntax unionType && !_inlineUnions.ContainsKey(unionType)) return new ErrorType(string.Empty);
        return BindType(file, syntax.Type);
    }

    private void ApplyFieldDiscriminator(FileScope file, FieldDeclarationSyntax syntax, FieldSymbol field, BoundDecorators decorators)
    {
        if (FindInlineUnion(syntax.Type) is { } union)
        {
            if (ReferenceEquals(union.DeclaringField, field)) union.DiscriminatorProperty = decorators.Discriminator!;
            return;
        }
        if (field.Type is ErrorType) return;
        var decorator = decorators.Find(DecoratorDefinition.Discriminator)!;
        _diagnostics.Add(At(file, TextSpan.FromBounds(decorator.At.Span.Start, decorator.Name.Span.End)).DiscriminatorWithoutUnion(field.Name, field.Type.DisplayName));
    }

    /// <summary>A union in a type: one declared in place by a field, or ES0012 where none can be (a map key, a scalar).</summary>
    private SchemaType BindUnionType(FileScope file, UnionTypeSyntax union)
    {
        if (_inlineUnions.TryGetValue(union, out var symbol)) return symbol.AsType;
        if (!_unnamedInlineUnions.Contains(union)) ReportMisplacedUnion(file, union);
        return new ErrorType(string.Empty);
    }

    private void ReportMisplacedUnion(FileScope file, UnionTypeSyntax union)
        => _diagnostics.Add(At(file, union.Span).UnionType(file.Tree.Text.ToString(union.Span)));

    /// <summary>Unions whose members are not bound yet, with the syntax they are written in, in the order met.</summary>
    private readonly Dictionary<UnionSymbol, (FileScope File, IReadOnlyList<TypeSyntax> Members)> _unboundUnions = new();
    private readonly List<UnionSymbol> _unionsInOrder = new();

    /// <summary>The unions whose members are being bound: one met again lists itself, through others or directly.</summary>
    private readonly HashSet<UnionSymbol> _unionsBinding = new();

    /// <summary>Binds the decorators of <paramref name="file"/>'s unions; their members are bound by <see cref="BindUnionMembers()"/>.</summary>
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
            _unboundUnions[union] = (file, unionSyntax.MemberTypes);
            _unionsInOrder.Add(union);
        }
        foreach (var (memberFile, union, members) in _unionMembers)
        {
            if (!ReferenceEquals(memberFile, file)) continue;
            if (union.DeclaringField is { } field) Evolution.HistoryBinder.DeclareInline(union, field.ContainingRecord);
            _unboundUnions[union] = (file, members);
            _unionsInOrder.Add(union);
        }
    }

    /// <summary>
    /// Binds every union's members once every union is known, since a union may list another (its members become
    /// members), declared later or in another file.
    /// </summary>
    private void BindUnionMembers()
    {
        foreach (var union in _unionsInOrder) EnsureMembersBound(union);
    }

    /// <summary>Binds the members of <paramref name="union"/> unless they are; false when it is being bound already (a cycle).</summary>
    private bool EnsureMembersBound(UnionSymbol union)
    {
        // A union of a file bound earlier, or of a referenced assembly, has its members.
        if (!_unboundUnions.TryGetValue(union, out var pending)) return true;
        if (!_unionsBinding.Add(union)) return false;
        BindUnionMembers(pending.File, union, pending.Members);
        _unionsBinding.Remove(union);
        _unboundUnions.Remove(union);
        return true;
    }

    private void BindUnionMembers(FileScope file, UnionSymbol union, IReadOnlyList<TypeSyntax> memberSyntax)
    {
        var members = new List<UnionMemberSymbol>(memberSyntax.Count);
        var byValue = new Dictionary<string, UnionMemberSymbol>(StringComparer.Ordinal);
        List<UnionSymbol>? nested = null;
        foreach (var syntax in memberSyntax)
        {
            var type = BindType(file, syntax);
            if (type is ErrorType) continue;
            if (type is NamedType { Declaration: UnionSymbol inner })
            {
                if (nested is not null && nested.Contains(inner))
                {
                    _diagnostics.Add(At(file, syntax.Span).DuplicateUnionMember(inner.Name, union.Name));
                    continue;
                }
                if (!EnsureMembersBound(inner))
                {
                    _diagnostics.Add(At(file, syntax.Span).UnionContainsItself(inner.Name, union.Name));
                    continue;
                }
                (nested ??= new List<UnionSymbol>()).Add(inner);
                foreach (var innerMember in inner.Members)
                {
                    // Reached through two unions, or also listed itself: the same record, so one member.
                    if (members.Exists(other => ReferenceEquals(other.Record, innerMember.Record))) continue;
                    AddUnionMember(file, union, new UnionMemberSymbol(union, innerMember.Record, syntax.Span) { Via = inner }, members, byValue);
                }
                continue;
            }
            if (type is not NamedType { Declaration: RecordSymbol record })
            {
                _diagnostics.Add(At(file, syntax.Span).UnionMemberNotRecord(file.Tree.Text.ToString(syntax.Span), Describe(type), union.Name));
                continue;
            }
            if (members.Find(other => ReferenceEquals(other.Record, record)) is { } listed)
            {
                if (listed.Via is null) _diagnostics.Add(At(file, syntax.Span).DuplicateUnionMember(record.Name, union.Name));
                continue;
            }
            AddUnionMember(file, union, new UnionMemberSymbol(union, record, syntax.Span), members, byValue);
        }
        union.Members = members;
        union.NestedUnions = nested ?? (IReadOnlyList<UnionSymbol>)[];
    }

    private void AddUnionMember(FileScope file, UnionSymbol union, UnionMemberSymbol member, List<UnionMemberSymbol> members, Dictionary<string, UnionMemberSymbol> byValue)
    {
        var record = member.Record;
        string value = member.DiscriminatorValue;
        if (byValue.TryGetValue(value, out var sameValue))
        {
            _diagnostics.Add(member.Via is null && sameValue.Via is null
                ? At(file, member.Span).DuplicateDiscriminatorValue(value, record.Name, sameValue.Record.Name, union.Name)
                : At(file, member.Span).NestedDiscriminatorValueTaken(value, Route(member), Route(sameValue), union.Name));
            return;
        }
        if (DiscriminatorCollisions.Find(record, union.DiscriminatorProperty, out var naming) is { } field)
        {
            var unionName = union.DeclaringField is { } declaringField ? $"the union of field '{declaringField.Name}'" : $"union '{union.Name}'";
            var decoratorTarget = union.IsInline ? "the field" : "the union";
            var freeName = DiscriminatorCollisions.FreeName(record, union.DiscriminatorProperty);
            _diagnostics.Add(naming == Export.JsonNaming.AsWritten
                ? At(file, member.Span).DiscriminatorCollidesWithField(record.Name, field.Name, field.JsonName, unionName, freeName, decoratorTarget)
                : At(file, member.Span).DiscriminatorCollidesUnderNaming(record.Name, field.Name, union.DiscriminatorProperty, DiscriminatorCollisions.Describe(naming), unionName, freeName, decoratorTarget));
        }
        byValue[value] = member;
        members.Add(member);
    }

    /// <summary>How a member came into its union, for messages: <c>'RailLeg'</c>, or <c>'RailLeg' (from 'TransportLeg')</c>.</summary>
    private static string Route(UnionMemberSymbol member)
        => "'" + member.Record.Name + "'" + (member.Via is { } via ? " (from '" + via.Name + "')" : "");

    private static string Describe(SchemaType type) => type switch
    {
        PrimitiveType => "a built-in type",
        ListType or SetType or MapType => "a collection",
        NamedType { Declaration: EnumSymbol } => "an enum",
        NamedType { Declaration: ScalarSymbol } => "a scalar",
        _ => "not a record",
    };
}
