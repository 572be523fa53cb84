using System.Text;
using EventSchema.Language.Naming;

namespace EventSchema.Language.Binding;

/// <summary>Builds default event type strings: <c>diplomacy.credentials-presented.v1</c>.</summary>
internal static class EventTypeNaming
{
    /// <summary>The namespace in lower case, the name in kebab-case (<see cref="NameWords"/>), and the version.</summary>
    public static string DefaultEventType(string @namespace, string name, int version)
    {
        var builder = new StringBuilder(@namespace.Length + name.Length + 8);
        if (@namespace.Length > 0) builder.Append(@namespace.ToLowerInvariant()).Append('.');
        builder.Append(NameWords.ToKebabCase(name));
        builder.Append(".v").Append(version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return builder.ToString();
    }
}
