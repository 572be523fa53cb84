namespace EventSchema.Language.Syntax;

/// <summary>Fixed facts about token kinds: their text, and which are keywords.</summary>
public static class TokenFacts
{
    /// <summary>The fixed text of a keyword or punctuation kind; null for kinds whose text varies.</summary>
    public static string? GetText(TokenKind kind) => kind switch
    {
        TokenKind.NamespaceKeyword => "namespace",
        TokenKind.UsingKeyword => "using",
        TokenKind.RecordKeyword => "record",
        TokenKind.EventKeyword => "event",
        TokenKind.EnumKeyword => "enum",
        TokenKind.ScalarKeyword => "scalar",
        TokenKind.UnionKeyword => "union",
        TokenKind.TrueKeyword => "true",
        TokenKind.FalseKeyword => "false",
        TokenKind.NullKeyword => "null",
        TokenKind.OpenBrace => "{",
        TokenKind.CloseBrace => "}",
        TokenKind.OpenParen => "(",
        TokenKind.CloseParen => ")",
        TokenKind.LessThan => "<",
        TokenKind.GreaterThan => ">",
        TokenKind.Semicolon => ";",
        TokenKind.Colon => ":",
        TokenKind.Comma => ",",
        TokenKind.Dot => ".",
        TokenKind.Question => "?",
        TokenKind.Equals => "=",
        TokenKind.At => "@",
        TokenKind.Bar => "|",
        TokenKind.Ellipsis => "...",
        TokenKind.EmptyList => "[]",
        _ => null,
    };

    /// <summary>How a kind is named in messages: the quoted text for fixed tokens, a description otherwise.</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.EndOfFile => "end of file",
        TokenKind.BadToken => "an unexpected character",
        TokenKind.Identifier => "a name",
        TokenKind.StringLiteral => "a string",
        TokenKind.NumberLiteral => "a number",
        _ => "'" + GetText(kind) + "'",
    };

    /// <summary>Whether <paramref name="kind"/> is a reserved word.</summary>
    public static bool IsKeyword(TokenKind kind) => kind >= TokenKind.NamespaceKeyword && kind <= TokenKind.NullKeyword;

    /// <summary>Whether <paramref name="kind"/> starts a top-level declaration or directive.</summary>
    public static bool IsDeclarationKeyword(TokenKind kind) => kind switch
    {
        TokenKind.NamespaceKeyword or TokenKind.UsingKeyword or TokenKind.RecordKeyword
            or TokenKind.EventKeyword or TokenKind.EnumKeyword or TokenKind.ScalarKeyword or TokenKind.UnionKeyword => true,
        _ => false,
    };

    /// <summary>Whether <paramref name="text"/> is a reserved word of the language (<c>record</c>, <c>null</c>…), which no name may be.</summary>
    public static bool IsKeyword(string text)
        => text is not null && TryGetKeyword(text, 0, text.Length, out _, out _);

    /// <summary>The keyword spelled by <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>, if any.</summary>
    internal static bool TryGetKeyword(string text, int start, int length, out TokenKind kind, out string keyword)
    {
        kind = TokenKind.Identifier;
        keyword = string.Empty;
        switch (length)
        {
            case 4:
                return Match(text, start, "enum", TokenKind.EnumKeyword, ref kind, ref keyword)
                    || Match(text, start, "true", TokenKind.TrueKeyword, ref kind, ref keyword)
                    || Match(text, start, "null", TokenKind.NullKeyword, ref kind, ref keyword);
            case 5:
                return Match(text, start, "using", TokenKind.UsingKeyword, ref kind, ref keyword)
                    || Match(text, start, "event", TokenKind.EventKeyword, ref kind, ref keyword)
                    || Match(text, start, "union", TokenKind.UnionKeyword, ref kind, ref keyword)
                    || Match(text, start, "false", TokenKind.FalseKeyword, ref kind, ref keyword);
            case 6:
                return Match(text, start, "record", TokenKind.RecordKeyword, ref kind, ref keyword)
                    || Match(text, start, "scalar", TokenKind.ScalarKeyword, ref kind, ref keyword);
            case 9:
                return Match(text, start, "namespace", TokenKind.NamespaceKeyword, ref kind, ref keyword);
            default:
                return false;
        }
    }

    private static bool Match(string text, int start, string candidate, TokenKind candidateKind, ref TokenKind kind, ref string keyword)
    {
        if (string.CompareOrdinal(text, start, candidate, 0, candidate.Length) != 0) return false;
        kind = candidateKind;
        keyword = candidate;
        return true;
    }
}
