using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using EventSchema.Language.Naming;
using EventSchema.Language.Semantics;
using Humanizer;
using Microsoft.CodeAnalysis.CSharp;

namespace EventSchema.Generator.Building;

/// <summary>
/// C# names from schema names: PascalCase by the front end's word split, made legal and unique; display text through Humanizer. Callers hold a
/// <see cref="CultureScope"/>.
/// </summary>
internal static class CSharpNames
{
    /// <summary>Members every generated record has, or inherits; a field may not take these names.</summary>
    public static readonly IReadOnlyCollection<string> RecordMemberNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
        "EqualityContract", "Deconstruct", "PrintMembers", "Clone", "Validate", "CollectValidationErrors",
        "JsonSchema", "WriteJson", "ReadJson", "FromJson", "ToJson", "ToJsonUtf8Bytes",
    };

    /// <summary>What an event adds to <see cref="RecordMemberNames"/>.</summary>
    public static readonly IReadOnlyCollection<string> EventMemberNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "EventType", "SchemaVersion", "DisplayName", "Describe",
    };

    /// <summary>
    /// Members a generated record or event declares, and the enum helpers' methods: a type may not take
    /// the name of a member it declares (CS0542), and an enum's helpers name the enum in expressions
    /// where a method of the same name would hide it.
    /// </summary>
    public static IReadOnlyCollection<string> DeclaredMemberNames(DeclarationSymbol declaration)
        => declaration is RecordSymbol { IsEvent: false, Summary: not null } ? DeclaredSummarizedRecordMemberNames : DeclaredMemberNames(declaration.Kind);

    /// <summary>The method a <c>@summary</c> template becomes, on events and on records that have one.</summary>
    public const string DescribeMethod = "Describe";

    public static IReadOnlyCollection<string> DeclaredMemberNames(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Record => DeclaredRecordMemberNames,
        DeclarationKind.Event => DeclaredEventMemberNames,
        DeclarationKind.Scalar => DeclaredScalarMemberNames,
        DeclarationKind.Union => DeclaredUnionMemberNames,
        _ => EnumHelperMemberNames,
    };

    private static readonly HashSet<string> DeclaredRecordMemberNames = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "EqualityContract", "PrintMembers", "Validate", "CollectValidationErrors", "JsonSchema", "WriteJson", "ReadJson", "FromJson", "ToJson", "ToJsonUtf8Bytes",
    };

    private static readonly HashSet<string> DeclaredEventMemberNames = new(DeclaredRecordMemberNames.Concat(EventMemberNames), StringComparer.Ordinal);

    // After DeclaredRecordMemberNames: static fields are initialized in the order they are written.
    private static readonly HashSet<string> DeclaredSummarizedRecordMemberNames = new(DeclaredRecordMemberNames.Concat([DescribeMethod]), StringComparer.Ordinal);

    private static readonly HashSet<string> DeclaredUnionMemberNames = new(StringComparer.Ordinal)
    {
        "Value", "Discriminator", "DiscriminatorProperty", "Match", "Switch", "From", "Equals", "GetHashCode", "ToString", "Validate", "CollectValidationErrors",
        "JsonSchema", "WriteJson", "ReadJson", "FromJson", "ToJson", "ToJsonUtf8Bytes",
    };

    private static readonly HashSet<string> DeclaredScalarMemberNames = new(StringComparer.Ordinal)
    {
        "Value", "From", "TryFrom", "Check", "Equals", "GetHashCode", "ToString", "PrintMembers",
    };

    private static readonly HashSet<string> EnumHelperMemberNames = new(StringComparer.Ordinal)
    {
        "ToJsonValue", "TryFromJsonValue", "FromJsonValue", "IsDefined",
    };

    /// <summary>
    /// The PascalCase form of a schema name, split into words by <see cref="NameWords"/>: <c>received_by</c>,
    /// <c>received-by</c> and <c>receivedBy</c> all give <c>ReceivedBy</c>; only ASCII letters, digits and <c>_</c> are kept.
    /// </summary>
    public static string Pascal(string schemaName)
    {
        string joined = NameWords.ToPascalCase(schemaName);
        joined = new string(joined.Where(c => c < 128 && (char.IsLetterOrDigit(c) || c == '_')).ToArray());
        if (joined.Length == 0) joined = "Unnamed";
        if (char.IsDigit(joined[0])) joined = "_" + joined;
        return joined;
    }

    /// <summary>
    /// The name of the record nested in an event that holds its shape at a past <paramref name="version"/>: <c>V1</c>,
    /// <c>V2</c>, …. A project referencing the event's assembly names it the same way.
    /// </summary>
    public static string PastVersionTypeName(int version) => "V" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="name"/> is a C# keyword (reserved or contextual).</summary>
    public static bool IsKeyword(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None;

    /// <summary>
    /// Picks a name from <paramref name="candidate"/> that is not in <paramref name="taken"/> and not a
    /// keyword: first <paramref name="suffix"/> is added, then a number. The choice is recorded in <paramref name="taken"/>.
    /// </summary>
    public static string Unique(string candidate, ISet<string> taken, string suffix)
        => Unique(candidate, taken, suffix, Array.Empty<string>());

    /// <summary>
    /// As <see cref="Unique(string, ISet{string}, string)"/>, and the name is not one of <paramref name="reserved"/>
    /// either (the names of the members the type will declare).
    /// </summary>
    public static string Unique(string candidate, ISet<string> taken, string suffix, IReadOnlyCollection<string> reserved)
    {
        bool Unavailable(string name) => taken.Contains(name) || reserved.Contains(name) || IsKeyword(name);
        string name = candidate;
        if (Unavailable(name)) name = candidate + suffix;
        for (int n = 2; Unavailable(name); n++)
        {
            name = candidate + suffix + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        taken.Add(name);
        return name;
    }

    // Humanizer's casing and inflection run regular expressions, and the same field names come back in every type of a
    // project, so each name is humanized once per process. The caches are pure (callers run under the invariant
    // culture) and bounded, so a long-lived compiler server or IDE does not grow them without end.
    private const int MaxCachedNames = 4096;
    private static readonly ConcurrentDictionary<string, string> DisplayCache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> ItemDisplayCache = new(StringComparer.Ordinal);

    private static string Cached(ConcurrentDictionary<string, string> cache, string schemaName, Func<string, string> compute)
    {
        if (cache.TryGetValue(schemaName, out string? cached)) return cached;
        string computed = compute(schemaName);
        if (cache.Count >= MaxCachedNames) cache.Clear();
        cache[schemaName] = computed;
        return computed;
    }

    /// <summary>The humanized form for messages: <c>receivedBy</c> gives "Received by".</summary>
    public static string Display(string schemaName) => Cached(DisplayCache, schemaName, ComputeDisplay);

    private static string ComputeDisplay(string schemaName)
    {
        string spaced = schemaName.Replace('_', ' ').Replace('-', ' ');
        string human = spaced.Humanize(LetterCasing.Sentence);
        return human.Length == 0 ? schemaName : human;
    }

    /// <summary>The humanized singular for collection items: <c>sources</c> gives "Source".</summary>
    public static string ItemDisplay(string schemaName) => Cached(ItemDisplayCache, schemaName, ComputeItemDisplay);

    private static string ComputeItemDisplay(string schemaName)
    {
        string display = Display(schemaName);
        int lastSpace = display.LastIndexOf(' ');
        string last = display.Substring(lastSpace + 1);
        string singular = Singular(last);
        if (singular.Length == 0) singular = last;
        string result = display.Substring(0, lastSpace + 1) + singular;
        return result == display ? display + " item" : result;
    }

    // Humanizer's inflector throws on some one-letter words; a name it cannot singularize keeps its form.
    private static string Singular(string word)
    {
        if (word.Length < 2) return word;
        try
        {
            return word.Singularize(inputIsKnownToBePlural: false);
        }
        catch (System.ArgumentException)
        {
            return word;
        }
    }
}
