namespace EventSchema.Benchmarks.Corpus;

/// <summary>
/// Plans a deterministic corpus of schema declarations: ten per file, ten files per namespace, each
/// file holding a scalar, an enum, four records and four events. Fields mix constrained primitives,
/// collections and references to earlier declarations in the same file, the same namespace, the
/// previous namespace (through <c>using</c>) and older namespaces (by qualified name). References only
/// point backwards, so no record cycle can arise. The same seed makes a smaller corpus a prefix of a
/// larger one, so growth compares like with like.
/// </summary>
internal sealed class CorpusPlanner
{
    public const int DeclarationsPerFile = 10;
    public const int FilesPerNamespace = 10;

    private const int Seed = 20250417;

    private static readonly DeclarationKind[] FileLayout =
    [
        DeclarationKind.Scalar, DeclarationKind.Enum,
        DeclarationKind.Record, DeclarationKind.Record, DeclarationKind.Record, DeclarationKind.Record,
        DeclarationKind.Event, DeclarationKind.Event, DeclarationKind.Event, DeclarationKind.Event,
    ];

    private static readonly string[] Areas =
        ["Diplomacy", "Billing", "Shipping", "Identity", "Catalog", "Payments", "Inventory", "Media", "Travel", "Energy"];

    private static readonly string[] RecordNouns =
        ["Official", "Attribution", "Address", "Money", "LineItem", "Contact", "Party", "Document", "Location", "Period"];

    private static readonly string[] EventNames =
    [
        "CredentialsPresented", "GreetingsConveyed", "SupportReaffirmed", "CooperationHighlighted", "OrderPlaced",
        "PaymentCaptured", "ShipmentDispatched", "InvoiceIssued", "AccountOpened", "AgreementSigned",
    ];

    private static readonly string[] EnumNouns = ["CooperationArea", "Status", "Channel", "Priority", "Tier", "Outcome"];

    private static readonly string[] EnumMemberWords =
    [
        "political", "economic", "trade", "transport", "energy", "industry", "investment", "security", "cultural",
        "humanitarian", "pending", "active", "suspended", "closed", "archived", "draft", "published", "approved",
        "oneChina", "territorialIntegrity", "middleCorridor", "beltAndRoad", "strategicPartnership", "onHold",
    ];

    private static readonly (string Noun, string Primitive, Decorator[] Decorators)[] ScalarShapes =
    [
        ("CountryCode", "string", [new("pattern", "^[A-Z]{2}$")]),
        ("CurrencyCode", "string", [new("pattern", "^[A-Z]{3}$")]),
        ("Slug", "string", [new("minLength", 1), new("maxLength", 64), new("pattern", "^[a-z0-9-]+$")]),
        ("PostalCode", "string", [new("pattern", "^[0-9]{5}$")]),
        ("Percentage", "int", [new("minimum", 0), new("maximum", 100)]),
        ("Amount", "decimal", [new("minimum", 0)]),
    ];

    private static readonly int[] MaxLengths = [40, 80, 120, 200, 500, 2000];

    private readonly Random _random = new(Seed);
    private readonly List<List<PlannedDeclaration>> _referenceableByNamespace = [];

    /// <summary>Plans <paramref name="declarationCount"/> declarations.</summary>
    public static IReadOnlyList<PlannedFile> Plan(int declarationCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(declarationCount);
        return new CorpusPlanner().PlanFiles(declarationCount);
    }

    private List<PlannedFile> PlanFiles(int declarationCount)
    {
        var files = new List<PlannedFile>();
        int fileCount = (declarationCount + DeclarationsPerFile - 1) / DeclarationsPerFile;
        for (int fileIndex = 0; fileIndex < fileCount; fileIndex++)
        {
            int namespaceIndex = fileIndex / FilesPerNamespace;
            if (namespaceIndex == _referenceableByNamespace.Count) _referenceableByNamespace.Add([]);
            int count = Math.Min(DeclarationsPerFile, declarationCount - fileIndex * DeclarationsPerFile);
            files.Add(PlanFile(fileIndex, namespaceIndex, count));
        }
        return files;
    }

