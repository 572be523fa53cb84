using System.Collections.Generic;
using System.Threading;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Syntax;

/// <summary>
/// A recursive-descent parser over the lexer's tokens. It never fails: a missing token is synthesised with
/// zero width, and text that fits nowhere is kept as skipped tokens. It resynchronises on <c>;</c>, <c>}</c>
/// and declaration keywords, and reports at most one error per token position, so one mistake gives one error.
/// </summary>
internal sealed class Parser
{
    private const int MaxTypeDepth = 32;

    private static readonly DecoratorSyntax[] NoDecorators = [];

    private readonly SourceText _source;
    private readonly SyntaxToken[] _tokens;
    private readonly List<Diagnostic> _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private int _index;
    private int _lastErrorIndex = -1;
    private int _typeDepth;

    private Parser(SourceText source, SyntaxToken[] tokens, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        _source = source;
        _tokens = tokens;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    public static CompilationUnitSyntax Parse(SourceText source, SyntaxToken[] tokens, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
        => new Parser(source, tokens, diagnostics, cancellationToken).ParseCompilationUnit();

    private SyntaxToken Current => _tokens[_index];

    private SyntaxToken Peek(int offset)
    {
        int index = _index + offset;
        return _tokens[index < _tokens.Length ? index : _tokens.Length - 1];
    }

    private SyntaxToken Advance()
    {
        var token = _tokens[_index];
        if (token.Kind != TokenKind.EndOfFile) _index++;
        return token;
    }

    /// <summary>Where a missing token goes: right after the previous token, as compilers report it.</summary>
    private int MissingPosition => _index > 0 ? _tokens[_index - 1].Span.End : Current.Span.Start;

    /// <summary>Whether a line break separates the token at <paramref name="index"/> from the one before it.</summary>
    private bool StartsLine(int index)
    {
        if (index == 0) return true;
        string text = _source.Text;
        for (int i = _tokens[index - 1].Span.End, end = _tokens[index].Span.Start; i < end; i++)
        {
            if (CharacterFacts.IsLineBreak(text[i])) return true;
        }
        return false;
    }

    private void Report(Diagnostic diagnostic)
    {
        // One error per position: whatever follows from the first error at a token is a cascade,
        // and so is a missing token right after a token the lexer already reported as malformed.
        if (_index == _lastErrorIndex) return;
        if (_index > 0 && _tokens[_index - 1].HasLexicalError && diagnostic.Span.Length == 0) return;
        _lastErrorIndex = _index;
        _diagnostics.Add(diagnostic);
    }

    private string DescribeCurrent()
    {
        var token = Current;
        return token.Kind switch
        {
            TokenKind.EndOfFile => "end of file",
            TokenKind.BadToken => "'" + token.Text + "'",
            TokenKind.StringLiteral => "a string",
            TokenKind.NumberLiteral => "'" + token.Text + "'",
            _ => "'" + token.Text + "'",
        };
    }

    private SyntaxToken Expect(TokenKind kind, string? description = null)
    {
        if (Current.Kind == kind) return Advance();
        return Missing(kind, description ?? TokenFacts.Describe(kind));
    }

    /// <summary>Reports and synthesises <paramref name="kind"/> without looking at the current token.</summary>
    private SyntaxToken Missing(TokenKind kind, string description)
    {
        int position = MissingPosition;
        Report(DiagnosticBuilder.At(_source, new TextSpan(position, 0)).ExpectedToken(description, DescribeCurrent()));
        return SyntaxToken.Missing(kind, position);
    }

    private SyntaxToken ExpectName(string description)
    {
        if (Current.Kind == TokenKind.Identifier) return Advance();
        if (IsNameStartingWithDigit(Current)) return NameStartingWithDigit(keepOnTheWire: null);
        // 'record event { … }': a keyword where the name goes, followed by what follows a name. One error, and the
        // keyword is read as the name so the declaration is still parsed (and its other mistakes found).
        if (TokenFacts.IsKeyword(Current.Kind) && Peek(1).Kind is TokenKind.OpenBrace or TokenKind.Colon or TokenKind.Equals)
        {
            Report(DiagnosticBuilder.At(_source, Current.Span).KeywordAsName(Current.Text, description));
            return Advance().WithKind(TokenKind.Identifier);
        }
        return Expect(TokenKind.Identifier, description);
    }

    /// <summary>
    /// <c>1Abc</c>: a digit and then letters, which the lexer read as a malformed number (ES0005) without knowing that a
    /// name goes here. A number with letters in it is never a number, so where a name belongs it is a name.
    /// </summary>
    private static bool IsNameStartingWithDigit(SyntaxToken token)
    {
        if (token.Kind != TokenKind.NumberLiteral || !token.HasLexicalError) return false;
        string text = token.Text;
        if (!CharacterFacts.IsDigit(text[0])) return false;
        bool hasLetter = false;
        foreach (char c in text)
        {
            if (!CharacterFacts.IsAsciiIdentifierPart(c)) return false;
            if (!CharacterFacts.IsDigit(c)) hasLetter = true;
        }
        return hasLetter;
    }

    /// <summary>
    /// Reads the current token, a name that starts with a digit, as a name: one error that says so replaces the lexer's
    /// "not a valid number", and the declaration, field or member is still parsed (and its other mistakes found).
    /// </summary>
    private SyntaxToken NameStartingWithDigit(string? keepOnTheWire)
    {
        var token = Current;
        _diagnostics.RemoveAll(d => d.Code == DiagnosticBuilder.InvalidNumberDefinition.Code && d.Span == token.Span);
        Report(DiagnosticBuilder.At(_source, token.Span).NameStartsWithDigit(token.Text, keepOnTheWire));
        return Advance().WithKind(TokenKind.Identifier);
    }

    // Top level.

    private CompilationUnitSyntax ParseCompilationUnit()
    {
        var members = new List<SyntaxNode>();
        while (Current.Kind != TokenKind.EndOfFile)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            int start = _index;
            var decorators = ParseDecorators();
            switch (Current.Kind)
            {
                case TokenKind.NamespaceKeyword:
                    members.Add(ParseNamespace(decorators));
                    break;
                case TokenKind.UsingKeyword:
                    members.Add(ParseUsing(decorators));
                    break;
                case TokenKind.RecordKeyword:
                case TokenKind.EventKeyword:
                    members.Add(ParseRecord(decorators));
                    break;
                case TokenKind.EnumKeyword:
                    members.Add(ParseEnum(decorators));
                    break;
                case TokenKind.ScalarKeyword:
                    members.Add(ParseScalar(decorators));
                    break;
                case TokenKind.UnionKeyword:
                    members.Add(ParseUnion(decorators));
                    break;
                default:
                    if (TryRespellKeyword())
                    {
                        // The misspelled keyword now reads as the keyword it resembles: parse what it starts.
                        switch (Current.Kind)
                        {
                            case TokenKind.NamespaceKeyword: members.Add(ParseNamespace(decorators)); break;
                            case TokenKind.UsingKeyword: members.Add(ParseUsing(decorators)); break;
                            case TokenKind.EnumKeyword: members.Add(ParseEnum(decorators)); break;
                            case TokenKind.ScalarKeyword: members.Add(ParseScalar(decorators)); break;
                            case TokenKind.UnionKeyword: members.Add(ParseUnion(decorators)); break;
                            default: members.Add(ParseRecord(decorators)); break;
                        }
                        break;
                    }
                    members.Add(SkipAtTopLevel(decorators));
                    break;
            }
            if (_index == start && Current.Kind != TokenKind.EndOfFile)
            {
                // Nothing was consumed; skip one token so the loop always moves on.
                members.Add(new SkippedTokensSyntax([Advance()]));
            }
        }
        return new CompilationUnitSyntax(members, Current);
    }

    private static readonly string[] TopLevelKeywords = ["record", "event", "enum", "scalar", "union", "namespace", "using"];

    /// <summary>
    /// <c>recrod Port {</c>: a name that nearly spells a keyword, where the keyword's construct clearly follows
    /// (a name, then <c>{</c>, <c>:</c> or <c>;</c>). It is reported once and re-read as that keyword, so the
    /// declaration still exists and nothing that uses it gets an error of its own.
    /// </summary>
    private bool TryRespellKeyword()
    {
        var token = Current;
        if (token.Kind != TokenKind.Identifier || Peek(1).Kind != TokenKind.Identifier) return false;
        var after = Peek(2).Kind;
        string? keyword = Binding.NameSimilarity.FindClosest(token.Text, TopLevelKeywords);
        if (keyword is null) return false;
        bool fits = keyword switch
        {
            "record" or "event" or "enum" => after == TokenKind.OpenBrace,
            "scalar" => after == TokenKind.Colon,
            "union" => after == TokenKind.Equals,
            _ => after is TokenKind.Semicolon or TokenKind.Dot,
        };
        if (!fits) return false;
        TokenFacts.TryGetKeyword(keyword, 0, keyword.Length, out TokenKind kind, out _);
        Report(DiagnosticBuilder.At(_source, token.Span).MisspelledKeyword(token.Text, keyword));
        _tokens[_index] = token.WithKind(kind);
        return true;
    }

    private SkippedTokensSyntax SkipAtTopLevel(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var elements = new List<SyntaxElement>(decorators);
        if (Current.Kind == TokenKind.EndOfFile)
        {
            ReportDangling(decorators);
            return new SkippedTokensSyntax(elements);
        }
        int firstSkipped = _index;
        int depth = 0;
        while (Current.Kind != TokenKind.EndOfFile)
        {
            var kind = Current.Kind;
            if (_index > firstSkipped)
            {
                if (depth == 0 && (kind == TokenKind.At || kind == TokenKind.NamespaceKeyword || kind == TokenKind.UsingKeyword)) break;
                if (IsTypeDeclarationStart()) break;
            }
            if (kind == TokenKind.OpenBrace) depth++;
            elements.Add(Advance());
            if (kind == TokenKind.CloseBrace && --depth <= 0) { depth = 0; if (_index - firstSkipped > 1) break; }
            if (kind == TokenKind.Semicolon && depth == 0) break;
        }
        ReportSkipped(firstSkipped, _index, "a declaration: 'record', 'event', 'enum', 'scalar', 'union', 'namespace' or 'using'");
        return new SkippedTokensSyntax(elements);
    }

    /// <summary>
    /// Reports skipped tokens [from, to) once. Characters the lexer already reported are left out of the span,
    /// so the same text never gets two errors.
    /// </summary>
    private void ReportSkipped(int from, int to, string expected)
    {
        int first = from;
        while (first < to && _tokens[first].Kind == TokenKind.BadToken) first++;
        int last = to - 1;
        while (last >= first && _tokens[last].Kind == TokenKind.BadToken) last--;
        if (first > last) return;
        var span = TextSpan.FromBounds(_tokens[first].Span.Start, _tokens[last].Span.End);
        int saved = _index;
        _index = first;
        Report(DiagnosticBuilder.At(_source, span).UnexpectedTokens(DescribeCurrent(), expected));
        _index = saved;
    }

    private void ReportDangling(IReadOnlyList<DecoratorSyntax> decorators)
    {
        if (decorators.Count == 0) return;
        var span = TextSpan.FromBounds(decorators[0].Span.Start, decorators[decorators.Count - 1].Span.End);
        Report(DiagnosticBuilder.At(_source, span).DanglingDecorators());
    }

    /// <summary><c>record|event|enum|scalar|union Name</c>: a declaration starts here even if the one before never closed.</summary>
    private bool IsTypeDeclarationStart()
    {
        var kind = Current.Kind;
        return (kind == TokenKind.RecordKeyword || kind == TokenKind.EventKeyword || kind == TokenKind.EnumKeyword || kind == TokenKind.ScalarKeyword || kind == TokenKind.UnionKeyword)
            && Peek(1).Kind == TokenKind.Identifier;
    }

    private bool IsDirectiveStart()
    {
        var kind = Current.Kind;
        return (kind == TokenKind.NamespaceKeyword || kind == TokenKind.UsingKeyword) && Peek(1).Kind == TokenKind.Identifier;
    }

    private NamespaceDeclarationSyntax ParseNamespace(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Advance();
        var name = ParseName("a namespace name");
        var semicolon = ExpectSemicolon();
        return new NamespaceDeclarationSyntax(decorators, keyword, name, semicolon);
    }

    private UsingDirectiveSyntax ParseUsing(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Advance();
        var name = ParseName("a namespace name");
        var semicolon = ExpectSemicolon();
        return new UsingDirectiveSyntax(decorators, keyword, name, semicolon);
    }

    private NameSyntax ParseName(string description)
    {
        var first = ExpectName(description);
        if (Current.Kind != TokenKind.Dot) return new NameSyntax(first);
        var identifiers = new List<SyntaxToken> { first };
        var dots = new List<SyntaxToken>();
        while (Current.Kind == TokenKind.Dot)
        {
            dots.Add(Advance());
            identifiers.Add(ExpectName("a name after '.'"));
        }
        return new NameSyntax(identifiers, dots);
    }

    /// <summary>
    /// Expects the <c>;</c> that ends a directive, field or scalar. When the line goes on with text that
    /// cannot continue the construct, one error is reported and the parser resynchronises on the next line.
    /// </summary>
    private SyntaxToken ExpectSemicolon() => Expect(TokenKind.Semicolon);

    // Decorators and literals.

    private IReadOnlyList<DecoratorSyntax> ParseDecorators()
    {
        if (Current.Kind != TokenKind.At) return NoDecorators;
        var buffer = TakeBuffer(ref _decoratorBuffer);
        while (Current.Kind == TokenKind.At) buffer.Add(ParseDecorator());
        return ReturnBuffer(ref _decoratorBuffer, buffer);
    }

    // The lists a tree keeps for good (a field's decorators, a record's members) are collected in a reused buffer and
    // copied out at their exact count: no list object and no spare capacity stay alive with the tree.
    private List<DecoratorSyntax>? _decoratorBuffer;
    private List<SyntaxNode>? _memberBuffer;

    /// <summary>The buffer, emptied; a nested call finds none there and makes its own.</summary>
    private static List<T> TakeBuffer<T>(ref List<T>? buffer)
    {
        var taken = buffer ?? new List<T>(16);
        buffer = null;
        return taken;
    }

    /// <summary>The buffer's items as an array, and the buffer back in its place, emptied.</summary>
    private static T[] ReturnBuffer<T>(ref List<T>? buffer, List<T> taken)
    {
        var items = taken.ToArray();
        taken.Clear();
        buffer = taken;
        return items;
    }

    private DecoratorSyntax ParseDecorator()
    {
        var at = Advance();
        // "@ name: string;" lost its decorator name; the field that follows is not the decorator's name.
        bool fieldFollows = Peek(1).Kind == TokenKind.Colon || Peek(1).Kind == TokenKind.Question;
        SyntaxToken name = (Current.Kind == TokenKind.Identifier || (TokenFacts.IsKeyword(Current.Kind) && !StartsLine(_index))) && !fieldFollows
            ? Advance()
            : Missing(TokenKind.Identifier, "a decorator name after '@'");
        DecoratorArgumentListSyntax? arguments = null;
        if (Current.Kind == TokenKind.OpenParen) arguments = ParseArgumentList();
        return new DecoratorSyntax(at, name, arguments);
    }

    private DecoratorArgumentListSyntax ParseArgumentList()
    {
        var open = Advance();
        IReadOnlyList<LiteralSyntax> arguments = [];
        IReadOnlyList<SyntaxToken> commas = [];
        if (Current.Kind != TokenKind.CloseParen)
        {
            var first = ParseLiteral("a value");
            if (Current.Kind != TokenKind.Comma)
            {
                // Nearly every decorator takes one argument: no lists for it.
                return new DecoratorArgumentListSyntax(open, first, Expect(TokenKind.CloseParen));
            }
            else
            {
                var argumentList = new List<LiteralSyntax> { first };
                var commaList = new List<SyntaxToken>();
                while (Current.Kind == TokenKind.Comma)
                {
                    commaList.Add(Advance());
                    argumentList.Add(ParseLiteral("a value"));
                }
                arguments = argumentList;
                commas = commaList;
            }
        }
        var close = Expect(TokenKind.CloseParen);
        return new DecoratorArgumentListSyntax(open, arguments, commas, close);
    }

    private static bool IsLiteralStart(TokenKind kind) => kind is TokenKind.StringLiteral or TokenKind.NumberLiteral
        or TokenKind.TrueKeyword or TokenKind.FalseKeyword or TokenKind.NullKeyword or TokenKind.Identifier;

    private LiteralSyntax ParseLiteral(string description)
    {
        if (IsLiteralStart(Current.Kind)) return new LiteralSyntax(Advance());
        return new LiteralSyntax(Expect(TokenKind.Identifier, description));
    }

    // Declarations.

    private RecordDeclarationSyntax ParseRecord(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Advance();
        var name = ExpectName("a name for the " + keyword.Text);
        var open = Expect(TokenKind.OpenBrace);
        var members = TakeBuffer(ref _memberBuffer);
        SyntaxToken close;
        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var kind = Current.Kind;
            if (kind == TokenKind.CloseBrace) { close = Advance(); break; }
            if (kind == TokenKind.EndOfFile || IsTypeDeclarationStart() || IsDirectiveStart()) { close = Expect(TokenKind.CloseBrace); break; }
            int start = _index;
            members.Add(ParseFieldOrSkip());
            if (_index == start) members.Add(new SkippedTokensSyntax([Advance()]));
        }
        return new RecordDeclarationSyntax(decorators, keyword, name, open, ReturnBuffer(ref _memberBuffer, members), close);
    }

