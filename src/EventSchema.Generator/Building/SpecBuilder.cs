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
    private readonly CSharpNameTable _names;
    private readonly GenerableDeclarations _generable;

    public SpecBuilder(SchemaCompilation compilation, CSharpNameTable names, GeneratorOptions options, TargetFeatures features, GenerableDeclarations generable)
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
        return new SchemaFileSpec { FilePath = path, HintName = hintName, Namespace = ns, EmitValidators = _options.EmitValidators, Types = types };
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
            UnionSymbol union => BuildUnion(union),
            _ => throw new InvalidOperationException("Unknown declaration kind " + declaration.Kind),
        };
        if (spec is RecordSpec recordSpec && declaration is RecordSymbol recordSymbol) spec = recordSpec with { History = BuildHistory(recordSymbol, recordSpec) };
        return spec with { Reference = DescribeForReferences(declaration, spec), JsonSchemaEntry = JsonSchemaEntryOf(declaration) };
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
        return new ReferencedDeclaration(declaration.Namespace, declaration.Name, DeclarationTextWriter.Write(declaration, JsonName), hostData)
        {
            // Exactly the versions given a nested record here, which a union of a referencing project reads through.
            PastVersions = spec is RecordSpec { History: { } history }
                ? history.PastVersions.Select(past => new Language.Evolution.PastEventVersion(past.Version, past.EventType)).ToList()
                : [],
        };
    }

    private RecordSpec BuildRecord(RecordSymbol record)
    {
        var properties = record.Fields.Select(BuildProperty).ToEquatableArray();
        EventSpec? eventSpec = null;
        if (record.IsEvent)
        {
            eventSpec = new EventSpec
            {
                EventType = record.EventType ?? string.Empty,
                Version = record.Version ?? 1,
                DisplayName = CSharpNames.Display(record.Name),
            };
        }
        return new RecordSpec
        {
            Name = _names.TypeName(record),
            SchemaName = record.Name,
            Documentation = record.Documentation,
            DeprecationMessage = record.DeprecationMessage,
            Properties = properties,
            Event = eventSpec,
            Summary = record.Summary?.Segments.Select(BuildSummaryPart).ToEquatableArray(),
            JsonSchema = JsonSchemaOf(record),
            SharedInterface = SharedFields.Interface(record),
            Implements = SharedFields.Implements(record),
            ExplicitMembers = SharedFields.ExplicitMembers(record),
        };
    }

    private SharedFieldSpecBuilder SharedFields => _sharedFields ??= new SharedFieldSpecBuilder(_names, shared => Shape(shared.Type).TypeName + (shared.IsOptional ? "?" : string.Empty));

    private SharedFieldSpecBuilder? _sharedFields;

    private SummaryPartSpec BuildSummaryPart(SummarySegment segment)
    {
        if (segment is SummaryHole hole)
        {
            var steps = hole.Path
                .Select(field => new SummaryStepSpec { PropertyName = _names.PropertyName(field), MayBeNull = field.IsOptional, IsValueType = Shape(field.Type).IsValueType })
                .ToEquatableArray();
            return new SummaryPartSpec { Path = steps, Shape = Shape(hole.Path[hole.Path.Count - 1].Type) };
        }
        return new SummaryPartSpec { Text = ((SummaryText)segment).Text };
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
        return new PropertySpec
        {
            Name = propertyName,
            SchemaName = field.Name,
            JsonName = JsonName(field),
            DisplayName = CSharpNames.Display(field.Name),
            ItemDisplayName = CSharpNames.ItemDisplay(field.Name),
            Shape = shape,
            IsOptional = field.IsOptional,
            IsRequired = isRequired,
            DefaultExpression = defaultExpression,
            Documentation = field.Documentation,
            DeprecationMessage = field.DeprecationMessage,
            Rules = Rules(field.Constraints),
            SharedDefault = sharedDefault,
            FormerJsonNames = FormerJsonNames(field),
        };
    }

    /// <summary>The pieces of a record's, event's or union's JSON Schema; definitions are described once per project.</summary>
    private JsonSchemaSpec JsonSchemaOf(DeclarationSymbol declaration)
    {
        lock (JsonSchemas) return JsonSchemaSpecOf(JsonSchemas.Parts(declaration));
    }

    private JsonSchemaSpec JsonSchemaSpecOf(JsonSchemaParts parts) => new(
        parts.Head,
        parts.SelfReference,
        parts.Definitions.Select(DefinitionSpecOf).ToEquatableArray());

    // A type this project generates keeps its entry beside it; only a referenced assembly's entries are copied.
    private JsonSchemaDefinitionSpec DefinitionSpecOf(JsonSchemaDefinition definition)
    {
        DeclarationSymbol declaration = definition.Declaration;
        if (declaration.ReferenceName is not null || !_generable.IsGenerable(declaration)) return new JsonSchemaDefinitionSpec(declaration.FullName, definition.Entry, null);
        string typeName = _names.TypeName(declaration);
        string fullTypeName = _names.FullTypeName(declaration);
        string owner = fullTypeName.Substring(0, fullTypeName.Length - typeName.Length);
        return new JsonSchemaDefinitionSpec(declaration.FullName, null, owner + Json.JsonSchemaDefinitionTable.ClassName + "." + Json.JsonSchemaDefinitionTable.OwnMember(typeName));
    }

    private string JsonSchemaEntryOf(DeclarationSymbol declaration)
    {
        lock (JsonSchemas) return JsonSchemas.Definition(declaration).Entry;
    }

    // One per project binding, shared by every file's spec: files are built one at a time, but a driver may reuse a cached binding.
    private JsonSchemaDocuments JsonSchemas => _jsonSchemas ??= new JsonSchemaDocuments(new JsonSchemaOptions { Naming = _options.JsonNaming });

    private JsonSchemaDocuments? _jsonSchemas;

    // The front end's conversion, so the serializers and the exported JSON Schema always agree.
    private string JsonName(FieldSymbol field) => JsonNames.WireName(field, _options.JsonNaming);

    private EnumSpec BuildEnum(EnumSymbol enumSymbol)
    {
        var members = enumSymbol.Members
            .Select(member => new EnumMemberSpec
            {
                Name = _names.MemberName(member),
                JsonValue = member.JsonValue,
                Documentation = member.Documentation,
                DeprecationMessage = member.DeprecationMessage,
            })
            .ToEquatableArray();
        return new EnumSpec
        {
            Name = _names.TypeName(enumSymbol),
            SchemaName = enumSymbol.Name,
            Documentation = enumSymbol.Documentation,
            DeprecationMessage = enumSymbol.DeprecationMessage,
            ExtensionsName = _names.ExtensionsName(enumSymbol),
            DisplayName = CSharpNames.Display(enumSymbol.Name),
            Members = members,
            JsonSchema = JsonSchemaExporter.Export(enumSymbol, new JsonSchemaOptions { Naming = _options.JsonNaming, Indented = false }),
        };
    }

    private ScalarSpec BuildScalar(ScalarSymbol scalar)
        => new()
        {
            Name = _names.TypeName(scalar),
            SchemaName = scalar.Name,
            Documentation = scalar.Documentation,
            DeprecationMessage = scalar.DeprecationMessage,
            DisplayName = CSharpNames.Display(scalar.Name),
            Underlying = Shape(scalar.UnderlyingType),
            Rules = Rules(scalar.Constraints),
            JsonSchema = JsonSchemaExporter.Export(scalar, new JsonSchemaOptions { Naming = _options.JsonNaming, Indented = false }),
            ImplementsParsable = _features.HasParsable,
            HasTypeConverter = _features.HasParsable && _features.HasScalarTypeConverter,
        };

    private static RuleSpec Rules(Constraints constraints) => new()
    {
        MinLength = constraints.MinLength,
        MaxLength = constraints.MaxLength,
        Pattern = constraints.Pattern,
        Minimum = Number(constraints.Minimum),
        Maximum = Number(constraints.Maximum),
        ExclusiveMinimum = Number(constraints.ExclusiveMinimum),
        ExclusiveMaximum = Number(constraints.ExclusiveMaximum),
        MinItems = constraints.MinItems,
        MaxItems = constraints.MaxItems,
        UniqueItems = constraints.UniqueItems,
    };

    private static string? Number(NumericLiteral? literal) => literal?.Value.ToString(CultureInfo.InvariantCulture);

    private ValueShape Shape(SchemaType type) => type switch
    {
        PrimitiveType primitive => Primitive(primitive.Kind),
        ListType list => Collection(ShapeKind.List, "global::System.Collections.Generic.IReadOnlyList<{0}>", Item(list.ElementType, list.ElementIsNullable)),
        SetType set => Collection(
            ShapeKind.Set,
            _features.HasReadOnlySet ? "global::System.Collections.Generic.IReadOnlySet<{0}>" : "global::System.Collections.Generic.ISet<{0}>",
            Item(set.ElementType, set.ElementIsNullable)),
        MapType map => MapShape(map),
        NamedType { Declaration: RecordSymbol record } => Shape(ShapeKind.Record, _names.FullTypeName(record)),
        NamedType { Declaration: EnumSymbol enumSymbol } => Shape(ShapeKind.Enum, _names.FullTypeName(enumSymbol), Shape(ShapeKind.String, _names.FullExtensionsName(enumSymbol))),
        NamedType { Declaration: ScalarSymbol scalar } => ScalarShape(scalar),
        // A union's wrapper has the members a record's generated code calls (WriteJson, __ReadJson, CollectValidationErrors).
        NamedType { Declaration: UnionSymbol union } => Shape(ShapeKind.Record, _names.FullTypeName(union)),
        // Declarations with unbound types are never generated; this keeps the builder total.
        _ => Shape(ShapeKind.String, "object"),
    };

    private ValueShape ScalarShape(ScalarSymbol scalar)
    {
        ValueShape value = ScalarValue(scalar);
        RuleSpec rules = Rules(scalar.Constraints);
        return Shape(ShapeKind.Scalar, _names.FullTypeName(scalar), value) with
        {
            ScalarRules = value.IsValueType && rules.HasValueRules ? rules : null,
        };
    }

    // A referenced scalar holds the type its own assembly chose, which this project's target may name differently.
    private ValueShape ScalarValue(ScalarSymbol scalar)
    {
        ValueShape value = Primitive(scalar.UnderlyingType.Kind);
        return _names.ReferencedUnderlyingTypeName(scalar) is { } referenced ? value with { TypeName = referenced } : value;
    }

    private static ValueShape Collection(ShapeKind kind, string format, ValueShape element)
        => Shape(kind, string.Format(CultureInfo.InvariantCulture, format, element.DeclaredTypeName), element);

    private ValueShape Item(SchemaType type, bool nullable) => nullable ? Shape(type) with { IsNullable = true } : Shape(type);

    // String keys leave Key null, so maps of string keys are shaped exactly as before keys could be other types.
    private ValueShape MapShape(MapType map)
    {
        ValueShape value = Item(map.ValueType, map.ValueIsNullable);
        ValueShape? key = map.KeyType is PrimitiveType { Kind: PrimitiveKind.String } ? null : Shape(map.KeyType);
        string keyType = key?.TypeName ?? "string";
        return Shape(ShapeKind.Map, $"global::System.Collections.Generic.IReadOnlyDictionary<{keyType}, {value.DeclaredTypeName}>", value) with
        {
            Key = key,
            KeyRules = map.KeyConstraints.IsEmpty ? null : Rules(map.KeyConstraints),
        };
    }

    private static ValueShape Shape(ShapeKind kind, string typeName, ValueShape? element = null)
        => new() { Kind = kind, TypeName = typeName, Element = element };

    private ValueShape Primitive(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.String => Shape(ShapeKind.String, "string"),
        PrimitiveKind.Bool => Shape(ShapeKind.Bool, "bool"),
        PrimitiveKind.Int => Shape(ShapeKind.Int, "int"),
        PrimitiveKind.Long => Shape(ShapeKind.Long, "long"),
        PrimitiveKind.Double => Shape(ShapeKind.Double, "double"),
        PrimitiveKind.Decimal => Shape(ShapeKind.Decimal, "decimal"),
        PrimitiveKind.Date => Shape(ShapeKind.Date, _features.HasDateOnly ? "global::System.DateOnly" : "global::System.DateTime"),
        PrimitiveKind.Time => Shape(ShapeKind.Time, "global::EventSchema.OffsetTime"),
        PrimitiveKind.DateTime => Shape(ShapeKind.DateTime, "global::System.DateTimeOffset"),
        PrimitiveKind.Duration => Shape(ShapeKind.Duration, "global::EventSchema.IsoDuration"),
        PrimitiveKind.Uuid => Shape(ShapeKind.Uuid, "global::System.Guid"),
        PrimitiveKind.Uri => Shape(ShapeKind.Uri, "global::System.Uri"),
        _ => Shape(ShapeKind.String, "string"),
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

        // Every instance gets its own empty collection, as a reader builds one.
        if (literal.Kind == LiteralKind.EmptyList && shape.Element is { } item)
        {
            return shape.Kind == ShapeKind.List
                ? $"global::System.Array.Empty<{item.DeclaredTypeName}>()"
                : $"new global::System.Collections.Generic.HashSet<{item.DeclaredTypeName}>({Emit.EqualityExpressions.SetItemComparer(item)})";
        }
        if (literal.Kind == LiteralKind.EmptyMap && shape.Element is { } value)
        {
            return $"new global::System.Collections.Generic.Dictionary<{shape.KeyTypeName}, {value.DeclaredTypeName}>()";
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