    private PlannedFile PlanFile(int fileIndex, int namespaceIndex, int declarationCount)
    {
        string area = Areas[namespaceIndex % Areas.Length];
        string ns = $"Corpus.{area}{namespaceIndex / Areas.Length}";
        var file = new FileScope(ns, namespaceIndex);
        for (int i = 0; i < declarationCount; i++)
        {
            int declarationIndex = fileIndex * DeclarationsPerFile + i;
            PlannedDeclaration declaration = FileLayout[i] switch
            {
                DeclarationKind.Scalar => PlanScalar(ns, declarationIndex),
                DeclarationKind.Enum => PlanEnum(ns, declarationIndex),
                DeclarationKind.Record => PlanRecord(file, declarationIndex, isEvent: false),
                _ => PlanRecord(file, declarationIndex, isEvent: true),
            };
            file.Declarations.Add(declaration);
            if (declaration is not PlannedRecord { IsEvent: true }) file.Referenceable.Add(declaration);
        }
        _referenceableByNamespace[namespaceIndex].AddRange(file.Referenceable);
        string path = $"corpus/{area.ToLowerInvariant()}{namespaceIndex / Areas.Length}/file{fileIndex:D4}";
        return new PlannedFile(path, ns, [.. file.Usings], file.Declarations);
    }

    private PlannedScalar PlanScalar(string ns, int index)
    {
        var shape = Pick(ScalarShapes);
        string? doc = Chance(0.6) ? $"A {Words(shape.Noun)} value, checked wherever it is used." : null;
        return new PlannedScalar(ns, shape.Noun + index, doc, shape.Primitive, shape.Decorators);
    }

    private PlannedEnum PlanEnum(string ns, int index)
    {
        int memberCount = _random.Next(3, 11);
        int start = _random.Next(EnumMemberWords.Length);
        var members = new List<PlannedEnumMember>(memberCount);
        for (int i = 0; i < memberCount; i++)
        {
            string member = EnumMemberWords[(start + i) % EnumMemberWords.Length];
            // Multi-word members often carry a kebab-case wire value, as in the seed schemas.
            string? jsonValue = member.Any(char.IsUpper) && Chance(0.5) ? Words(member).Replace(' ', '-') : null;
            string? memberDoc = Chance(0.15) ? $"The {Words(member)} case." : null;
            members.Add(new PlannedEnumMember(member, jsonValue, memberDoc));
        }
        string noun = Pick(EnumNouns);
        string? doc = Chance(0.5) ? $"The possible values of a {Words(noun)}." : null;
        return new PlannedEnum(ns, noun + index, doc, members);
    }

    private PlannedRecord PlanRecord(FileScope file, int index, bool isEvent)
    {
        string name = (isEvent ? Pick(EventNames) : Pick(RecordNouns)) + index;
        int fieldCount = isEvent ? _random.Next(4, 10) : _random.Next(3, 10);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var fields = new List<PlannedField>(fieldCount);
        for (int i = 0; i < fieldCount; i++)
        {
            // An event opens with a required string field, so its summary has a hole to fill.
            var field = PlanField(file, isEvent && i == 0 ? FieldKind.String : PickFieldKind(), names);
            fields.Add(isEvent && i == 0 ? field with { Optional = false } : field);
        }

        var decorators = new List<Decorator>();
        if (isEvent)
        {
            decorators.Add(new Decorator("version", _random.Next(1, 4)));
            var strings = fields
                .Where(f => !f.Optional && f.Type is PrimitiveFieldType { SchemaName: "string" })
                .Take(2)
                .ToList();
            string first = NestedHole(fields) ?? strings[0].Name;
            string summary = strings.Count == 2
                ? $"{{{first}}} recorded with {{{strings[1].Name}}}"
                : $"{{{first}}} recorded";
            decorators.Add(new Decorator("summary", summary));
            if (Chance(0.3)) decorators.Add(new Decorator("type", $"{file.Namespace.ToLowerInvariant()}.{name.ToLowerInvariant()}"));
        }

        if (!isEvent && Chance(0.01)) decorators.Add(new Decorator("deprecated"));
        string? doc = Chance(0.6)
            ? isEvent ? $"Recorded when the source reports: {Words(name)}." : $"A {Words(name)} as the source publishes it."
            : null;
        return new PlannedRecord(file.Namespace, name, doc, isEvent, decorators, fields);
    }

    /// <summary>
    /// Half the time, a hole through a required record field to one of its required string fields,
    /// such as <c>{ambassador.name}</c>; null when the event has no such path.
    /// </summary>
    private string? NestedHole(List<PlannedField> fields)
    {
        if (!Chance(0.5)) return null;
        foreach (var field in fields)
        {
            if (field.Optional || field.Type is not ReferenceFieldType { Target: PlannedRecord target }) continue;
            var nested = target.Fields.FirstOrDefault(f => !f.Optional && f.Type is PrimitiveFieldType { SchemaName: "string" });
            if (nested is not null) return field.Name + "." + nested.Name;
        }
        return null;
    }