    private bool IsFieldStart()
    {
        var kind = Current.Kind;
        if (kind != TokenKind.Identifier && !TokenFacts.IsKeyword(kind) && !IsNameStartingWithDigit(Current)) return false;
        var next = Peek(1).Kind;
        if (next == TokenKind.Colon || next == TokenKind.Question) return true;
        // "name string;" on a line of its own is a field missing its colon.
        return kind == TokenKind.Identifier && next == TokenKind.Identifier && StartsLine(_index);
    }

    private SyntaxNode ParseFieldOrSkip()
    {
        var decorators = ParseDecorators();
        if (IsFieldStart()) return ParseField(decorators);
        if (Current.Kind == TokenKind.Ellipsis)
        {
            // A spread takes no decorators: its fields keep their own.
            ReportDangling(decorators);
            return ParseSpread(decorators);
        }
        if (IsQuotedFieldStart()) return ParseQuotedField(decorators);

        var kind = Current.Kind;
        if (kind == TokenKind.CloseBrace || kind == TokenKind.EndOfFile || IsTypeDeclarationStart() || IsDirectiveStart())
        {
            ReportDangling(decorators);
            return new SkippedTokensSyntax(decorators);
        }
        return SkipInBody(decorators, "a field such as 'name: string;'", stopAtComma: false);
    }

