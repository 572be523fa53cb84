#if NET8_0_OR_GREATER
using System;
using System.ComponentModel;
using System.Globalization;

namespace EventSchema;

/// <summary>
/// Converts a generated scalar from and to its text: what its <c>ToString</c> gives and its <c>Parse</c> reads, the
/// value as JSON holds it without a string's quotes. Generated scalars name it in their <see cref="TypeConverterAttribute"/>,
/// so that configuration binding, MVC model binding and anything else that goes through <see cref="TypeDescriptor"/>
/// read them with their rules.
/// </summary>
/// <typeparam name="TScalar">The generated scalar.</typeparam>
/// <remarks>Generated code uses this type. A text the scalar refuses is a <see cref="FormatException"/> that names the rule.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ScalarTypeConverter<TScalar> : TypeConverter
    where TScalar : IParsable<TScalar>
{
    /// <inheritdoc />
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType)
        => sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc />
    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType)
        => destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

    /// <inheritdoc />
    /// <exception cref="FormatException">The text is not a value of the scalar; the message says why.</exception>
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
        => value is string text ? TScalar.Parse(text, culture) : base.ConvertFrom(context, culture, value);

    /// <inheritdoc />
    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType)
        => destinationType == typeof(string) && value is TScalar scalar ? scalar.ToString() : base.ConvertTo(context, culture, value, destinationType);
}
#endif
