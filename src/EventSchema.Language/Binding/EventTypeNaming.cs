using System.Text;
using EventSchema.Language.Naming;

namespace EventSchema.Language.Binding;

/// <summary>Builds default event type strings: <c>diplomacy.credentials-presented.v1</c>.</summary>
internal static class EventTypeNaming
{
    /// <summary>The namespace in lower case, the name in kebab-case (<see cref="NameWords"/>), and the version.</summary>
    public static string DefaultEventType(string @namespace, string name, int version)
    {
        // Room for a hyphen every few letters, so the builder does not grow for ordinary names.
        var builder = Text.StringBuilderCache.Acquire(@namespace.Length + name.Length + name.Length / 4 + 8);
        if (@namespace.Length > 0) AppendLower(builder, @namespace).Append('.');
        NameWords.AppendJoinedLower(builder, name, '-');
        builder.Append(".v").Append(version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Text.StringBuilderCache.ToStringAndRelease(builder);
    }

    /// <summary><paramref name="text"/> as <see cref="string.ToLowerInvariant"/> gives it, without the copy when it is ASCII.</summary>
    private static StringBuilder AppendLower(StringBuilder builder, string text)
    {
        foreach (char c in text)
        {
            if (c > 0x7F) return builder.Append(text.ToLowerInvariant());
        }
        foreach (char c in text) builder.Append(c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
        return builder;
    }
}
