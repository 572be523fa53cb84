using System;
using System.Collections.Generic;
using System.Globalization;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Export;
using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Evolution.Lock;

/// <summary>
/// Reads <c>eventschema.lock.json</c> strictly: valid JSON (ES0720), then exactly the structure
/// <see cref="SchemaLockWriter"/> writes (ES0721): no unknown or repeated keys, every value of its kind, versions
/// ascending. A hand-edited or merged lock file that is off gets an error at the exact value, never a guess.
/// </summary>
internal sealed class SchemaLockReader
{
    private readonly SourceText _text;
    private readonly List<Diagnostic> _diagnostics = new();

    // Reused at each level of the file, and types parsed once per text: a lock file has thousands of fields.
    private readonly Dictionary<string, LockJsonValue> _rootMembers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LockJsonValue> _declarationMembers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LockJsonValue> _versionMembers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LockJsonValue> _fieldMembers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fieldJsonNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fieldNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeShape> _types = new(StringComparer.Ordinal);

    private SchemaLockReader(SourceText text) => _text = text;

    public static SchemaLockReadResult Read(SourceText text)
    {
        var reader = new SchemaLockReader(text);
        var root = LockJsonParser.Parse(text.Text, out string? error, out TextSpan errorSpan);
        if (root is null)
        {
            reader._diagnostics.Add(DiagnosticBuilder.At(text, errorSpan).MalformedLockFile(error!));
            return new SchemaLockReadResult(null, reader._diagnostics);
        }
        var schemaLock = reader.ReadRoot(root);
        if (reader._diagnostics.Count > 0) return new SchemaLockReadResult(null, reader._diagnostics);
        schemaLock!.Source = text;
        return new SchemaLockReadResult(schemaLock, reader._diagnostics);
    }

    private int _formatVersion = SchemaLock.FormatVersion;

    private void Invalid(TextSpan span, string problem) => _diagnostics.Add(DiagnosticBuilder.At(_text, span).InvalidLockFile(problem));