    /// <summary>Skips to the end of the broken member: past a <c>;</c> (or <c>,</c> in an enum), or up to <c>}</c>, a decorator, or the next member's line.</summary>
    private SkippedTokensSyntax SkipInBody(IReadOnlyList<DecoratorSyntax> decorators, string expected, bool stopAtComma)
    {
        var elements = new List<SyntaxElement>(decorators);
        int firstSkipped = _index;
        while (true)
        {
            var kind = Current.Kind;
            if (kind == TokenKind.EndOfFile || kind == TokenKind.CloseBrace) break;
            if (_index > firstSkipped)
            {
                if (kind == TokenKind.At || IsTypeDeclarationStart() || IsDirectiveStart()) break;
                if (!stopAtComma && StartsLine(_index) && (IsFieldStart() || kind == TokenKind.Ellipsis)) break;
                if (stopAtComma && StartsLine(_index) && kind == TokenKind.Identifier) break;
            }
            elements.Add(Advance());
            if (kind == TokenKind.Semicolon || (stopAtComma && kind == TokenKind.Comma)) break;
        }
        ReportSkipped(firstSkipped, _index, expected);
        return new SkippedTokensSyntax(elements);
    }

    private FieldDeclarationSyntax ParseField(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var name = IsNameStartingWithDigit(Current)
            ? NameStartingWithDigit(HasWireName(decorators) ? null : $"keep it on the wire with @json(\"{Current.Text}\")")
            : Advance();
        if (name.Kind == TokenKind.Identifier && name.Text.IndexOf('-') >= 0) OfferWireNameFix(name, decorators);
        var question = Current.Kind == TokenKind.Question ? Advance() : null;
        var colon = Expect(TokenKind.Colon);
        var type = ParseType();
        if (Current.Kind == TokenKind.Bar) type = ParseUnionType(type);
        DefaultValueSyntax? defaultValue = Current.Kind == TokenKind.Equals ? ParseDefaultValue() : null;
        var misplaced = Current;
        int reported = _diagnostics.Count;
        var semicolon = ExpectSemicolon();
        if (_diagnostics.Count == reported + 1) ExplainMissingSemicolon(reported, name, misplaced, question is null);
        return new FieldDeclarationSyntax(decorators, name, question, colon, type, defaultValue, semicolon);
    }

