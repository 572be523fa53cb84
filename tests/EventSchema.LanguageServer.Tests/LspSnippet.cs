using System.Text;

namespace EventSchema.LanguageServer.Tests;

/// <summary>
/// The LSP snippet grammar (specification 3.17, "Snippet Syntax"), strictly: a <c>$</c> that starts no tab stop,
/// placeholder or choice is refused rather than read as text, since clients differ on it. <see cref="Expand"/> gives
/// the text an editor inserts before the user types anything: every placeholder replaced by its default, every tab
/// stop by nothing, every choice by its first option.
/// </summary>
internal static class LspSnippet
{
    public static string Expand(string snippet)
    {
        int position = 0;
        var text = new StringBuilder();
        ReadSequence(snippet, ref position, text, inPlaceholder: false);
        return text.ToString();
    }

    // any* up to the end, or inside a placeholder up to its first unescaped '}' (left for the caller to consume).
    private static void ReadSequence(string snippet, ref int position, StringBuilder text, bool inPlaceholder)
    {
        while (position < snippet.Length)
        {
            char c = snippet[position];
            if (c == '}' && inPlaceholder) return;
            if (c == '\\' && position + 1 < snippet.Length && snippet[position + 1] is '$' or '}' or '\\')
            {
                text.Append(snippet[position + 1]);
                position += 2;
            }
            else if (c == '$')
            {
                ReadDollar(snippet, ref position, text);
            }
            else
            {
                text.Append(c);
                position++;
            }
        }
        if (inPlaceholder) throw new FormatException($"'{snippet}': a placeholder is not closed.");
    }

    private static void ReadDollar(string snippet, ref int position, StringBuilder text)
    {
        int dollar = position++;
        if (position < snippet.Length && char.IsAsciiDigit(snippet[position]))
        {
            ReadInt(snippet, ref position); // $1: a tab stop inserts nothing
            return;
        }
        if (position < snippet.Length && snippet[position] == '{')
        {
            position++;
            if (position < snippet.Length && char.IsAsciiDigit(snippet[position]))
            {
                ReadInt(snippet, ref position);
                if (position < snippet.Length && snippet[position] == '}') { position++; return; }
                if (position < snippet.Length && snippet[position] == ':')
                {
                    position++;
                    ReadSequence(snippet, ref position, text, inPlaceholder: true);
                    position++; // the '}' that closes it
                    return;
                }
                if (position < snippet.Length && snippet[position] == '|')
                {
                    position++;
                    text.Append(ReadChoice(snippet, ref position));
                    return;
                }
            }
        }
        // Variables ($TM_FILENAME, ${name:default}) are grammar too, but the server has no use for them: refuse them with the bare '$'.
        throw new FormatException($"'{snippet}': the '$' at {dollar} starts no tab stop, placeholder or choice; write '\\$' for a dollar sign.");
    }

    private static void ReadInt(string snippet, ref int position)
    {
        while (position < snippet.Length && char.IsAsciiDigit(snippet[position])) position++;
    }

    // text (',' text)* '|}': inside a choice a backslash also escapes ',' and '|'. The first option is the default.
    private static string ReadChoice(string snippet, ref int position)
    {
        var options = new List<string>();
        var option = new StringBuilder();
        while (position < snippet.Length)
        {
            char c = snippet[position];
            if (c == '\\' && position + 1 < snippet.Length && snippet[position + 1] is '$' or '}' or '\\' or ',' or '|')
            {
                option.Append(snippet[position + 1]);
                position += 2;
            }
            else if (c == ',')
            {
                options.Add(option.ToString());
                option.Clear();
                position++;
            }
            else if (c == '|' && position + 1 < snippet.Length && snippet[position + 1] == '}')
            {
                options.Add(option.ToString());
                position += 2;
                return options[0];
            }
            else
            {
                option.Append(c);
                position++;
            }
        }
        throw new FormatException($"'{snippet}': a choice is not closed with '|}}'.");
    }
}
