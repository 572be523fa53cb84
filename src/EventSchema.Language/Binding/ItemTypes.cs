using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;

namespace EventSchema.Language.Binding;

/// <summary>Reading type arguments that carry item decorators or a <c>?</c>.</summary>
internal static class ItemTypes
{
    /// <summary>The type written in <paramref name="argument"/>, and whether it ends in <c>?</c>.</summary>
    public static TypeSyntax Unwrap(TypeSyntax argument, out bool nullable)
    {
        if (argument is ItemTypeSyntax item)
        {
            nullable = item.Question is not null;
            return item.Type;
        }
        nullable = false;
        return argument;
    }

    /// <summary>Whether values of <paramref name="type"/> are collections, whose own items are what item rules constrain.</summary>
    public static bool IsCollection(SchemaType type) => type is ListType or SetType or MapType;
}