    /// <summary>
    /// The usual reasons a field's ';' is missing, said as such instead of "expected ';'": the optional mark written
    /// after the type (<c>email: string?;</c>, C#'s habit) and a ',' ending the field (JSON's and C#'s enums' habit).
    /// </summary>
    private void ExplainMissingSemicolon(int index, SyntaxToken name, SyntaxToken found, bool notYetOptional)
    {
        if (found.Kind == TokenKind.Question && notYetOptional && name.Kind == TokenKind.Identifier)
        {
            var span = TextSpan.FromBounds(name.Span.Start, found.Span.End);
            string written = _source.Text.Substring(span.Start, span.Length);
            string between = _source.Text.Substring(name.Span.End, found.Span.Start - name.Span.End);
            _diagnostics[index] = DiagnosticBuilder.At(_source, span).OptionalMarkAfterType(written, name.Text + "?" + between);
        }
        else if (found.Kind == TokenKind.Comma)
        {
            _diagnostics[index] = DiagnosticBuilder.At(_source, found.Span).CommaEndsField();
        }
    }

    /// <summary>
    /// The lexer reported ES0013 on a hyphenated name without knowing what it names; on a field, renaming it alone would
    /// change the wire name, so the fix writes <c>@json("port-code") portCode</c> instead.
    /// </summary>
    private void OfferWireNameFix(SyntaxToken name, IReadOnlyList<DecoratorSyntax> decorators)
    {
        int index = _diagnostics.FindIndex(d => d.Code == DiagnosticBuilder.HyphenInNameDefinition.Code && d.Span == name.Span);
        if (index < 0 || _diagnostics[index].Fixes.Count == 0) return;
        string suggestion = _diagnostics[index].Fixes[0].Replacement;
        _diagnostics[index] = DiagnosticBuilder.At(_source, name.Span).HyphenInFieldName(name.Text, suggestion, HasWireName(decorators));
    }

