using System.Text;
using EventSchema.Language.Syntax;

namespace EventSchema.Hardening.Tests.Infrastructure;

/// <summary>The ways <see cref="Mutator"/> changes a schema file.</summary>
public enum MutationKind
{
    BitFlip,
    ByteInsertion,
    CharacterInsertion,
    TokenInsertion,
    Deletion,
    TokenSwap,
    TokenDeletion,
    TokenDuplication,
    Splice,
}

/// <summary>
/// Random, reproducible edits of schema text, at the level of UTF-8 bytes (a bit flip can make invalid
/// UTF-8, read back as U+FFFD as an editor would), characters (including line breaks, NUL, surrogates,
/// bidi and invisible characters) and tokens (swapped, dropped, duplicated, or moved in from another file).
/// </summary>
public sealed class Mutator(IReadOnlyList<string> tokenPool)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Characters that lexers, line maps and code generators get wrong.</summary>
    public static readonly string InterestingCharacters =
        "{}()<>;:,.=?@\"\\/*#$-+_0123456789eE \t\r\n\0\u0085\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"
        + "\u200B\u200C\u200D\u2060\uFEFF\u00A0\u00E9\u0259\uFFFD\uD800\uDC00\u007F\u001B";

    public static IReadOnlyList<MutationKind> Kinds { get; } = Enum.GetValues<MutationKind>();

    /// <summary>Every distinct token text of <paramref name="texts"/>, for token-level mutations.</summary>
    public static IReadOnlyList<string> TokenPoolOf(IEnumerable<string> texts)
    {
        var pool = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string text in texts)
        {
            foreach (var token in SyntaxTree.Parse("pool.eventschema", text).GetTokens())
            {
                if (token.Text.Length > 0) pool.Add(token.Text);
            }
        }
        return pool.ToList();
    }

    public string Mutate(string text, MutationKind kind, Random random, string? other = null) => kind switch
    {
        MutationKind.BitFlip => FlipBit(text, random),
        MutationKind.ByteInsertion => InsertByte(text, random),
        MutationKind.CharacterInsertion => text.Insert(random.Next(text.Length + 1), RandomCharacters(random)),
        MutationKind.TokenInsertion => text.Insert(random.Next(text.Length + 1), tokenPool[random.Next(tokenPool.Count)]),
        MutationKind.Deletion => Delete(text, random),
        MutationKind.TokenSwap => SwapTokens(text, random),
        MutationKind.TokenDeletion => EditToken(text, random, duplicate: false),
        MutationKind.TokenDuplication => EditToken(text, random, duplicate: true),
        MutationKind.Splice => Splice(text, other ?? text, random),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string RandomCharacters(Random random)
    {
        int count = random.Next(1, 4);
        var builder = new StringBuilder(count);
        for (int i = 0; i < count; i++)
        {
            builder.Append(random.Next(6) == 0 ? (char)random.Next(0, 0x10000) : InterestingCharacters[random.Next(InterestingCharacters.Length)]);
        }
        return builder.ToString();
    }

    private static string FlipBit(string text, Random random)
    {
        byte[] bytes = Utf8.GetBytes(text);
        if (bytes.Length == 0) return text;
        int flips = random.Next(1, 4);
        for (int i = 0; i < flips; i++) bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        return Utf8.GetString(bytes);
    }

    private static string InsertByte(string text, Random random)
    {
        var bytes = new List<byte>(Utf8.GetBytes(text));
        bytes.Insert(random.Next(bytes.Count + 1), (byte)random.Next(256));
        return Utf8.GetString(bytes.ToArray());
    }

    private static string Delete(string text, Random random)
    {
        if (text.Length == 0) return text;
        int start = random.Next(text.Length);
        int length = Math.Min(text.Length - start, random.Next(1, 9));
        return text.Remove(start, length);
    }

    private static List<SyntaxToken> TokensOf(string text)
        => SyntaxTree.Parse("mutant.eventschema", text).GetTokens().Where(token => token.Text.Length > 0).ToList();

    private static string SwapTokens(string text, Random random)
    {
        var tokens = TokensOf(text);
        if (tokens.Count < 2) return text;
        var first = tokens[random.Next(tokens.Count)];
        var second = tokens[random.Next(tokens.Count)];
        if (first.Span.Start > second.Span.Start) (first, second) = (second, first);
        if (first == second) return text;
        return string.Concat(
            text.AsSpan(0, first.Span.Start),
            second.Text,
            text.AsSpan(first.Span.End, second.Span.Start - first.Span.End),
            first.Text + text.Substring(second.Span.End));
    }

    private static string EditToken(string text, Random random, bool duplicate)
    {
        var tokens = TokensOf(text);
        if (tokens.Count == 0) return text;
        var token = tokens[random.Next(tokens.Count)];
        return duplicate
            ? text.Insert(token.Span.End, " " + token.Text)
            : text.Remove(token.Span.Start, token.Span.Length);
    }

    private static string Splice(string text, string other, Random random)
        => text.Substring(0, random.Next(text.Length + 1)) + other.Substring(random.Next(other.Length + 1));
}
