using System.Collections.Generic;
using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>
/// The <c>$defs</c> entries of one generated source, each written once as a constant of a file-local class, and the
/// <c>JsonSchema</c> properties that join a type's document from them on first use. Deeply connected schemas would
/// otherwise repeat every reachable definition in every type's document, which made most of the generated text.
/// </summary>
internal sealed class JsonSchemaDefinitionTable
{
    /// <summary>The file-local class of the entries; two underscores, as no schema name the generator emits starts so.</summary>
    public const string ClassName = "__JsonSchemaDefinitions";

    // By name, then by text: files bound in different runs may hold different texts for one name, each kept.
    private readonly Dictionary<string, List<(string Entry, int Index)>> _byName = new(System.StringComparer.Ordinal);
    private readonly List<string> _entries = new();

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
        foreach (JsonSchemaDefinitionSpec definition in schema.Definitions) arguments.Add(ClassName + ".D" + JsonCode.Int(IndexOf(definition)));
        writer.Line($"public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose({string.Join(", ", arguments)});");
        writer.Line("private static string? __jsonSchema;");
    }

    /// <summary>Writes the class of the entries, if any type used one.</summary>
    public void WriteClass(CodeWriter writer)
    {
        if (_entries.Count == 0) return;
        writer.Line();
        writer.Line("/// <summary>The <c>$defs</c> entries of the JSON Schemas of this source's types, each written once.</summary>");
        writer.Line(GeneratedCodeAttribute.Text);
        using (writer.Braces($"file static class {ClassName}"))
        {
            for (int i = 0; i < _entries.Count; i++)
            {
                writer.Line($"internal const string D{JsonCode.Int(i)} = {CSharpLiterals.String(_entries[i])};");
            }
        }
    }

    private int IndexOf(JsonSchemaDefinitionSpec definition)
    {
        if (!_byName.TryGetValue(definition.Name, out var texts)) _byName[definition.Name] = texts = new List<(string, int)>(1);
        foreach (var (entry, index) in texts)
        {
            if (string.Equals(entry, definition.Entry, System.StringComparison.Ordinal)) return index;
        }
        _entries.Add(definition.Entry);
        texts.Add((definition.Entry, _entries.Count - 1));
        return _entries.Count - 1;
    }
}