    /// <summary>
    /// ES0013 from the lexer on an enum member: renaming it alone would change its JSON value, so the fix writes
    /// <c>roRo = "ro-ro"</c>. On the value (<c>roRo = ro-ro</c>) it is no name at all: ES0058 says the value is a string.
    /// </summary>
    private void RefineHyphenInEnumMember(SyntaxToken name, DefaultValueSyntax? value)
    {
        if (value is not null)
        {
            var valueSpan = value.Value.Token.Span;
            _diagnostics.RemoveAll(d => d.Code == DiagnosticBuilder.HyphenInNameDefinition.Code && d.Span == valueSpan);
        }
        int index = _diagnostics.FindIndex(d => d.Code == DiagnosticBuilder.HyphenInNameDefinition.Code && d.Span == name.Span);
        if (index < 0 || _diagnostics[index].Fixes.Count == 0) return;
        string suggestion = _diagnostics[index].Fixes[0].Replacement;
        _diagnostics[index] = DiagnosticBuilder.At(_source, name.Span).HyphenInEnumMember(name.Text, suggestion, value is not null);
    }

    private static bool HasWireName(IReadOnlyList<DecoratorSyntax> decorators)
    {
        foreach (var decorator in decorators)
        {
            if (decorator.Name.Text == Binding.DecoratorDefinition.Json.Name) return true;
        }
        return false;
    }

