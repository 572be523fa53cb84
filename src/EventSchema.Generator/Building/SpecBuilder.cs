using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;
using EventSchema.Language;
using EventSchema.Language.Export;
using EventSchema.Language.Generation;
using EventSchema.Language.References;
using EventSchema.Language.Semantics;
using Humanizer;

namespace EventSchema.Generator.Building;

/// <summary>
/// Turns the declarations of one file of a bound schema compilation into an equatable <see cref="SchemaFileSpec"/>.
/// Everything names, types and messages need is resolved here. Which declarations are generated at all (those with
/// errors are left out, and so is whatever uses them, since its code would not compile) is decided once per
/// compilation by <see cref="GenerableDeclarations"/>.
/// </summary>
internal sealed partial class SpecBuilder
{
    private readonly SchemaCompilation _compilation;
    private readonly GeneratorOptions _options;
    private readonly TargetFeatures _features;
    private readonly NameTable _names;
    private readonly GenerableDeclarations _generable;

    public SpecBuilder(SchemaCompilation compilation, NameTable names, GeneratorOptions options, TargetFeatures features, GenerableDeclarations generable)
    {
        _generable = generable;
        _compilation = compilation;
        _options = options;
        _features = features;
        _names = names;
    }

    /// <summary>The spec of one generable file; null when it declares nothing. Callers hold an invariant culture.</summary>
    public SchemaFileSpec? BuildFile(string path, string hintName)
    {
        var declarations = _compilation.GetDeclarations(path).Where(_generable.IsGenerable).ToList();
        if (declarations.Count == 0) return null;
        var types = declarations.Select(declaration => BuildType(declaration) with { SchemaFileName = System.IO.Path.GetFileName(path) }).ToEquatableArray();
        string ns = _names.Namespace(declarations[0].Namespace);
        return new SchemaFileSpec(path, hintName, ns, _options.EmitValidators, types);
    }

    /// <summary>Whether the file declares anything that is generated.</summary>
    public bool HasGenerableDeclarations(string path) => _compilation.GetDeclarations(path).Any(_generable.IsGenerable);

    /// <summary>
    /// Folds which of the file's declarations are generated into its dependency fingerprint, so the plan changes
    /// when a declaration is left out or comes back even though no text the file reaches changed.
    /// </summary>
    public ulong GeneratedSetFingerprint(string path, ulong dependencyFingerprint)
    {
        ulong hash = dependencyFingerprint;
        foreach (DeclarationSymbol declaration in _compilation.GetDeclarations(path))
        {
            hash = unchecked((hash ^ (_generable.IsGenerable(declaration) ? 1UL : 2UL)) * 1099511628211UL);
        }
        return hash;
    }

    private TypeSpec BuildType(DeclarationSymbol declaration)
    {
        TypeSpec spec = declaration switch
        {
            RecordSymbol record => BuildRecord(record),
            EnumSymbol enumSymbol => BuildEnum(enumSymbol),
            ScalarSymbol scalar => BuildScalar(scalar),
            _ => throw new InvalidOperationException("Unknown declaration kind " + declaration.Kind),
        };
        if (spec is RecordSpec recordSpec && declaration is RecordSymbol recordSymbol) spec = recordSpec with { History = BuildHistory(recordSymbol, recordSpec) };
        return spec with { Reference = DescribeForReferences(declaration, spec) };
    }

    // What projects referencing this assembly read back: the declaration as schema text and the C# names chosen here.
    private ReferencedDeclaration DescribeForReferences(DeclarationSymbol declaration, TypeSpec spec)
    {
        string hostData = ReferencedNames.Encode(
            _names.FullTypeName(declaration),
            declaration is EnumSymbol enumSymbol ? _names.FullExtensionsName(enumSymbol) : null,
            spec is RecordSpec record ? record.Properties.Select(property => property.Name) : [],
            spec is EnumSpec enumSpec ? enumSpec.Members.Select(member => member.Name) : [],
            (spec as ScalarSpec)?.Underlying.TypeName);
        return new ReferencedDeclaration(declaration.Namespace, declaration.Name, DeclarationTextWriter.Write(declaration, JsonName), hostData);
    }

    private RecordSpec BuildRecord(RecordSymbol record)
    {
        var properties = record.Fields.Select(BuildProperty).ToEquatableArray();
        EventSpec? eventSpec = null;
        if (record.IsEvent)
        {
            var summary = record.Summary is null
                ? EquatableArray<SummaryPartSpec>.Empty
                : record.Summary.Segments.Select(BuildSummaryPart).ToEquatableArray();
            eventSpec = new EventSpec(
                record.EventType ?? string.Empty,
                record.Version ?? 1,
                CSharpNames.Display(record.Name),
                summary,
                record.Summary is not null);
        }
        return new RecordSpec(_names.TypeName(record), record.Name, record.Documentation, record.DeprecationMessage, properties, eventSpec)
        {
            JsonSchema = JsonSchemaExporter.Export(record, new JsonSchemaOptions { Naming = ExportNaming }),
        };
    }

