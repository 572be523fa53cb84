using System.ComponentModel.DataAnnotations;

namespace EventSchema.Benchmarks.Validation.Peers;

/// <summary>DataAnnotations has no rule for distinct list items (the schema's <c>@uniqueItems</c>), so a peer writes one.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class UniqueItemsAttribute : ValidationAttribute
{
    /// <inheritdoc />
    public override bool IsValid(object? value)
    {
        if (value is not List<string> items) return true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string item in items)
        {
            if (!seen.Add(item)) return false;
        }
        return true;
    }
}