    /// <summary><c>...ReportedFact;</c>: a record's fields spread into this one.</summary>
    private SpreadSyntax ParseSpread(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var ellipsis = Advance();
        var name = ParseName("the name of a record to spread after '...'");
        var semicolon = ExpectSemicolon();
        return new SpreadSyntax(decorators, ellipsis, name, semicolon);
    }

    /// <summary><c>"port-code": string;</c>, as JSON Schema or TypeScript would write it.</summary>
    private bool IsQuotedFieldStart()
        => Current.Kind == TokenKind.StringLiteral && Peek(1).Kind is TokenKind.Colon or TokenKind.Question;

    /// <summary>Parses a field whose name is a string: one error that shows the identifier and <c>@json</c> to write, and the field is kept.</summary>
    private FieldDeclarationSyntax ParseQuotedField(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var name = Current;
        if (!name.HasLexicalError)
        {
            string wire = Binding.StringLiteral.Decode(name.Text, name.Span.Start).Value;
            Report(DiagnosticBuilder.At(_source, name.Span).QuotedFieldName(name.Text, wire, Binding.FieldNameHints.Identifier(wire), HasWireName(decorators)));
        }
        return ParseField(decorators);
    }

    /// <summary><c>Rail | Sea</c>: the members of a union, after the first one.</summary>
    private UnionTypeSyntax ParseUnionType(TypeSyntax first)
    {
        var alternatives = new List<TypeSyntax> { first };
        var bars = new List<SyntaxToken>();
        while (Current.Kind == TokenKind.Bar)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            bars.Add(Advance());
            alternatives.Add(ParseType());
        }
        return new UnionTypeSyntax(alternatives, bars);
    }

    private DefaultValueSyntax ParseDefaultValue()
    {
        var equalsToken = Advance();
        // A value the lexer already reported (such as '[1, 2]') is still the value: nothing more to say about it.
        var value = Current.Kind is TokenKind.BadToken or TokenKind.EmptyList ? new LiteralSyntax(Advance())
            : Current.Kind == TokenKind.OpenBrace && Peek(1).Kind == TokenKind.CloseBrace ? new LiteralSyntax(Advance(), Advance())
            : ParseLiteral("a value after '='");
        return new DefaultValueSyntax(equalsToken, value);
    }

    private TypeSyntax ParseType()
    {
        if (Current.Kind != TokenKind.Identifier && !IsNameStartingWithDigit(Current))
        {
            var missing = Expect(TokenKind.Identifier, "a type");
            return new NamedTypeSyntax(new NameSyntax(missing));
        }
        var name = ParseName("a type name");
        if (Current.Kind != TokenKind.LessThan) return new NamedTypeSyntax(name);
        if (_typeDepth >= MaxTypeDepth)
        {
            Report(DiagnosticBuilder.At(_source, Current.Span).UnexpectedTokens("'<'", $"a simpler type; types nest at most {MaxTypeDepth} levels deep"));
            return new NamedTypeSyntax(name);
        }
        _typeDepth++;
        var lessThan = Advance();
        var first = ParseTypeArgument();
        IReadOnlyList<TypeSyntax> arguments = [first];
        IReadOnlyList<SyntaxToken> commas = [];
        if (Current.Kind == TokenKind.Comma)
        {
            var argumentList = new List<TypeSyntax> { first };
            var commaList = new List<SyntaxToken>();
            while (Current.Kind == TokenKind.Comma)
            {
                commaList.Add(Advance());
                argumentList.Add(ParseTypeArgument());
            }
            arguments = argumentList;
            commas = commaList;
        }
        var greaterThan = Expect(TokenKind.GreaterThan);
        _typeDepth--;
        return new GenericTypeSyntax(name, lessThan, arguments, commas, greaterThan);
    }

    /// <summary>
    /// A type argument, with item decorators before it and a <c>?</c> after it when they are written. A union there is
    /// kept whole, so the binder can say where unions may be written (ES0012).
    /// </summary>
    private TypeSyntax ParseTypeArgument()
    {
        var decorators = ParseDecorators();
        var type = ParseType();
        if (Current.Kind == TokenKind.Bar) type = ParseUnionType(type);
        var question = Current.Kind == TokenKind.Question ? Advance() : null;
        return decorators.Count == 0 && question is null ? type : new ItemTypeSyntax(decorators, type, question);
    }

    private EnumDeclarationSyntax ParseEnum(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Advance();
        var name = ExpectName("a name for the enum");
        var open = Expect(TokenKind.OpenBrace);
        var members = new List<SyntaxNode>();
        SyntaxToken close;
        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (Current.Kind == TokenKind.CloseBrace) { close = Advance(); break; }
            if (Current.Kind == TokenKind.EndOfFile || IsTypeDeclarationStart() || IsDirectiveStart()) { close = Expect(TokenKind.CloseBrace); break; }
            int start = _index;
            var memberDecorators = ParseDecorators();
            if (Current.Kind == TokenKind.Identifier || IsNameStartingWithDigit(Current) || (TokenFacts.IsKeyword(Current.Kind) && !IsTypeDeclarationStart() && !IsDirectiveStart()))
            {
                members.Add(ParseEnumMember(memberDecorators));
            }
            else if (Current.Kind == TokenKind.CloseBrace || Current.Kind == TokenKind.EndOfFile || IsTypeDeclarationStart() || IsDirectiveStart())
            {
                ReportDangling(memberDecorators);
                members.Add(new SkippedTokensSyntax(memberDecorators));
            }
            else
            {
                members.Add(SkipInBody(memberDecorators, "an enum member name", stopAtComma: true));
            }
            if (_index == start) members.Add(new SkippedTokensSyntax([Advance()]));
        }
        return new EnumDeclarationSyntax(decorators, keyword, name, open, members, close);
    }

    private EnumMemberSyntax ParseEnumMember(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var name = IsNameStartingWithDigit(Current)
            ? NameStartingWithDigit(Peek(1).Kind == TokenKind.Equals ? null : $"write = \"{Current.Text}\" after the new name to keep \"{Current.Text}\" as its JSON value")
            : Advance();
        DefaultValueSyntax? value = Current.Kind == TokenKind.Equals ? ParseDefaultValue() : null;
        RefineHyphenInEnumMember(name, value);
        SyntaxToken? comma = null;
        if (Current.Kind == TokenKind.Comma)
        {
            comma = Advance();
        }
        else if (Current.Kind == TokenKind.Identifier || Current.Kind == TokenKind.At)
        {
            // Two members in a row: the comma between them is missing.
            comma = Expect(TokenKind.Comma);
        }
        return new EnumMemberSyntax(decorators, name, value, comma);
    }

    private ScalarDeclarationSyntax ParseScalar(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Advance();
        var name = ExpectName("a name for the scalar");
        var colon = Expect(TokenKind.Colon);
        var type = ParseType();
        if (Current.Kind == TokenKind.Bar) type = ParseUnionType(type);
        var semicolon = ExpectSemicolon();
        return new ScalarDeclarationSyntax(decorators, keyword, name, colon, type, semicolon);
    }

    private UnionDeclarationSyntax ParseUnion(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Advance();
        var name = ExpectName("a name for the union");
        var equalsToken = Expect(TokenKind.Equals);
        var members = ParseType();
        if (Current.Kind == TokenKind.Bar) members = ParseUnionType(members);
        var semicolon = ExpectSemicolon();
        return new UnionDeclarationSyntax(decorators, keyword, name, equalsToken, members, semicolon);
    }
}