    private PlannedField PlanField(FileScope file, FieldKind kind, HashSet<string> usedNames)
    {
        var decorators = new List<Decorator>();
        object? defaultValue = null;
        bool optional = Chance(0.25);
        FieldType type;
        string name;
        switch (kind)
        {
            case FieldKind.String:
                name = Pick(["name", "title", "description", "reference", "note", "headline", "label", "comment"]);
                type = new PrimitiveFieldType("string");
                if (Chance(0.7)) decorators.Add(new Decorator("minLength", 1));
                if (Chance(0.8)) decorators.Add(new Decorator("maxLength", Pick(MaxLengths)));
                if (Chance(0.1)) decorators.Add(new Decorator("pattern", "^[A-Za-z0-9 .,-]*$"));
                else if (Chance(0.04)) defaultValue = "unknown";
                break;
            case FieldKind.Integer:
                name = Pick(["quantity", "rank", "position", "attempt", "priority"]);
                type = new PrimitiveFieldType("int");
                if (Chance(0.6))
                {
                    decorators.Add(new Decorator("minimum", 0));
                    decorators.Add(new Decorator("maximum", 10000));
                }
                if (!optional && Chance(0.3)) defaultValue = 0;
                break;
            case FieldKind.Long:
                name = Pick(["sequence", "sizeBytes", "offset"]);
                type = new PrimitiveFieldType("long");
                if (Chance(0.5)) decorators.Add(new Decorator("minimum", 0));
                break;
            case FieldKind.Decimal:
                name = Pick(["amount", "price", "total", "fee"]);
                type = new PrimitiveFieldType("decimal");
                if (Chance(0.7)) decorators.Add(new Decorator("minimum", 0));
                if (Chance(0.3)) decorators.Add(new Decorator("maximum", 1000000));
                break;
            case FieldKind.Double:
                name = Pick(["ratio", "score", "weight"]);
                type = new PrimitiveFieldType("double");
                if (Chance(0.5))
                {
                    decorators.Add(new Decorator("minimum", 0));
                    decorators.Add(new Decorator("maximum", 1));
                }
                break;
            case FieldKind.Bool:
                name = Pick(["active", "confirmed", "reciprocated", "published"]);
                type = new PrimitiveFieldType("bool");
                optional = false;
                if (Chance(0.6)) defaultValue = Chance(0.5);
                break;
            case FieldKind.Temporal:
                (name, string temporal) = Pick<(string, string)>(
                [
                    ("occurredOn", "date"), ("effectiveOn", "date"), ("recordedAt", "datetime"),
                    ("publishedAt", "datetime"), ("startsAt", "time"), ("elapsed", "duration"),
                ]);
                type = new PrimitiveFieldType(temporal);
                break;
            case FieldKind.Identifier:
                (name, string identifier) = Pick<(string, string)>(
                    [("id", "uuid"), ("correlationId", "uuid"), ("causationId", "uuid"), ("url", "uri"), ("homepage", "uri")]);
                type = new PrimitiveFieldType(identifier);
                break;
            case FieldKind.List:
                name = Pick(["items", "sources", "participants", "entries"]);
                type = new ListFieldType(PickReference(file, DeclarationKind.Record) ?? new PrimitiveFieldType("string"));
                optional = false;
                if (Chance(0.5)) decorators.Add(new Decorator("minItems", 1));
                if (Chance(0.3)) decorators.Add(new Decorator("maxItems", 100));
                if (Chance(0.1)) decorators.Add(new Decorator("uniqueItems"));
                break;
            case FieldKind.Set:
                name = Pick(["tags", "areas", "keywords"]);
                type = new SetFieldType(PickReference(file, DeclarationKind.Enum) ?? new PrimitiveFieldType("string"));
                if (Chance(0.3)) decorators.Add(new Decorator("maxItems", 20));
                break;
            case FieldKind.Map:
                name = Pick(["labels", "attributes", "metadata"]);
                type = new MapFieldType(new PrimitiveFieldType(Chance(0.7) ? "string" : "int"));
                break;
            case FieldKind.Record:
                name = Pick(["owner", "counterpart", "origin", "destination", "sender", "receiver", "agent"]);
                type = PickReference(file, DeclarationKind.Record) ?? new PrimitiveFieldType("string");
                break;
            case FieldKind.Enum:
                name = Pick(["status", "channel", "tier", "area"]);
                type = PickReference(file, DeclarationKind.Enum) ?? new PrimitiveFieldType("string");
                break;
            default:
                name = Pick(["code", "region", "language"]);
                type = PickReference(file, DeclarationKind.Scalar) ?? new PrimitiveFieldType("string");
                break;
        }

        if (defaultValue is bool or int) optional = false;
        name = Unique(name, usedNames);
        // A wire name only where it differs from the field name and cannot collide with a renamed twin.
        if (!name.Any(char.IsDigit) && ToSnakeCase(name) != name && Chance(0.1))
        {
            decorators.Add(new Decorator("json", ToSnakeCase(name)));
        }
        if (Chance(0.02)) decorators.Add(new Decorator("deprecated", "Kept for older producers; do not rely on it."));
        string? doc = Chance(0.2) ? $"The {Words(name)}." : null;
        return new PlannedField(name, type, optional, decorators, defaultValue, doc);
    }

