using System;
using System.Collections.Generic;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Evolution;

/// <summary>How a newer type relates to an older one, for the values each accepts.</summary>
public enum TypeRelation
{
    /// <summary>The same values.</summary>
    Same,
    /// <summary>The newer type accepts every value of the older one, and more (<c>int</c> to <c>long</c>).</summary>
    Widened,
    /// <summary>The older type accepts every value of the newer one, and more (<c>long</c> to <c>int</c>).</summary>
    Narrowed,
    /// <summary>Neither accepts all of the other's values.</summary>
    Unrelated,
}

/// <summary>
/// Relates two type shapes structurally. Declared names are resolved on each side by the caller, so a record moved to
/// another namespace with the same shape is the same type, and a scalar relates to its primitive.
/// </summary>
internal sealed class TypeRelations(Func<string, DeclarationShape?> resolveOld, Func<string, DeclarationShape?> resolveNew)
{
    private const int MaxDepth = 32;

    private static readonly TypeShape StringShape = TypeShape.Primitive("string")!;

    public TypeRelation Relate(TypeShape older, TypeShape newer) => Relate(older, newer, 0);

    private TypeRelation Relate(TypeShape older, TypeShape newer, int depth)
    {
        if (depth > MaxDepth) return TypeRelation.Unrelated;
        if (older.Kind == TypeShapeKind.Primitive && newer.Kind == TypeShapeKind.Primitive) return RelatePrimitives(older.PrimitiveKind!.Value, newer.PrimitiveKind!.Value);
        if (older.Element is not null && newer.Element is not null)
        {
            var collection = Combine(RelateCollections(older.Kind, newer.Kind), RelateNullableItems(older.ElementIsNullable, newer.ElementIsNullable));
            if (collection == TypeRelation.Unrelated) return TypeRelation.Unrelated;
            if (older.Kind == TypeShapeKind.Map)
            {
                // Keys are JSON property names on both sides: they relate as the types they are read as.
                collection = Combine(collection, Relate(older.Key ?? StringShape, newer.Key ?? StringShape, depth + 1));
                if (collection == TypeRelation.Unrelated) return TypeRelation.Unrelated;
            }
            return Combine(collection, Relate(older.Element, newer.Element, depth + 1));
        }
        if (older.Kind == TypeShapeKind.Named && newer.Kind == TypeShapeKind.Named)
        {
            if (string.Equals(older.Name, newer.Name, StringComparison.Ordinal)) return TypeRelation.Same;
            var oldShape = resolveOld(older.Name);
            var newShape = resolveNew(newer.Name);
            return oldShape is not null && newShape is not null && StructurallyEqual(oldShape, newShape, depth + 1) ? TypeRelation.Same : TypeRelation.Unrelated;
        }
        // A scalar and its primitive: the primitive accepts every value of the scalar.
        if (older.Kind == TypeShapeKind.Named && newer.Kind == TypeShapeKind.Primitive && resolveOld(older.Name) is { Kind: DeclarationKind.Scalar, UnderlyingType: { } oldUnderlying })
        {
            return Combine(TypeRelation.Widened, Relate(oldUnderlying, newer, depth + 1));
        }
        if (older.Kind == TypeShapeKind.Primitive && newer.Kind == TypeShapeKind.Named && resolveNew(newer.Name) is { Kind: DeclarationKind.Scalar, UnderlyingType: { } newUnderlying })
        {
            return Combine(TypeRelation.Narrowed, Relate(older, newUnderlying, depth + 1));
        }
        // An enum is a string on the wire: a string reads every enum value, not the reverse.
        if (older.Kind == TypeShapeKind.Named && newer.PrimitiveKind == PrimitiveKind.String && resolveOld(older.Name) is { Kind: DeclarationKind.Enum })
        {
            return TypeRelation.Widened;
        }
        if (older.PrimitiveKind == PrimitiveKind.String && newer.Kind == TypeShapeKind.Named && resolveNew(newer.Name) is { Kind: DeclarationKind.Enum })
        {
            return TypeRelation.Narrowed;
        }
        return TypeRelation.Unrelated;
    }

    internal static TypeRelation RelatePrimitives(PrimitiveKind older, PrimitiveKind newer)
    {
        if (older == newer) return TypeRelation.Same;
        if (Widens(older, newer)) return TypeRelation.Widened;
        if (Widens(newer, older)) return TypeRelation.Narrowed;
        return TypeRelation.Unrelated;
    }