    private SchemaLock? ReadRoot(LockJsonValue root)
    {
        var members = Members(root, _rootMembers, "the lock file", null, RootKeys, RootRequiredKeys);
        if (members is null) return null;
        var format = members["formatVersion"];
        if (ReadCount(format, "formatVersion") is not { } version) return null;
        if (version < SchemaLock.OldestFormatVersion || version > SchemaLock.FormatVersion)
        {
            Invalid(format.Span, $"The lock file has format version {version}, but this EventSchema reads format versions {SchemaLock.OldestFormatVersion} to {SchemaLock.FormatVersion}; update EventSchema, or rewrite the file with 'eventschema lock'.");
            return null;
        }
        _formatVersion = version;
        JsonNaming? naming = null;
        bool hasNaming = members.TryGetValue("jsonNaming", out var namingValue);
        if (version >= SchemaLock.FirstFormatWithJsonNaming)
        {
            if (!hasNaming)
            {
                Invalid(new TextSpan(root.Span.Start, 1), $"The lock file has no \"jsonNaming\", which format {version} records; add it (\"AsWritten\" unless the project sets EventSchemaJsonNaming), or rewrite the file with 'eventschema lock'.");
                return null;
            }
            if (!Expect(namingValue!, LockJsonKind.String, "'jsonNaming'")) return null;
            if (!JsonNamings.TryParse(namingValue!.Text, out var parsed) || namingValue.Text != JsonNamings.Name(parsed))
            {
                Invalid(namingValue.Span, $"'jsonNaming' is \"{namingValue.Text}\"; it must be \"AsWritten\", \"CamelCase\", \"SnakeCase\" or \"KebabCase\".");
                return null;
            }
            naming = parsed;
        }
        else if (hasNaming)
        {
            Invalid(namingValue!.Span, $"Format {version} does not record 'jsonNaming' (format {SchemaLock.FirstFormatWithJsonNaming} does); set 'formatVersion' to {SchemaLock.FirstFormatWithJsonNaming}, or rewrite the file with 'eventschema lock'.");
            return null;
        }
        var declarationsValue = members["declarations"];
        if (!Expect(declarationsValue, LockJsonKind.Object, "'declarations'")) return null;
        var declarations = new List<LockedDeclaration>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in declarationsValue.Properties)
        {
            if (!names.Add(property.Name))
            {
                Invalid(property.NameSpan, $"'{property.Name}' is locked twice; keep one entry (a merge of two lock files may have doubled it).");
                continue;
            }
            if (ReadDeclaration(property) is { } declaration) declarations.Add(declaration);
        }
        if (_diagnostics.Count > 0) return null;
        return new SchemaLock(declarations)
        {
            ReadFormatVersion = _formatVersion,
            JsonNaming = naming,
            JsonNamingLocation = naming is null ? null : new LockLocation(_text, namingValue!.Span),
        };
    }

    private LockedDeclaration? ReadDeclaration(LockJsonProperty property)
    {
        string fullName = property.Name;
        if (!IsFullName(fullName))
        {
            Invalid(property.NameSpan, $"'{fullName}' is not a declaration's full name such as 'Diplomacy.Official'.");
            return null;
        }
        var members = Members(property.Value, _declarationMembers, "'{0}'", fullName, DeclarationKeys, DeclarationKeys);
        if (members is null) return null;
        var kindValue = members["kind"];
        if (!Expect(kindValue, LockJsonKind.String, "'kind'")) return null;
        DeclarationKind kind;
        switch (kindValue.Text)
        {
            case "record": kind = DeclarationKind.Record; break;
            case "event": kind = DeclarationKind.Event; break;
            case "enum": kind = DeclarationKind.Enum; break;
            case "scalar": kind = DeclarationKind.Scalar; break;
            case "union": kind = DeclarationKind.Union; break;
            default:
                Invalid(kindValue.Span, $"'kind' is \"{kindValue.Text}\"; it must be \"record\", \"event\", \"enum\", \"scalar\" or \"union\".");
                return null;
        }
        var versionsValue = members["versions"];
        if (!Expect(versionsValue, LockJsonKind.Array, "'versions'")) return null;
        if (versionsValue.Items.Count == 0)
        {
            Invalid(versionsValue.Span, $"'{fullName}' has no versions; a locked declaration has at least one.");
            return null;
        }
        var versions = new List<DeclarationShape>();
        int errors = _diagnostics.Count;
        foreach (var item in versionsValue.Items)
        {
            var shape = ReadVersion(item, fullName, kind);
            if (shape is null) continue;
            if (versions.Count > 0 && shape.Version <= versions[versions.Count - 1].Version)
            {
                Invalid(item.Span, $"Version {shape.Version} of '{fullName}' comes after version {versions[versions.Count - 1].Version}; versions must be listed oldest first, each once.");
                continue;
            }
            versions.Add(shape);
        }
        if (_diagnostics.Count > errors) return null;
        return new LockedDeclaration(fullName, kind, versions) { Location = new LockLocation(_text, property.NameSpan) };
    }

    private DeclarationShape? ReadVersion(LockJsonValue value, string fullName, DeclarationKind kind)
    {
        var (allowed, required) = kind switch
        {
            DeclarationKind.Event => (EventVersionKeys, EventVersionKeys),
            DeclarationKind.Record => (RecordVersionKeys, RecordVersionKeys),
            DeclarationKind.Enum => (EnumVersionKeys, EnumVersionKeys),
            DeclarationKind.Union => (UnionVersionKeys, UnionVersionKeys),
            _ => (ScalarVersionKeys, ScalarVersionRequiredKeys),
        };
        var members = Members(value, _versionMembers, "a version of '{0}'", fullName, allowed, required);
        if (members is null) return null;
        if (ReadCount(members["version"], "version") is not { } version) return null;
        if (version < 1)
        {
            Invalid(members["version"].Span, "'version' is 0; versions start at 1.");
            return null;
        }
        int errors = _diagnostics.Count;
        DeclarationShape shape;
        switch (kind)
        {
            case DeclarationKind.Record:
            case DeclarationKind.Event:
            {
                string? eventType = null;
                if (kind == DeclarationKind.Event)
                {
                    var eventTypeValue = members["eventType"];
                    if (Expect(eventTypeValue, LockJsonKind.String, "'eventType'")) eventType = eventTypeValue.Text;
                }
                var fields = ReadFields(members["fields"]);
                if (_diagnostics.Count > errors) return null;
                shape = new DeclarationShape(fullName, kind, version, eventType, fields);
                break;
            }
            case DeclarationKind.Enum:
            {
                var membersValue = members["members"];
                if (!Expect(membersValue, LockJsonKind.Object, "'members'")) return null;
                var enumMembers = new List<EnumMemberShape>();
                var values = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in membersValue.Properties)
                {
                    if (!values.Add(member.Name)) { Invalid(member.NameSpan, $"The enum value \"{member.Name}\" is listed twice."); continue; }
                    if (!Expect(member.Value, LockJsonKind.String, $"the name of enum value \"{member.Name}\"")) continue;
                    enumMembers.Add(new EnumMemberShape(member.Value.Text, member.Name) { Location = new LockLocation(_text, member.NameSpan) });
                }
                if (_diagnostics.Count > errors) return null;
                shape = new DeclarationShape(fullName, kind, version, members: enumMembers);
                break;
            }
            case DeclarationKind.Union:
            {
                var discriminatorValue = members["discriminator"];
                if (!Expect(discriminatorValue, LockJsonKind.String, "'discriminator'")) return null;
                var unionMembers = ReadUnionMembers(members["members"]);
                if (_diagnostics.Count > errors) return null;
                shape = new DeclarationShape(fullName, kind, version, discriminatorProperty: discriminatorValue.Text, unionMembers: unionMembers);
                break;
            }
            default:
            {
                var typeValue = members["type"];
                if (!Expect(typeValue, LockJsonKind.String, "'type'")) return null;
                var type = TypeShape.Primitive(typeValue.Text);
                if (type is null)
                {
                    Invalid(typeValue.Span, $"A scalar's 'type' is \"{typeValue.Text}\"; it must be a built-in type such as \"string\".");
                    return null;
                }
                var constraints = ReadConstraints(members);
                if (constraints is null) return null;
                shape = new DeclarationShape(fullName, kind, version, underlyingType: type, constraints: constraints);
                break;
            }
        }
        shape.Location = new LockLocation(_text, value.Span);
        return shape;
    }

    /// <summary>A union's members: full name to <c>{ "discriminatorValue": "…" }</c> or <c>{ "eventType": true }</c>.</summary>
    private List<UnionMemberShape> ReadUnionMembers(LockJsonValue value)
    {
        var members = new List<UnionMemberShape>();
        if (!Expect(value, LockJsonKind.Object, "'members'")) return members;
        var names = new HashSet<string>(StringComparer.Ordinal);
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.Properties)
        {
            if (!names.Add(property.Name)) { Invalid(property.NameSpan, $"The union member \"{property.Name}\" is listed twice."); continue; }
            if (!IsFullName(property.Name)) { Invalid(property.NameSpan, $"'{property.Name}' is not a record's or event's full name such as 'Diplomacy.Official'."); continue; }
            string what = $"union member \"{property.Name}\"";
            var entries = Members(property.Value, new Dictionary<string, LockJsonValue>(StringComparer.Ordinal), what, null, UnionMemberKeys, []);
            if (entries is null) continue;
            bool hasValue = entries.TryGetValue("discriminatorValue", out var discriminatorValue);
            bool hasEventType = entries.TryGetValue("eventType", out var eventType);
            if (hasValue == hasEventType)
            {
                Invalid(property.Value.Span, $"The {what} has {(hasValue ? "both" : "neither of")} \"discriminatorValue\" {(hasValue ? "and" : "nor")} \"eventType\"; it has exactly one.");
                continue;
            }
            if (hasEventType)
            {
                if (eventType!.Kind != LockJsonKind.True) { Invalid(eventType.Span, $"'eventType' is written only as true, not {eventType.Describe()}."); continue; }
                members.Add(new UnionMemberShape(property.Name, null) { Location = new LockLocation(_text, property.NameSpan) });
                continue;
            }
            if (!Expect(discriminatorValue!, LockJsonKind.String, "'discriminatorValue'")) continue;
            if (!values.Add(discriminatorValue!.Text)) { Invalid(discriminatorValue.Span, $"Two members of the union have the discriminator value \"{discriminatorValue.Text}\"."); continue; }
            members.Add(new UnionMemberShape(property.Name, discriminatorValue.Text) { Location = new LockLocation(_text, property.NameSpan) });
        }
        return members;
    }

    private List<FieldShape> ReadFields(LockJsonValue value)
    {
        var fields = new List<FieldShape>();
        if (!Expect(value, LockJsonKind.Object, "'fields'")) return fields;
        var jsonNames = _fieldJsonNames;
        var names = _fieldNames;
        jsonNames.Clear();
        names.Clear();
        foreach (var property in value.Properties)
        {
            if (!jsonNames.Add(property.Name)) { Invalid(property.NameSpan, $"The field \"{property.Name}\" is listed twice."); continue; }
            var members = Members(property.Value, _fieldMembers, "field \"{0}\"", property.Name, FieldKeys, FieldRequiredKeys);
            if (members is null) continue;
            var nameValue = members["name"];
            var typeValue = members["type"];
            if (!Expect(nameValue, LockJsonKind.String, "'name'") || !Expect(typeValue, LockJsonKind.String, "'type'")) continue;
            if (!names.Add(nameValue.Text)) { Invalid(nameValue.Span, $"Two fields are named \"{nameValue.Text}\"."); continue; }
            if (!_types.TryGetValue(typeValue.Text, out var type))
            {
                type = TypeShape.TryParse(typeValue.Text, out string? typeError);
                if (type is null) { Invalid(typeValue.Span, $"\"{typeValue.Text}\" is not a type: {typeError}."); continue; }
                _types[typeValue.Text] = type;
            }
            bool optional = false;
            if (members.TryGetValue("optional", out var optionalValue))
            {
                if (optionalValue.Kind is not (LockJsonKind.True or LockJsonKind.False)) { Invalid(optionalValue.Span, $"'optional' must be true or false, not {optionalValue.Describe()}."); continue; }
                optional = optionalValue.Kind == LockJsonKind.True;
            }
            bool keepsJsonName = !string.Equals(property.Name, nameValue.Text, System.StringComparison.Ordinal);
            if (members.TryGetValue("fixedJsonName", out var fixedValue))
            {
                if (fixedValue.Kind is not (LockJsonKind.True or LockJsonKind.False)) { Invalid(fixedValue.Span, $"'fixedJsonName' must be true or false, not {fixedValue.Describe()}."); continue; }
                keepsJsonName |= fixedValue.Kind == LockJsonKind.True;
            }
            string? defaultJson = null;
            if (members.TryGetValue("default", out var defaultValue))
            {
                defaultJson = CanonicalDefault(defaultValue);
                if (defaultJson is null) continue;
            }
            var constraints = ReadConstraints(members);
            if (constraints is null) continue;
            fields.Add(new FieldShape(nameValue.Text, property.Name, type, optional, defaultJson, constraints) { Location = new LockLocation(_text, property.NameSpan), KeepsJsonName = keepsJsonName });
        }
        return fields;
    }

    private string? CanonicalDefault(LockJsonValue value)
    {
        switch (value.Kind)
        {
            case LockJsonKind.String: return LiteralJson.Quote(value.Text);
            case LockJsonKind.True: return "true";
            case LockJsonKind.False: return "false";
            case LockJsonKind.Null: return "null";
            case LockJsonKind.Number:
                if (ReadDecimal(value, "'default'") is { } number) return LiteralJson.Number(number);
                return null;
            case LockJsonKind.Array when value.Items.Count == 0: return "[]";
            case LockJsonKind.Object when value.Properties.Count == 0: return "{}";
            default:
                Invalid(value.Span, $"A 'default' is a string, number, true, false, null, [] or {{}}, not {value.Describe()}.");
                return null;
        }
    }

    private static readonly string[] ConstraintKeys =
        ["minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "uniqueItems"];

    private static readonly string[] RootKeys = ["formatVersion", "declarations", "jsonNaming"];
    private static readonly string[] RootRequiredKeys = ["formatVersion", "declarations"];
    private static readonly string[] DeclarationKeys = ["kind", "versions"];
    private static readonly string[] EventVersionKeys = ["version", "eventType", "fields"];
    private static readonly string[] RecordVersionKeys = ["version", "fields"];
    private static readonly string[] EnumVersionKeys = ["version", "members"];
    private static readonly string[] UnionVersionKeys = ["version", "discriminator", "members"];
    private static readonly string[] UnionMemberKeys = ["discriminatorValue", "eventType"];
    private static readonly string[] ScalarVersionKeys = ["version", "type", .. ConstraintKeys];
    private static readonly string[] ScalarVersionRequiredKeys = ["version", "type"];
    private static readonly string[] FieldKeys = ["name", "type", "optional", "fixedJsonName", "default", .. ConstraintKeys];
    private static readonly string[] FieldRequiredKeys = ["name", "type"];

    private Constraints? ReadConstraints(Dictionary<string, LockJsonValue> members)
    {
        int errors = _diagnostics.Count;
        var constraints = Constraints.None;
        if (members.TryGetValue("minLength", out var v) && ReadCount(v, "minLength") is { } minLength) constraints = constraints with { MinLength = minLength };
        if (members.TryGetValue("maxLength", out v) && ReadCount(v, "maxLength") is { } maxLength) constraints = constraints with { MaxLength = maxLength };
        if (members.TryGetValue("pattern", out v) && Expect(v, LockJsonKind.String, "'pattern'")) constraints = constraints with { Pattern = v.Text };
        if (members.TryGetValue("minimum", out v) && ReadBound(v, "minimum") is { } minimum) constraints = constraints with { Minimum = minimum };
        if (members.TryGetValue("maximum", out v) && ReadBound(v, "maximum") is { } maximum) constraints = constraints with { Maximum = maximum };
        if (members.TryGetValue("exclusiveMinimum", out v) && ReadBound(v, "exclusiveMinimum") is { } exclusiveMinimum) constraints = constraints with { ExclusiveMinimum = exclusiveMinimum };
        if (members.TryGetValue("exclusiveMaximum", out v) && ReadBound(v, "exclusiveMaximum") is { } exclusiveMaximum) constraints = constraints with { ExclusiveMaximum = exclusiveMaximum };
        if (members.TryGetValue("minItems", out v) && ReadCount(v, "minItems") is { } minItems) constraints = constraints with { MinItems = minItems };
        if (members.TryGetValue("maxItems", out v) && ReadCount(v, "maxItems") is { } maxItems) constraints = constraints with { MaxItems = maxItems };
        if (members.TryGetValue("uniqueItems", out v))
        {
            if (v.Kind != LockJsonKind.True) Invalid(v.Span, $"'uniqueItems' is written only as true (leave it out otherwise), not {v.Describe()}.");
            else constraints = constraints with { UniqueItems = true };
        }
        return _diagnostics.Count > errors ? null : constraints;
    }

    private NumericLiteral? ReadBound(LockJsonValue value, string name)
        => ReadDecimal(value, "'" + name + "'") is { } number ? new NumericLiteral(LiteralJson.Number(number), number) : null;

    private decimal? ReadDecimal(LockJsonValue value, string what)
    {
        if (!Expect(value, LockJsonKind.Number, what)) return null;
        if (!decimal.TryParse(value.Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out decimal number))
        {
            Invalid(value.Span, $"{what} is {value.Text}, outside the numbers schemas can write (±79228162514264337593543950335).");
            return null;
        }
        return number;
    }

    private int? ReadCount(LockJsonValue value, string name)
    {
        if (!Expect(value, LockJsonKind.Number, "'" + name + "'")) return null;
        if (!int.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            Invalid(value.Span, $"'{name}' is {value.Text}; it must be a whole number from 0 to 2147483647.");
            return null;
        }
        return count;
    }

    private bool Expect(LockJsonValue value, LockJsonKind kind, string what)
    {
        if (value.Kind == kind) return true;
        Invalid(value.Span, $"{Capitalize(what)} must be {new LockJsonValue(kind, default).Describe()}, not {value.Describe()}.");
        return false;
    }

    /// <summary>
    /// An object's members by name, in <paramref name="members"/> (cleared first): no unknown or repeated keys, every
    /// required one present. <paramref name="whatFormat"/> with <paramref name="argument"/> says what the object is,
    /// built only for a message.
    /// </summary>
    private Dictionary<string, LockJsonValue>? Members(LockJsonValue value, Dictionary<string, LockJsonValue> members, string whatFormat, string? argument, string[] allowed, string[] required)
    {
        string what = value.Kind == LockJsonKind.Object ? string.Empty : Describe(whatFormat, argument);
        if (!Expect(value, LockJsonKind.Object, what)) return null;
        members.Clear();
        int errors = _diagnostics.Count;
        foreach (var property in value.Properties)
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                Invalid(property.NameSpan, $"Unknown key \"{property.Name}\" in {Describe(whatFormat, argument)}; it may have {Join(allowed)}.");
                continue;
            }
            if (members.ContainsKey(property.Name))
            {
                Invalid(property.NameSpan, $"\"{property.Name}\" is written twice in {Describe(whatFormat, argument)}; keep one.");
                continue;
            }
            members[property.Name] = property.Value;
        }
        foreach (var key in required)
        {
            if (!members.ContainsKey(key)) Invalid(new TextSpan(value.Span.Start, 1), $"{Capitalize(Describe(whatFormat, argument))} has no \"{key}\"; add it.");
        }
        return _diagnostics.Count > errors ? null : members;
    }

    private static string Describe(string whatFormat, string? argument) => argument is null ? whatFormat : string.Format(CultureInfo.InvariantCulture, whatFormat, argument);

    private static string Join(string[] keys)
    {
        var quoted = new List<string>(keys.Length);
        foreach (var key in keys) quoted.Add("\"" + key + "\"");
        return string.Join(", ", quoted);
    }

    private static string Capitalize(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text.Substring(1) : text;

    private static bool IsFullName(string name)
    {
        if (name.Length == 0) return false;
        foreach (var part in name.Split('.'))
        {
            if (part.Length == 0 || !(char.IsLetter(part[0]) || part[0] == '_')) return false;
            foreach (char c in part)
            {
                if (!(c < 128 && (char.IsLetterOrDigit(c) || c == '_'))) return false;
            }
        }
        return true;
    }
}
