using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EventSchema.Language.Naming;

/// <summary>
/// Splits names into words, and joins the words in each casing the toolchain writes: event types and file names
/// (kebab-case), JSON property names (camel, snake, kebab) and C# names (Pascal). Every one of them asks here, so a
/// name is split the same way wherever it appears (docs/language.md, "How names are split into words").
/// </summary>
/// <remarks>
/// The rule: letters, digits and combining marks make up words; any other character (<c>_</c>, <c>-</c>, a space,
/// a dot) separates them and is dropped. Inside a run, a word starts at an upper-case letter after a lower-case
/// letter or a digit (<c>received|By</c>, <c>utf8|Name</c>) and at the last capital of a run of capitals followed by
/// a lower-case letter (<c>HTTP|Status</c>). A digit never starts a word: it stays with the letters before it
/// (<c>Utf8Name</c> is <c>utf8-name</c>, <c>Area51Report</c> is <c>area51-report</c>). Letter case is Unicode's, so
/// <c>ÉtatChangé</c> is <c>état-changé</c>.
/// </remarks>
public static class NameWords
{
    /// <summary>The words of <paramref name="name"/>, as written (their letter case unchanged).</summary>
    public static IReadOnlyList<string> Split(string name)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        var words = new List<string>();
        int position = 0;
        while (NextWord(name, ref position, out int start, out int end)) words.Add(name.Substring(start, end - start));
        return words;
    }

    /// <summary><c>CredentialsPresented</c> becomes <c>credentials-presented</c>.</summary>
    public static string ToKebabCase(string name) => JoinLower(name, '-');

    /// <summary><c>receivedBy</c> becomes <c>received_by</c>.</summary>
    public static string ToSnakeCase(string name) => JoinLower(name, '_');

    /// <summary><c>ReceivedBy</c> and <c>received_by</c> become <c>receivedBy</c>; <c>HTTPStatus</c> becomes <c>httpStatus</c>.</summary>
    public static string ToCamelCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        var words = Split(name);
        for (int i = 0; i < words.Count; i++)
        {
            string lower = words[i].ToLowerInvariant();
            builder.Append(i == 0 ? lower : Capitalize(lower));
        }
        return builder.ToString();
    }

    /// <summary>
    /// Each word with its first letter capitalized and the rest as written: <c>received_by</c> and <c>receivedBy</c>
    /// become <c>ReceivedBy</c>, <c>HTTPStatus</c> stays <c>HTTPStatus</c>.
    /// </summary>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (string word in Split(name)) builder.Append(Capitalize(word));
        return builder.ToString();
    }

    private static string JoinLower(string name, char separator)
    {
        var builder = new StringBuilder(name.Length + 4);
        AppendJoinedLower(builder, name, separator);
        return builder.ToString();
    }

    /// <summary>
    /// Appends the words of <paramref name="name"/> in lower case with <paramref name="separator"/> between them: what
    /// <see cref="ToKebabCase"/> returns, written straight into <paramref name="builder"/> without a string per word.
    /// </summary>
    internal static void AppendJoinedLower(StringBuilder builder, string name, char separator)
    {
        bool first = true;
        int position = 0;
        while (NextWord(name, ref position, out int start, out int end)) AppendLowerWord(builder, name, start, end, separator, ref first);
    }

    /// <summary>
    /// The next word at or after <paramref name="position"/>: its range <c>[start, end)</c>, with
    /// <paramref name="position"/> moved past it; false when no word is left. The one place the rule above is applied.
    /// </summary>
    private static bool NextWord(string name, ref int position, out int start, out int end)
    {
        int i = position;
        while (i < name.Length && !IsWordPart(name[i])) i++;
        start = i;
        if (i == name.Length)
        {
            end = i;
            position = i;
            return false;
        }
        // The first character always belongs to the word; each later one may start the next word.
        i++;
        while (i < name.Length && IsWordPart(name[i]) && !StartsWord(name, i)) i++;
        end = i;
        position = i;
        return true;
    }

    /// <summary>The word <c>name[start..end)</c> in lower case; an ASCII word char by char, any other as the invariant culture lowers it.</summary>
    private static void AppendLowerWord(StringBuilder builder, string name, int start, int end, char separator, ref bool first)
    {
        if (!first) builder.Append(separator);
        first = false;
        for (int i = start; i < end; i++)
        {
            if (name[i] > 0x7F)
            {
                builder.Append(name.Substring(start, end - start).ToLowerInvariant());
                return;
            }
        }
        for (int i = start; i < end; i++)
        {
            char c = name[i];
            builder.Append(c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
        }
    }

    private static string Capitalize(string word)
        => word.Length == 0 || !char.IsLower(word[0]) ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);

    private static bool StartsWord(string name, int index)
    {
        char c = name[index];
        if (!char.IsUpper(c)) return false;
        // A combining mark takes the case of the letter it sits on: "e\u0301" is a lower-case é.
        int before = index - 1;
        while (before > 0 && IsMark(name[before])) before--;
        char previous = name[before];
        if (char.IsLower(previous) || char.IsDigit(previous)) return true;
        return char.IsUpper(previous) && index + 1 < name.Length && char.IsLower(name[index + 1]);
    }

    // Surrogates are kept inside words: a letter outside the BMP is never a separator.
    private static bool IsWordPart(char c)
    {
        return char.IsLetterOrDigit(c) || char.IsSurrogate(c) || IsMark(c);
    }

    private static bool IsMark(char c)
        => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
