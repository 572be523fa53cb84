using System.Globalization;
using Microsoft.CodeAnalysis;

namespace EventSchema.Generator.Analysis;

/// <summary>
/// The rules of one generated property or scalar, decoded once from its <c>[EventSchema.SchemaRules]</c> attribute.
/// </summary>
internal sealed class MemberRules
{
    private MemberRules(string location, string displayName)
    {
        Location = location;
        DisplayName = displayName;
    }

    public string Location { get; }

    public string DisplayName { get; }

    public string? ItemDisplayName { get; private set; }

    public bool Required { get; private set; }

    public int? MinLength { get; private set; }

    public int? MaxLength { get; private set; }

    public string? Pattern { get; private set; }

    public string? Minimum { get; private set; }

    public string? Maximum { get; private set; }

    public string? ExclusiveMinimum { get; private set; }

    public string? ExclusiveMaximum { get; private set; }

    public int? MinItems { get; private set; }

    public int? MaxItems { get; private set; }

    public bool UniqueItems { get; private set; }

    /// <summary>Whether a text or a number can break a rule (the length, pattern and bound rules).</summary>
    public bool HasValueRules => MinLength is not null || MaxLength is not null || Pattern is not null
        || Minimum is not null || Maximum is not null || ExclusiveMinimum is not null || ExclusiveMaximum is not null;

    /// <summary>The rules in <paramref name="attribute"/>; null when it is malformed (written by another tool).</summary>
    public static MemberRules? Decode(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 2
            || attribute.ConstructorArguments[0].Value is not string location
            || attribute.ConstructorArguments[1].Value is not string displayName)
        {
            return null;
        }
        var rules = new MemberRules(location, displayName);
        foreach (var argument in attribute.NamedArguments)
        {
            object? value = argument.Value.Value;
            switch (argument.Key)
            {
                case "ItemDisplayName": rules.ItemDisplayName = value as string; break;
                case "Required": rules.Required = value is true; break;
                case "MinLength": rules.MinLength = Count(value); break;
                case "MaxLength": rules.MaxLength = Count(value); break;
                case "Pattern": rules.Pattern = value as string; break;
                case "Minimum": rules.Minimum = value as string; break;
                case "Maximum": rules.Maximum = value as string; break;
                case "ExclusiveMinimum": rules.ExclusiveMinimum = value as string; break;
                case "ExclusiveMaximum": rules.ExclusiveMaximum = value as string; break;
                case "MinItems": rules.MinItems = Count(value); break;
                case "MaxItems": rules.MaxItems = Count(value); break;
                case "UniqueItems": rules.UniqueItems = value is true; break;
            }
        }
        return rules;
    }

    private static int? Count(object? value) => value is int count && count >= 0 ? count : null;

    /// <summary>A rule as written in the schema, such as <c>@minLength(1)</c>.</summary>
    public static string Decorator(string name, int value) => "@" + name + "(" + value.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>A rule with a text or number argument as written in the schema.</summary>
    public static string Decorator(string name, string argument, bool quoted)
        => "@" + name + "(" + (quoted ? "\"" + argument.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"" : argument) + ")";
}