    /// <summary>
    /// Picks an earlier declaration of <paramref name="kind"/>: 40% from this file, 20% from this
    /// namespace, 20% from the previous namespace through a <c>using</c>, 20% from an older namespace by
    /// full name; falls back to whatever exists, or null when nothing of that kind was declared yet.
    /// </summary>
    private FieldType? PickReference(FileScope file, DeclarationKind kind)
    {
        double roll = _random.NextDouble();
        int current = file.NamespaceIndex;
        if (roll < 0.4 && TryPick(file.Referenceable, kind, out var local)) return new ReferenceFieldType(local, Qualified: false);
        if (roll < 0.6 && TryPick(_referenceableByNamespace[current], kind, out var sibling)) return new ReferenceFieldType(sibling, false);
        if (roll < 0.8 && current > 0 && TryPick(_referenceableByNamespace[current - 1], kind, out var imported))
        {
            file.Usings.Add(imported.Namespace);
            return new ReferenceFieldType(imported, false);
        }
        if (current > 0)
        {
            int older = _random.Next(0, Math.Max(1, current - 1));
            if (TryPick(_referenceableByNamespace[older], kind, out var qualified)) return new ReferenceFieldType(qualified, Qualified: true);
        }
        if (TryPick(file.Referenceable, kind, out var any)) return new ReferenceFieldType(any, false);
        return TryPick(_referenceableByNamespace[current], kind, out any) ? new ReferenceFieldType(any, false) : null;
    }

    private bool TryPick(List<PlannedDeclaration> candidates, DeclarationKind kind, out PlannedDeclaration picked)
    {
        var matching = candidates.Where(d => KindOf(d) == kind).ToList();
        picked = matching.Count == 0 ? null! : matching[_random.Next(matching.Count)];
        return matching.Count > 0;
    }

    private static DeclarationKind KindOf(PlannedDeclaration declaration) => declaration switch
    {
        PlannedScalar => DeclarationKind.Scalar,
        PlannedEnum => DeclarationKind.Enum,
        PlannedRecord { IsEvent: true } => DeclarationKind.Event,
        _ => DeclarationKind.Record,
    };

    private FieldKind PickFieldKind()
    {
        // Weights out of 100, close to what event catalogues look like: mostly strings and references.
        int roll = _random.Next(100);
        return roll switch
        {
            < 30 => FieldKind.String,
            < 37 => FieldKind.Integer,
            < 40 => FieldKind.Long,
            < 45 => FieldKind.Decimal,
            < 48 => FieldKind.Double,
            < 53 => FieldKind.Bool,
            < 63 => FieldKind.Temporal,
            < 69 => FieldKind.Identifier,
            < 76 => FieldKind.List,
            < 78 => FieldKind.Set,
            < 80 => FieldKind.Map,
            < 90 => FieldKind.Record,
            < 95 => FieldKind.Enum,
            _ => FieldKind.Scalar,
        };
    }

    private static string Unique(string name, HashSet<string> usedNames)
    {
        string candidate = name;
        for (int suffix = 2; !usedNames.Add(candidate); suffix++) candidate = name + suffix;
        return candidate;
    }

    private static string Words(string pascalOrCamel)
    {
        var builder = new System.Text.StringBuilder(pascalOrCamel.Length + 8);
        foreach (char c in pascalOrCamel)
        {
            if (char.IsDigit(c)) break;
            if (char.IsUpper(c) && builder.Length > 0) builder.Append(' ');
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    private static string ToSnakeCase(string camel) => Words(camel).Replace(' ', '_');

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private enum DeclarationKind { Scalar, Enum, Record, Event }

    private enum FieldKind
    {
        String, Integer, Long, Decimal, Double, Bool, Temporal, Identifier, List, Set, Map, Record, Enum, Scalar,
    }

    /// <summary>What is known while planning one file.</summary>
    private sealed class FileScope(string ns, int namespaceIndex)
    {
        public string Namespace { get; } = ns;
        public int NamespaceIndex { get; } = namespaceIndex;
        public List<PlannedDeclaration> Declarations { get; } = [];
        public List<PlannedDeclaration> Referenceable { get; } = [];
        public SortedSet<string> Usings { get; } = new(StringComparer.Ordinal);
    }
}
