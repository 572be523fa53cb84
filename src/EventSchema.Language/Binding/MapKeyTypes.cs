using EventSchema.Language.Semantics;

namespace EventSchema.Language.Binding;

/// <summary>
/// The types a map key may have. On the wire a key is a JSON object's property name, so it is a type with one
/// exact text per value: <c>string</c>, an enum (its JSON values), a scalar of <c>string</c>, <c>int</c>, <c>long</c>,
/// <c>uuid</c> and <c>date</c>. A scalar of a number is not a key: its rules could not be stated for the key's text.
/// </summary>
internal static class MapKeyTypes
{
    public static bool IsSupported(SchemaType type) => type switch
    {
        PrimitiveType primitive => IsSupported(primitive.Kind),
        NamedType { Declaration: EnumSymbol } => true,
        NamedType { Declaration: ScalarSymbol scalar } => scalar.UnderlyingType.Kind == PrimitiveKind.String,
        _ => false,
    };

    private static bool IsSupported(PrimitiveKind kind)
        => kind is PrimitiveKind.String or PrimitiveKind.Int or PrimitiveKind.Long or PrimitiveKind.Uuid or PrimitiveKind.Date;
}