    private SummaryPartSpec BuildSummaryPart(SummarySegment segment)
    {
        if (segment is SummaryHole hole)
        {
            var steps = hole.Path
                .Select(field => new SummaryStepSpec(_names.PropertyName(field), field.IsOptional, Shape(field.Type).IsValueType))
                .ToEquatableArray();
            return new SummaryPartSpec(null, steps, Shape(hole.Path[hole.Path.Count - 1].Type));
        }
        return new SummaryPartSpec(((SummaryText)segment).Text, EquatableArray<SummaryStepSpec>.Empty, null);
    }

    private PropertySpec BuildProperty(FieldSymbol field)
    {
        ValueShape shape = Shape(field.Type);
        string? defaultExpression = field.Default is null ? null : DefaultExpression(field.Default, shape);
        bool isRequired = !field.IsOptional && field.Default is null;
        string propertyName = _names.PropertyName(field);
        string? sharedDefault = null;
        // A Uri is built by parsing its text: build the default once, in a static field, and share the immutable instance.
        if (defaultExpression is not null && defaultExpression != "null"
            && (shape.Kind == ShapeKind.Uri || (shape.Kind == ShapeKind.Scalar && shape.Element?.Kind == ShapeKind.Uri)))
        {
            sharedDefault = defaultExpression;
            defaultExpression = "__Default" + propertyName;
        }
        return new PropertySpec(
            propertyName,
            field.Name,
            JsonName(field),
            CSharpNames.Display(field.Name),
            CSharpNames.ItemDisplay(field.Name),
            shape,
            field.IsOptional,
            isRequired,
            defaultExpression,
            field.Documentation,
            field.DeprecationMessage,
            Rules(field.Constraints),
            sharedDefault);
    }

    // The front end's conversion, so the serializers and the exported JSON Schema always agree.
    private string JsonName(FieldSymbol field) => JsonNames.WireName(field, ExportNaming);

    private Language.Export.JsonNaming ExportNaming => _options.JsonNaming switch
    {
        Model.JsonNaming.CamelCase => Language.Export.JsonNaming.CamelCase,
        Model.JsonNaming.SnakeCase => Language.Export.JsonNaming.SnakeCase,
        Model.JsonNaming.KebabCase => Language.Export.JsonNaming.KebabCase,
        _ => Language.Export.JsonNaming.AsWritten,
    };

    private EnumSpec BuildEnum(EnumSymbol enumSymbol)
    {
        var members = enumSymbol.Members
            .Select(member => new EnumMemberSpec(_names.MemberName(member), member.JsonValue, member.Documentation, member.DeprecationMessage))
            .ToEquatableArray();
        return new EnumSpec(
            _names.TypeName(enumSymbol), enumSymbol.Name, enumSymbol.Documentation, enumSymbol.DeprecationMessage,
            _names.ExtensionsName(enumSymbol), CSharpNames.Display(enumSymbol.Name), members);
    }

    private ScalarSpec BuildScalar(ScalarSymbol scalar)
        => new(
            _names.TypeName(scalar), scalar.Name, scalar.Documentation, scalar.DeprecationMessage,
            CSharpNames.Display(scalar.Name), Shape(scalar.UnderlyingType), Rules(scalar.Constraints));

    private static RuleSpec Rules(Constraints constraints) => new(
        constraints.MinLength,
        constraints.MaxLength,
        constraints.Pattern,
        Number(constraints.Minimum),
        Number(constraints.Maximum),
        Number(constraints.ExclusiveMinimum),
        Number(constraints.ExclusiveMaximum),
        constraints.MinItems,
        constraints.MaxItems,
        constraints.UniqueItems);

    private static string? Number(NumericLiteral? literal) => literal?.Value.ToString(CultureInfo.InvariantCulture);