    /// <summary>Whether every JSON value of <paramref name="from"/> reads as <paramref name="to"/> without loss.</summary>
    private static bool Widens(PrimitiveKind from, PrimitiveKind to) => (from, to) switch
    {
        (PrimitiveKind.Int, PrimitiveKind.Long) => true,
        (PrimitiveKind.Int, PrimitiveKind.Double) => true,
        (PrimitiveKind.Int, PrimitiveKind.Decimal) => true,
        (PrimitiveKind.Long, PrimitiveKind.Decimal) => true,
        _ => false,
    };

    private static TypeRelation RelateCollections(TypeShapeKind older, TypeShapeKind newer)
    {
        if (older == newer) return TypeRelation.Same;
        if (older == TypeShapeKind.Set && newer == TypeShapeKind.List) return TypeRelation.Widened;
        if (older == TypeShapeKind.List && newer == TypeShapeKind.Set) return TypeRelation.Narrowed;
        return TypeRelation.Unrelated;
    }

    // list<string?> reads every list<string> and more (its nulls): allowing null items widens, forbidding them narrows.
    private static TypeRelation RelateNullableItems(bool older, bool newer)
        => older == newer ? TypeRelation.Same : newer ? TypeRelation.Widened : TypeRelation.Narrowed;

    private static TypeRelation Combine(TypeRelation outer, TypeRelation inner)
    {
        if (outer == TypeRelation.Same) return inner;
        if (inner == TypeRelation.Same || inner == outer) return outer;
        return TypeRelation.Unrelated;
    }

    /// <summary>Whether two shapes describe the same wire data, whatever their names (an event's type string aside).</summary>
    public bool StructurallyEqual(DeclarationShape older, DeclarationShape newer) => StructurallyEqual(older, newer, 0);

    /// <summary>
    /// Two unions read the same payloads when they use one discriminator property and their members pair up: by the same
    /// discriminator value, or (members told apart by their event type) by the same or a structurally equal event.
    /// </summary>
    private bool SameUnion(DeclarationShape older, DeclarationShape newer, int depth)
    {
        if (!string.Equals(older.DiscriminatorProperty, newer.DiscriminatorProperty, StringComparison.Ordinal)) return false;
        if (older.UnionMembers.Count != newer.UnionMembers.Count) return false;
        foreach (var member in older.UnionMembers)
        {
            bool found = false;
            foreach (var candidate in newer.UnionMembers)
            {
                if (member.IsDiscriminatedByEventType != candidate.IsDiscriminatedByEventType) continue;
                found = member.IsDiscriminatedByEventType
                    ? Relate(TypeShape.Named(member.MemberFullName), TypeShape.Named(candidate.MemberFullName), depth + 1) == TypeRelation.Same
                    : string.Equals(member.DiscriminatorValue, candidate.DiscriminatorValue, StringComparison.Ordinal);
                if (found) break;
            }
            if (!found) return false;
        }
        return true;
    }

    // The pairs of declarations being compared further up: meeting one again is a cycle (a record that refers to itself,
    // or records that refer to each other), which is equal unless something else differs, as for any recursive type.
    private readonly HashSet<(string Older, string Newer)> _comparing = new();

    private bool StructurallyEqual(DeclarationShape older, DeclarationShape newer, int depth)
    {
        var pair = (older.FullName, newer.FullName);
        if (!_comparing.Add(pair)) return true;
        try
        {
            return StructurallyEqualOnce(older, newer, depth);
        }
        finally
        {
            _comparing.Remove(pair);
        }
    }

    private bool StructurallyEqualOnce(DeclarationShape older, DeclarationShape newer, int depth)
    {
        if (depth > MaxDepth || older.Kind != newer.Kind) return false;
        switch (older.Kind)
        {
            case DeclarationKind.Enum:
                if (older.Members.Count != newer.Members.Count) return false;
                foreach (var member in older.Members)
                {
                    if (newer.FindMemberByJsonValue(member.JsonValue) is null) return false;
                }
                return true;
            case DeclarationKind.Union:
                return SameUnion(older, newer, depth);
            case DeclarationKind.Scalar:
                return older.UnderlyingType is not null && newer.UnderlyingType is not null && older.UnderlyingType.Equals(newer.UnderlyingType)
                    && ConstraintComparison.SameValues(older.Constraints, newer.Constraints);
            default:
                if (older.Fields.Count != newer.Fields.Count) return false;
                foreach (var field in older.Fields)
                {
                    if (newer.FindFieldByJsonName(field.JsonName) is not { } other) return false;
                    if (field.IsOptional != other.IsOptional || field.DefaultJson != other.DefaultJson) return false;
                    if (!ConstraintComparison.SameValues(field.Constraints, other.Constraints)) return false;
                    if (Relate(field.Type, other.Type, depth + 1) != TypeRelation.Same) return false;
                }
                return true;
        }
    }
}
