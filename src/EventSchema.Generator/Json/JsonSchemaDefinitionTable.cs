using System.Collections.Generic;
using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>
/// The <c>$defs</c> entries of one generated namespace, each written once as a constant of the namespace's
/// definitions class, and the <c>JsonSchema</c> properties that join a type's document from them on first use.
/// Each type's own entry is a constant named after it, which every type that reaches it refers to, in this namespace
/// or another; a referenced assembly's entry is copied into each namespace that needs it. Deeply connected schemas
/// would otherwise repeat every reachable definition in every type's document.
/// </summary>
internal sealed class JsonSchemaDefinitionTable
{
    /// <summary>The class of the entries; two underscores, as no schema name the generator emits starts so.</summary>
    public const string ClassName = "__JsonSchemaDefinitions";

    private readonly List<(string Member, string Entry)> _owned = new();

    // By name, then by text: files bound in different runs may hold different texts for one name, each kept.
    private readonly Dictionary<string, List<(string Entry, int Index)>> _byName = new(System.StringComparer.Ordinal);
    private readonly List<string> _copied = new();

    /// <summary>Adds the entry of a type this namespace declares, under a name made from its C# name.</summary>
    public void Own(TypeSpec type)
    {
        if (type.JsonSchemaEntry is { } entry) _owned.Add((OwnMember(type.Name), entry));
    }

    /// <summary>
    /// The constant of a type's own entry: its C# name after a prefix, so no type name meets a member of <c>object</c>
    /// (a type named <c>GetType</c>) or a copied entry (<c>R0</c>, <c>R1</c>, …).
    /// </summary>
    public static string OwnMember(string typeName) => "T_" + typeName.TrimStart('@');

    /// <summary>Writes the <c>JsonSchema</c> property of a type whose schema is <paramref name="schema"/>.</summary>
    public void WriteProperty(CodeWriter writer, JsonSchemaSpec schema, string summary)
    {
        writer.Line("/// <summary>" + summary + "</summary>");
        if (schema.Definitions.Count == 0 && schema.SelfReference is null)
        {
            writer.Line("public static string JsonSchema => " + CSharpLiterals.String(schema.Head + "\n}") + ";");
            return;
        }
        var arguments = new List<string>(schema.Definitions.Count + 2)
        {
            CSharpLiterals.String(schema.Head),
            schema.SelfReference is { } self ? CSharpLiterals.String(self) : "null",
        };
        foreach (JsonSchemaDefinitionSpec definition in schema.Definitions) arguments.Add(definition.Member ?? ClassName + ".R" + JsonCode.Int(IndexOf(definition)));
        writer.Line($"public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose({string.Join(", ", arguments)});");
        writer.Line("private static string? __jsonSchema;");
    }

    /// <summary>Writes the class of the entries, if the namespace has any.</summary>
    public void WriteClass(CodeWriter writer)
    {
        if (_owned.Count == 0 && _copied.Count == 0) return;
        writer.Line();
        writer.Line("/// <summary>The <c>$defs</c> entries of the JSON Schemas of the generated types, each written once: one per type of this namespace, and those of referenced assemblies its types use.</summary>");
        writer.Line(GeneratedCodeAttribute.Text);
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        using (writer.Braces($"internal static class {ClassName}"))
        {
            foreach (var (member, entry) in _owned) writer.Line($"internal const string {member} = {CSharpLiterals.String(entry)};");
            for (int i = 0; i < _copied.Count; i++) writer.Line($"internal const string R{JsonCode.Int(i)} = {CSharpLiterals.String(_copied[i])};");
        }
    }

    private int IndexOf(JsonSchemaDefinitionSpec definition)
    {
        string entry = definition.Entry!;
        if (!_byName.TryGetValue(definition.Name, out var texts)) _byName[definition.Name] = texts = new List<(string, int)>(1);
        foreach (var (known, index) in texts)
        {
            if (string.Equals(known, entry, System.StringComparison.Ordinal)) return index;
        }
        _copied.Add(entry);
        texts.Add((entry, _copied.Count - 1));
        return _copied.Count - 1;
    }
}
