namespace EventSchema.Language.Syntax;

/// <summary>The kinds of token the lexer produces.</summary>
public enum TokenKind
{
    /// <summary>The end of the file; carries the trivia after the last token.</summary>
    EndOfFile,
    /// <summary>A character that starts no token; skipped by the parser.</summary>
    BadToken,
    /// <summary>A name such as <c>Official</c> or <c>string</c>.</summary>
    Identifier,
    /// <summary>A double-quoted string, <c>"…"</c>.</summary>
    StringLiteral,
    /// <summary>A number such as <c>42</c>, <c>-1.5</c> or <c>1e3</c>.</summary>
    NumberLiteral,

    /// <summary><c>namespace</c></summary>
    NamespaceKeyword,
    /// <summary><c>using</c></summary>
    UsingKeyword,
    /// <summary><c>record</c></summary>
    RecordKeyword,
    /// <summary><c>event</c></summary>
    EventKeyword,
    /// <summary><c>enum</c></summary>
    EnumKeyword,
    /// <summary><c>scalar</c></summary>
    ScalarKeyword,
    /// <summary><c>union</c></summary>
    UnionKeyword,
    /// <summary><c>true</c></summary>
    TrueKeyword,
    /// <summary><c>false</c></summary>
    FalseKeyword,
    /// <summary><c>null</c></summary>
    NullKeyword,

    /// <summary><c>{</c></summary>
    OpenBrace,
    /// <summary><c>}</c></summary>
    CloseBrace,
    /// <summary><c>(</c></summary>
    OpenParen,
    /// <summary><c>)</c></summary>
    CloseParen,
    /// <summary><c>&lt;</c></summary>
    LessThan,
    /// <summary><c>&gt;</c></summary>
    GreaterThan,
    /// <summary><c>;</c></summary>
    Semicolon,
    /// <summary><c>:</c></summary>
    Colon,
    /// <summary><c>,</c></summary>
    Comma,
    /// <summary><c>.</c></summary>
    Dot,
    /// <summary><c>?</c></summary>
    Question,
    /// <summary><c>=</c></summary>
    Equals,
    /// <summary><c>@</c></summary>
    At,
    /// <summary><c>|</c>: separates the members of a union.</summary>
    Bar,
    /// <summary><c>...</c>: spreads a record's fields into another, <c>...ReportedFact;</c>.</summary>
    Ellipsis,
    /// <summary><c>[]</c>: the empty list, a default of a list or set field.</summary>
    EmptyList,
}
