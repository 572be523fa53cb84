using System.Collections.Generic;
using System.Globalization;
using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Analysis;

/// <summary>
/// Writes <c>[EventSchema.SchemaRules]</c> on generated properties and scalars: the rules the constant analyzer
/// checks, carried in metadata so that they reach projects that only reference the generated assembly.
/// </summary>
internal static class RuleMetadataEmitter
{
    private const string AttributeName = "global::EventSchema.SchemaRules";

    /// <summary>Writes the attribute of a property, if it has a rule or cannot be null.</summary>
    public static void WriteForProperty(CodeWriter writer, RecordSpec record, PropertySpec property)
    {
        bool required = !property.Shape.IsValueType && !property.IsOptional;
        RuleSpec rules = property.Rules;
        // Records and collections carry it even without rules: messages about their insides start with their names.
        bool named = property.Shape.Kind == ShapeKind.Record || property.Shape.IsCollection;
        if (!required && !named && !rules.HasValueRules && !rules.HasItemRules) return;

        var arguments = new List<string>
        {
            CSharpLiterals.String(record.SchemaName + "." + property.SchemaName + " in " + record.SchemaFileName),
            CSharpLiterals.String(property.DisplayName),
        };
        if (property.Shape.IsCollection) arguments.Add("ItemDisplayName = " + CSharpLiterals.String(property.ItemDisplayName));
        if (required) arguments.Add("Required = true");
        AddRules(arguments, rules);
        writer.Line($"[{AttributeName}({string.Join(", ", arguments)})]");
    }

    /// <summary>Writes the attribute of a scalar; every scalar has one, since <c>default</c> skips its rules.</summary>
    public static void WriteForScalar(CodeWriter writer, ScalarSpec scalar)
    {
        var arguments = new List<string>
        {
            CSharpLiterals.String(scalar.SchemaName + " in " + scalar.SchemaFileName),
            CSharpLiterals.String(scalar.DisplayName),
        };
        if (!scalar.Underlying.IsValueType) arguments.Add("Required = true");
        AddRules(arguments, scalar.Rules);
        writer.Line($"[{AttributeName}({string.Join(", ", arguments)})]");
    }

    private static void AddRules(List<string> arguments, RuleSpec rules)
    {
        Number("MinLength", rules.MinLength);
        Number("MaxLength", rules.MaxLength);
        Text("Pattern", rules.Pattern);
        Text("Minimum", rules.Minimum);
        Text("Maximum", rules.Maximum);
        Text("ExclusiveMinimum", rules.ExclusiveMinimum);
        Text("ExclusiveMaximum", rules.ExclusiveMaximum);
        Number("MinItems", rules.MinItems);
        Number("MaxItems", rules.MaxItems);
        if (rules.UniqueItems) arguments.Add("UniqueItems = true");

        void Number(string name, int? value)
        {
            if (value is int number) arguments.Add(name + " = " + number.ToString(CultureInfo.InvariantCulture));
        }

        void Text(string name, string? value)
        {
            if (value is not null) arguments.Add(name + " = " + CSharpLiterals.String(value));
        }
    }
}