    private ValueShape Shape(SchemaType type) => type switch
    {
        PrimitiveType primitive => Primitive(primitive.Kind),
        ListType list => Collection(ShapeKind.List, "global::System.Collections.Generic.IReadOnlyList<{0}>", Shape(list.ElementType)),
        SetType set => Collection(
            ShapeKind.Set,
            _features.HasReadOnlySet ? "global::System.Collections.Generic.IReadOnlySet<{0}>" : "global::System.Collections.Generic.ISet<{0}>",
            Shape(set.ElementType)),
        MapType map => Collection(ShapeKind.Map, "global::System.Collections.Generic.IReadOnlyDictionary<string, {0}>", Shape(map.ValueType)),
        NamedType { Declaration: RecordSymbol record } => new ValueShape(ShapeKind.Record, _names.FullTypeName(record), null),
        NamedType { Declaration: EnumSymbol enumSymbol } => new ValueShape(ShapeKind.Enum, _names.FullTypeName(enumSymbol), new ValueShape(ShapeKind.String, _names.FullExtensionsName(enumSymbol), null)),
        NamedType { Declaration: ScalarSymbol scalar } => new ValueShape(ShapeKind.Scalar, _names.FullTypeName(scalar), ScalarValue(scalar)),
        // Declarations with unbound types are never generated; this keeps the builder total.
        _ => new ValueShape(ShapeKind.String, "object", null),
    };

    // A referenced scalar holds the type its own assembly chose, which this project's target may name differently.
    private ValueShape ScalarValue(ScalarSymbol scalar)
    {
        ValueShape value = Primitive(scalar.UnderlyingType.Kind);
        return _names.ReferencedUnderlyingTypeName(scalar) is { } referenced ? value with { TypeName = referenced } : value;
    }

    private static ValueShape Collection(ShapeKind kind, string format, ValueShape element)
        => new(kind, string.Format(CultureInfo.InvariantCulture, format, element.TypeName), element);

    private ValueShape Primitive(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.String => new(ShapeKind.String, "string", null),
        PrimitiveKind.Bool => new(ShapeKind.Bool, "bool", null),
        PrimitiveKind.Int => new(ShapeKind.Int, "int", null),
        PrimitiveKind.Long => new(ShapeKind.Long, "long", null),
        PrimitiveKind.Double => new(ShapeKind.Double, "double", null),
        PrimitiveKind.Decimal => new(ShapeKind.Decimal, "decimal", null),
        PrimitiveKind.Date => new(ShapeKind.Date, _features.HasDateOnly ? "global::System.DateOnly" : "global::System.DateTime", null),
        PrimitiveKind.Time => new(ShapeKind.Time, "global::EventSchema.OffsetTime", null),
        PrimitiveKind.DateTime => new(ShapeKind.DateTime, "global::System.DateTimeOffset", null),
        PrimitiveKind.Duration => new(ShapeKind.Duration, "global::EventSchema.IsoDuration", null),
        PrimitiveKind.Uuid => new(ShapeKind.Uuid, "global::System.Guid", null),
        PrimitiveKind.Uri => new(ShapeKind.Uri, "global::System.Uri", null),
        _ => new(ShapeKind.String, "string", null),
    };

    private string? DefaultExpression(LiteralValue literal, ValueShape shape)
    {
        if (literal.Kind == LiteralKind.Null) return "null";
        if (literal.Kind == LiteralKind.EnumMember && literal.Value is EnumMemberSymbol member)
        {
            return _names.FullTypeName(member.ContainingEnum) + "." + _names.MemberName(member);
        }
        if (shape.Kind == ShapeKind.Scalar && shape.Element is not null)
        {
            string? inner = DefaultExpression(literal, shape.Element);
            return inner is null ? null : shape.TypeName + ".From(" + inner + ")";
        }

        switch (literal.Value)
        {
            case bool flag:
                return flag ? "true" : "false";
            case long integer:
                return NumberLiteral(integer.ToString(CultureInfo.InvariantCulture), shape.Kind);
            case decimal number:
                return NumberLiteral(number.ToString(CultureInfo.InvariantCulture), shape.Kind);
            case string text:
                // Wire texts the binder has checked become constructions with the parts spelled out: no parsing per instance.
                return shape.Kind switch
                {
                    ShapeKind.Date or ShapeKind.Time or ShapeKind.DateTime or ShapeKind.Duration or ShapeKind.Uuid
                        => WireDefaultExpressions.For(shape.Kind, shape.TypeName, text),
                    ShapeKind.Uri => $"new global::System.Uri({CSharpLiterals.String(text)}, global::System.UriKind.RelativeOrAbsolute)",
                    _ => CSharpLiterals.String(text),
                };
            default:
                return null;
        }
    }

    private static string NumberLiteral(string text, ShapeKind kind) => kind switch
    {
        ShapeKind.Long => text + "L",
        ShapeKind.Double => text.IndexOf('.') >= 0 ? text : text + ".0",
        ShapeKind.Decimal => text + "m",
        _ => text,
    };
}
