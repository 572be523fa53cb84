using System.Collections.Generic;
using System.Globalization;
using EventSchema.Generator.Model;
using EventSchema.Language.Evolution;
using EventSchema.Language.Semantics;
using Diagnostic = EventSchema.Language.Diagnostics.Diagnostic;

namespace EventSchema.Generator.Building;

/// <summary>
/// How each field of one version of an event is set from the version before it. A field is followed across versions
/// by its symbol (so renames carry over); the same type is copied, and every widening the compatibility checker accepts
/// is converted (<see cref="ValueConversion"/>); a field added optional or with a default takes its default. Everything
/// else needs a method the user writes.
/// </summary>
internal static class VersionConversions
{
    /// <summary>The conversion from <paramref name="from"/> (generated as <paramref name="fromRecord"/>) to the next version.</summary>
    /// <param name="from">The earlier version's shape.</param>
    /// <param name="fromRecord">Its nested record.</param>
    /// <param name="to">The next version's shape.</param>
    /// <param name="toRecord">Its record: the next nested record, or the event itself.</param>
    /// <param name="missing">Makes the error reported when the project does not write a needed method: the field, why, and the method to write.</param>
    public static List<UpcastSpec> Between(
        DeclarationShape from, RecordSpec fromRecord, DeclarationShape to, RecordSpec toRecord, System.Func<FieldShape, string, string, Diagnostic> missing)
    {
        var sources = new Dictionary<FieldSymbol, int>();
        for (int i = 0; i < from.Fields.Count; i++)
        {
            if (from.Fields[i].Symbol is { } symbol) sources[symbol] = i;
        }
        var upcasts = new List<UpcastSpec>(to.Fields.Count);
        for (int i = 0; i < to.Fields.Count && i < toRecord.Properties.Count; i++)
        {
            FieldShape field = to.Fields[i];
            PropertySpec target = toRecord.Properties[i];
            if (field.Symbol is { } symbol && sources.TryGetValue(symbol, out int index))
            {
                upcasts.Add(FromExisting(from.Fields[index], fromRecord.Properties[index], field, target, from.Version, fromRecord.Name, missing));
            }
            else if (field.IsOptional || target.DefaultExpression is not null)
            {
                upcasts.Add(new UpcastSpec { TargetProperty = target.Name, Kind = UpcastKind.Default });
            }
            else
            {
                upcasts.Add(Method(field, target, fromRecord.Name, $"it was added in version {Int(to.Version)} as a required field without a default.", missing));
            }
        }
        return upcasts;
    }

    /// <summary>The name of the method that gives <paramref name="target"/>; one per property, overloaded by the version it reads.</summary>
    public static string MethodName(PropertySpec target) => "Upcast" + target.Name;

    private static UpcastSpec FromExisting(
        FieldShape source, PropertySpec sourceProperty, FieldShape field, PropertySpec target, int fromVersion, string fromTypeName, System.Func<FieldShape, string, string, Diagnostic> missing)
    {
        // C# widens numbers implicitly: such a field is copied like one of the same type.
        bool widensImplicitly = sourceProperty.Shape.IsNumeric && target.Shape.IsNumeric
            && ValueConversion.Expression(sourceProperty.Shape, target.Shape, "value", depth: 0) is not null;
        if (!source.Type.Equals(field.Type) && !widensImplicitly)
        {
            return Convert(source, sourceProperty, field, target, fromVersion, fromTypeName, missing);
        }
        if (source.IsOptional && !field.IsOptional)
        {
            return target.DefaultExpression is { } defaultExpression && defaultExpression != "null"
                ? new UpcastSpec { TargetProperty = target.Name, Kind = UpcastKind.CopyOrDefault, SourceProperty = sourceProperty.Name, DefaultExpression = defaultExpression }
                : Method(field, target, fromTypeName, BecameRequired(fromVersion), missing);
        }
        return new UpcastSpec { TargetProperty = target.Name, Kind = UpcastKind.Copy, SourceProperty = sourceProperty.Name };
    }

    /// <summary>A field whose type widened: the value converted (<see cref="ValueConversion"/>), null staying null, or a method when nothing converts.</summary>
    private static UpcastSpec Convert(
        FieldShape source, PropertySpec sourceProperty, FieldShape field, PropertySpec target, int fromVersion, string fromTypeName, System.Func<FieldShape, string, string, Diagnostic> missing)
    {
        string value = "this." + sourceProperty.Name;
        string? expression;
        if (!source.IsOptional) expression = ValueConversion.Expression(sourceProperty.Shape, target.Shape, value, depth: 0);
        else if (field.IsOptional) expression = ValueConversion.Optional(sourceProperty.Shape, target.Shape, value, depth: 0);
        else if (target.DefaultExpression is { } defaultExpression && defaultExpression != "null")
        {
            expression = ValueConversion.OrDefault(sourceProperty.Shape, target.Shape, value, defaultExpression, depth: 0);
        }
        else if (ValueConversion.Expression(sourceProperty.Shape, target.Shape, value, depth: 0) is not null)
        {
            return Method(field, target, fromTypeName, BecameRequired(fromVersion), missing);
        }
        else expression = null;
        return expression is null
            ? Method(field, target, fromTypeName, $"its type changed from {source.Type} in version {Int(fromVersion)} to {field.Type} in version {Int(fromVersion + 1)}, which is not a widening the generated code can do.", missing)
            : new UpcastSpec { TargetProperty = target.Name, Kind = UpcastKind.Convert, SourceProperty = sourceProperty.Name, Expression = expression };
    }

    private static string BecameRequired(int fromVersion)
        => $"it became required in version {Int(fromVersion + 1)} without a default, and version {Int(fromVersion)} may not have it.";

    private static UpcastSpec Method(FieldShape field, PropertySpec target, string fromTypeName, string reason, System.Func<FieldShape, string, string, Diagnostic> missing)
    {
        string returnType = target.Shape.TypeName + (target.IsOptional ? "?" : string.Empty);
        string signature = $"private static partial {returnType.Replace("global::", string.Empty)} {MethodName(target)}({fromTypeName} previous)";
        return new UpcastSpec
        {
            TargetProperty = target.Name,
            Kind = UpcastKind.Method,
            MethodName = MethodName(target),
            MethodReturnType = returnType,
            Reason = reason,
            MissingDiagnostic = missing(field, reason, signature),
        };
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
