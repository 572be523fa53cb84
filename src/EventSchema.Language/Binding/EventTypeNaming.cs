using System.Text;

namespace EventSchema.Language.Binding;

/// <summary>Builds default event type strings: <c>diplomacy.credentials-presented.v1</c>.</summary>
internal static class EventTypeNaming
{
    public static string DefaultEventType(string @namespace, string name, int version)
    {
        var builder = new StringBuilder(@namespace.Length + name.Length + 8);
        if (@namespace.Length > 0) builder.Append(@namespace.ToLowerInvariant()).Append('.');
        AppendKebabCase(builder, name);
        builder.Append(".v").Append(version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    /// <summary>
    /// <c>CredentialsPresented</c> becomes <c>credentials-presented</c>; an acronym stays one word
    /// (<c>HTTPRequest</c> becomes <c>http-request</c>); underscores become hyphens.
    /// </summary>
    public static void AppendKebabCase(StringBuilder builder, string name)
    {
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c == '_')
            {
                if (builder.Length > 0 && builder[builder.Length - 1] != '-' && builder[builder.Length - 1] != '.') builder.Append('-');
                continue;
            }
            bool upper = c >= 'A' && c <= 'Z';
            if (upper && i > 0)
            {
                char previous = name[i - 1];
                bool previousLowerOrDigit = (previous >= 'a' && previous <= 'z') || (previous >= '0' && previous <= '9');
                bool previousUpper = previous >= 'A' && previous <= 'Z';
                bool nextLower = i + 1 < name.Length && name[i + 1] >= 'a' && name[i + 1] <= 'z';
                if (previousLowerOrDigit || (previousUpper && nextLower))
                {
                    if (builder[builder.Length - 1] != '-') builder.Append('-');
                }
            }
            builder.Append(upper ? (char)(c + 32) : c);
        }
    }
}
