using EventSchema.Language;
using EventSchema.Language.Binding;
using EventSchema.Language.Evolution;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Workspace;

namespace EventSchema.LanguageServer.Features;

/// <summary>
/// Completion from the tokens before the cursor, so it works while the line being typed does not parse yet:
/// decorators after <c>@</c> (only those valid for what they would decorate; item rules inside type arguments), types after
/// <c>:</c> or <c>&lt;</c>, records after <c>...</c>, values after <c>=</c> (<c>[]</c> and <c>{}</c> for collections), namespaces
/// after <c>using</c>, the next part of a qualified name after a dot, and declaration keywords at the top level. Inside a
/// decorator's string argument, written so far or closed (<c>@compatibility("ba|</c>), the strings the argument takes,
/// each replacing the whole string typed so far.
/// </summary>
internal static class CompletionProvider
{

    public static CompletionList? GetCompletions(SchemaCompilation compilation, WorkspaceDocument document, int offset)
    {
        var root = document.Tree.Root;
        var tokens = root.GetTokens().Where(t => !t.IsMissing && t.Kind != TokenKind.EndOfFile).ToList();
        if (StringAt(tokens, offset) is { } text)
        {
            var (stringNs, stringUsings) = SyntaxQueries.GetScope(root);
            var inString = StringArgumentValues(compilation, document, tokens, text, offset, stringNs, stringUsings).ToArray();
            return inString.Length == 0 ? null : new CompletionList(false, inString);
        }
        if (IsInCommentOrString(tokens, offset)) return null;

        // The word being typed is replaced by the completion; the token before it says what may come here.
        int index = tokens.FindLastIndex(t => t.Span.Start < offset);
        SyntaxToken? previous = index >= 0 ? tokens[index] : null;
        if (previous is not null && SyntaxQueries.IsWord(previous) && previous.Span.End >= offset)
            previous = index > 0 ? tokens[index - 1] : null;
        int depth = BraceDepth(tokens, offset);

        var (ns, usings) = SyntaxQueries.GetScope(root);
        IEnumerable<CompletionItem> items = previous?.Kind switch
        {
            TokenKind.At when IsInTypeArguments(tokens, previous) => ItemDecorators(TypeAhead(compilation, tokens, offset, ns, usings)),
            TokenKind.At => Decorators(withAt: false, PlacementAt(root, tokens, offset, depth), TypeAhead(compilation, tokens, offset, ns, usings)),
            TokenKind.Ellipsis => SpreadableRecords(compilation, ns, usings),
            TokenKind.Colon or TokenKind.LessThan => Types(compilation, ns, usings),
            TokenKind.Comma when IsInTypeArguments(tokens, previous) => Types(compilation, ns, usings),
            TokenKind.Equals => Values(compilation, document, root, tokens, previous, ns, usings),
            TokenKind.UsingKeyword or TokenKind.NamespaceKeyword => Namespaces(compilation, ns),
            TokenKind.Dot => AfterQualifier(compilation, tokens, tokens.IndexOf(previous)),
            _ when IsInParentheses(tokens, offset) => DecoratorArgumentValues(compilation, root, tokens, offset, ns, usings),
            _ when depth > 0 && IsInEnum(root, offset) => [],
            _ when depth > 0 => Decorators(withAt: true, DecoratorTargets.Field),
            _ when depth == 0 && (previous is null || previous.Kind is TokenKind.Semicolon or TokenKind.CloseBrace || previous.Kind == TokenKind.CloseParen || previous.Kind == TokenKind.Identifier && IsDecoratorName(tokens, previous))
                => Keywords(hasNamespace: ns.Length > 0).Concat(Decorators(withAt: true, PlacementAt(root, tokens, offset, depth), TypeAhead(compilation, tokens, offset, ns, usings))),
            _ => [],
        };
        return new CompletionList(false, items.ToArray());
    }

    private static bool IsInParentheses(List<SyntaxToken> tokens, int offset)
    {
        int depth = 0;
        foreach (var token in tokens)
        {
            if (token.Span.Start >= offset) break;
            if (token.Kind == TokenKind.OpenParen) depth++;
            else if (token.Kind is TokenKind.CloseParen or TokenKind.Semicolon or TokenKind.OpenBrace or TokenKind.CloseBrace) depth = 0;
        }
        return depth > 0;
    }

    private static int BraceDepth(List<SyntaxToken> tokens, int offset)
    {
        int depth = 0;
        foreach (var token in tokens)
        {
            if (token.Span.Start >= offset) break;
            if (token.Kind == TokenKind.OpenBrace) depth++;
            else if (token.Kind == TokenKind.CloseBrace && depth > 0) depth--;
        }
        return depth;
    }

    private static bool IsInCommentOrString(List<SyntaxToken> tokens, int offset)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.StringLiteral && token.Span.Start < offset && offset < token.Span.End) return true;
            if (token.Kind == TokenKind.StringLiteral && token.Span.End == offset && !token.Text.EndsWith('"')) return true; // Unterminated.
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (trivia.Kind is TriviaKind.LineComment or TriviaKind.DocComment or TriviaKind.BlockComment
                    && trivia.Span.Start < offset && offset <= trivia.Span.End
                    && !(trivia.Kind == TriviaKind.BlockComment && offset == trivia.Span.End && trivia.Text.EndsWith("*/", StringComparison.Ordinal)))
                    return true;
            }
            if (token.FullSpan.Start > offset) break;
        }
        return false;
    }

    private static bool IsInTypeArguments(List<SyntaxToken> tokens, SyntaxToken token) => IsInTypeArgumentsAt(tokens, tokens.IndexOf(token));

    private static bool IsInTypeArgumentsAt(List<SyntaxToken> tokens, int index)
    {
        int depth = 0;
        for (int i = index - 1; i >= 0; i--)
        {
            switch (tokens[i].Kind)
            {
                case TokenKind.GreaterThan: depth++; break;
                case TokenKind.LessThan when depth == 0: return true;
                case TokenKind.LessThan: depth--; break;
                case TokenKind.Semicolon or TokenKind.OpenBrace or TokenKind.CloseBrace or TokenKind.OpenParen: return false;
            }
        }
        return false;
    }

    private static bool IsDecoratorName(List<SyntaxToken> tokens, SyntaxToken token)
    {
        int i = tokens.IndexOf(token);
        return i > 0 && tokens[i - 1].Kind == TokenKind.At;
    }

    private static bool IsInEnum(CompilationUnitSyntax root, int offset)
        => root.Members.OfType<EnumDeclarationSyntax>().Any(e => e.OpenBrace.Span.End <= offset && (e.CloseBrace.IsMissing || offset <= e.CloseBrace.Span.Start));

    private static IEnumerable<CompletionItem> Keywords(bool hasNamespace)
    {
        if (!hasNamespace) yield return KeywordSnippet("namespace", "namespace ${1:Name};", "Declares the file's namespace (one per file).");
        yield return KeywordSnippet("using", "using ${1:Namespace};", "Makes another namespace's declarations usable by simple name.");
        yield return KeywordSnippet("record", "record ${1:Name} {\n  $0\n}", "A record: named, typed fields.");
        yield return KeywordSnippet("event", "@version(1)\nevent ${1:Name} {\n  $0\n}", "An event: a record that is also a versioned event.");
        yield return KeywordSnippet("enum", "enum ${1:Name} { ${2:first}, ${3:second} }", "A closed set of named values.");
        yield return KeywordSnippet("scalar", "scalar ${1:Name} : ${2:string};", "A constrained primitive that becomes a value object.");
        yield return KeywordSnippet("union", "union ${1:Name} = ${2:First} | ${3:Second};", "A value that is exactly one of several records or events, told apart on the wire by a discriminator.");
    }

    private static CompletionItem KeywordSnippet(string keyword, string snippet, string description)
        => new(keyword, CompletionItemKind.Keyword, description, null, snippet, InsertTextFormat.Snippet, "0" + keyword, keyword);

    /// <summary>
    /// What a decorator written at <paramref name="offset"/> would decorate: a field or an enum member inside a body;
    /// at the top level, the declaration whose keyword follows the decorators, or any declaration when none is written yet.
    /// </summary>
    private static DecoratorTargets PlacementAt(CompilationUnitSyntax root, List<SyntaxToken> tokens, int offset, int depth)
    {
        if (depth > 0) return IsInEnum(root, offset) ? DecoratorTargets.EnumMember : DecoratorTargets.Field;
        int parentheses = 0;
        foreach (var token in tokens)
        {
            if (token.Span.Start < offset) continue;
            // Skip the rest of the decorators in front of the declaration, arguments included.
            if (token.Kind == TokenKind.OpenParen) parentheses++;
            else if (token.Kind == TokenKind.CloseParen && parentheses > 0) parentheses--;
            if (parentheses > 0 || token.Kind is TokenKind.At or TokenKind.CloseParen || token.Kind == TokenKind.Identifier && IsDecoratorName(tokens, token)) continue;
            return token.Kind switch
            {
                TokenKind.RecordKeyword => DecoratorTargets.Record,
                TokenKind.EventKeyword => DecoratorTargets.Event,
                TokenKind.EnumKeyword => DecoratorTargets.Enum,
                TokenKind.ScalarKeyword => DecoratorTargets.Scalar,
                TokenKind.UnionKeyword => DecoratorTargets.Union,
                _ => DecoratorTargets.AnyDeclaration,
            };
        }
        return DecoratorTargets.AnyDeclaration;
    }

    private static IEnumerable<CompletionItem> Decorators(bool withAt, DecoratorTargets placement, TypeWritten? type = null)
        => DecoratorDefinition.All.Where(d => DecoratorRules.IsAllowed(d.Name, placement) && (type is null || Fits(d, type))).Select(d => new CompletionItem(
            withAt ? "@" + d.Name : d.Name,
            CompletionItemKind.Property,
            d.Signature,
            MarkupContent.Markdown(d.Description),
            (withAt ? "@" : "") + d.Snippet,
            InsertTextFormat.Snippet,
            "1" + d.Name,
            withAt ? "@" + d.Name : d.Name));

    /// <summary>The value rules, which constrain each item when written on a type argument: <c>list&lt;@maxLength(20) string&gt;</c>.</summary>
    private static IEnumerable<CompletionItem> ItemDecorators(TypeWritten? type)
        => Decorators(withAt: false, DecoratorTargets.Field, type).Where(item => DecoratorRules.IsItemRule(item.Label));

    /// <summary>
    /// The type of what the decorators at the cursor decorate, as far as it is written: a field's (<c>name: Type</c>), a
    /// scalar's (<c>scalar Name : Type</c>), or an item's (<c>list&lt;@… Type&gt;</c>). Whether it declares a union in place
    /// (<c>leg: Rail | Sea</c>, <c>list&lt;Rail | Sea&gt;</c>) is what <c>@discriminator</c> on a field needs.
    /// </summary>
    private sealed record TypeWritten(SchemaType Type, bool DeclaresUnion);

    /// <summary>Whether <paramref name="decorator"/> may be written on what has <paramref name="written"/> as its type: the binder's rules.</summary>
    private static bool Fits(DecoratorDefinition decorator, TypeWritten written)
    {
        if (written.Type is ErrorType) return true;
        // On a field @discriminator names the property of the union the field declares in place (ES0104 without one).
        if (decorator == DecoratorDefinition.Discriminator && !written.DeclaresUnion) return false;
        return decorator.AppliesTo(written.Type) != false;
    }

    /// <summary>
    /// Reads the type after the decorators that follow <paramref name="offset"/>; null when there is none yet or it is not
    /// complete enough to tell (then completion offers every decorator of the place).
    /// </summary>
    private static TypeWritten? TypeAhead(SchemaCompilation compilation, List<SyntaxToken> tokens, int offset, string ns, IReadOnlyList<string> usings)
    {
        int i = tokens.FindIndex(t => t.Span.Start >= offset);
        if (i < 0) return null;
        // Skip the rest of the decorators in front of it, arguments included. The word right after the cursor is not the
        // name of the decorator being typed (the lexer reads "@ name: string" that way): it is what the decorators decorate.
        while (i < tokens.Count && tokens[i].Kind == TokenKind.At)
        {
            i++;
            if (i < tokens.Count && SyntaxQueries.IsWord(tokens[i])) i++;
            if (i < tokens.Count && tokens[i].Kind == TokenKind.OpenParen) i = tokens.FindIndex(i, t => t.Kind is TokenKind.CloseParen or TokenKind.Semicolon or TokenKind.OpenBrace or TokenKind.CloseBrace) + 1;
            if (i <= 0) return null;
        }
        if (i >= tokens.Count) return null;
        // A field's name and colon, or a scalar's keyword, name and colon; an item's type follows its decorators directly.
        bool inTypeArguments = i > 0 && IsInTypeArgumentsAt(tokens, i);
        if (!inTypeArguments)
        {
            if (tokens[i].Kind == TokenKind.ScalarKeyword) i++;
            else if (tokens[i].Kind is TokenKind.RecordKeyword or TokenKind.EventKeyword or TokenKind.EnumKeyword or TokenKind.UnionKeyword) return null;
            if (i >= tokens.Count || !SyntaxQueries.IsWord(tokens[i])) return null;
            i++;
            if (i < tokens.Count && tokens[i].Kind == TokenKind.Question) i++;
            if (i >= tokens.Count || tokens[i].Kind != TokenKind.Colon) return null;
            i++;
        }
        var type = ReadType(compilation, tokens, ref i, ns, usings, out bool declaresUnion);
        if (type is null) return null;
        if (i < tokens.Count && tokens[i].Kind == TokenKind.Question) i++;
        // The next thing written must end the type; a colon means the "type" read was the next field's name.
        var next = i < tokens.Count ? tokens[i].Kind : TokenKind.EndOfFile;
        if (next == TokenKind.Bar) declaresUnion = true;
        else if (next is not (TokenKind.Semicolon or TokenKind.Equals or TokenKind.CloseBrace or TokenKind.Comma or TokenKind.GreaterThan or TokenKind.EndOfFile)) return null;
        return new TypeWritten(type, declaresUnion);
    }

    /// <summary>
    /// A type written at <paramref name="i"/>, far enough to say which decorators apply: a collection's items are not
    /// read (only its kind matters), a name not declared anywhere is an <see cref="ErrorType"/> (every decorator fits it).
    /// </summary>
    private static SchemaType? ReadType(SchemaCompilation compilation, List<SyntaxToken> tokens, ref int i, string ns, IReadOnlyList<string> usings, out bool declaresUnion)
    {
        declaresUnion = false;
        if (i >= tokens.Count || !SyntaxQueries.IsWord(tokens[i])) return null;
        var name = new System.Text.StringBuilder(tokens[i++].Text);
        while (i + 1 < tokens.Count && tokens[i].Kind == TokenKind.Dot && SyntaxQueries.IsWord(tokens[i + 1]))
        {
            name.Append('.').Append(tokens[i + 1].Text);
            i += 2;
        }
        string written = name.ToString();
        if (BuiltInType.Find(written) is { } builtIn)
        {
            if (builtIn.Primitive is { } kind) return PrimitiveType.Get(kind);
            if (i >= tokens.Count || tokens[i].Kind != TokenKind.LessThan) return null;
            // Up to the matching '>': a '|' directly inside declares a union of items or values in place.
            int depth = 0;
            for (; i < tokens.Count && tokens[i].Kind is not (TokenKind.Semicolon or TokenKind.OpenBrace or TokenKind.CloseBrace); i++)
            {
                if (tokens[i].Kind == TokenKind.LessThan) depth++;
                else if (tokens[i].Kind == TokenKind.GreaterThan && --depth == 0) { i++; break; }
                else if (tokens[i].Kind == TokenKind.Bar && depth == 1) declaresUnion = true;
            }
            var items = new ErrorType(string.Empty);
            return written switch
            {
                "list" => new ListType(items),
                "set" => new SetType(items),
                _ => new MapType(items),
            };
        }
        // A union of records constrains like one of its records: no value rule applies to either.
        return SymbolLocator.ResolveTypeName(compilation, ns, usings, written) is { } declaration ? new NamedType(declaration) : new ErrorType(written);
    }

    /// <summary>
    /// Inside a decorator's parentheses, the values of an argument with a closed set of them: the compatibility modes,
    /// the versions a history decorator may name (2 to the declaration's <c>@version</c>), and the types a
    /// <c>@typeChangedFrom</c> may name. Nothing for the other arguments, which are free numbers or strings.
    /// </summary>
    private static IEnumerable<CompletionItem> DecoratorArgumentValues(SchemaCompilation compilation, CompilationUnitSyntax root, List<SyntaxToken> tokens, int offset, string ns, IReadOnlyList<string> usings)
    {
        int open = tokens.FindLastIndex(t => t.Span.Start < offset && t.Kind == TokenKind.OpenParen);
        if (open < 2 || tokens[open - 2].Kind != TokenKind.At || DecoratorDefinition.Find(tokens[open - 1].Text) is not { } decorator) return [];
        int argument = tokens.Skip(open + 1).TakeWhile(t => t.Span.Start < offset).Count(t => t.Kind == TokenKind.Comma);
        return (decorator.Arguments, argument) switch
        {
            (DecoratorArguments.CompatibilityMode, 0) => CompatibilityModeValues(),
            (DecoratorArguments.Version, 0) or (DecoratorArguments.VersionAndName, 0) or (DecoratorArguments.VersionAndType, 0) => HistoryVersions(root, offset),
            // A former collection type is written as a string there ("list<int>"): only names are offered.
            (DecoratorArguments.VersionAndType, 1) => Types(compilation, ns, usings).Where(item => item.Kind != CompletionItemKind.Snippet),
            _ => [],
        };
    }

    /// <summary>The string literal the cursor is in: after its opening quote, and before its closing one if it has one.</summary>
    private static SyntaxToken? StringAt(List<SyntaxToken> tokens, int offset)
    {
        foreach (var token in tokens)
        {
            if (token.Span.Start >= offset) break;
            if (token.Kind != TokenKind.StringLiteral) continue;
            if (offset < token.Span.End || offset == token.Span.End && !IsClosed(token)) return token;
        }
        return null;
    }

    private static bool IsClosed(SyntaxToken text)
        => text.Text.Length >= 2 && text.Text.EndsWith('"') && !text.Text.EndsWith("\\\"", StringComparison.Ordinal);

    /// <summary>
    /// Inside the string argument <paramref name="text"/> of a decorator, the strings the argument takes: the compatibility
    /// modes, and a former type of <c>@typeChangedFrom</c> (the collection types, written as strings, and every type name).
    /// Each replaces the string from its opening quote to the cursor, or to its closing quote when it has one.
    /// </summary>
    private static IEnumerable<CompletionItem> StringArgumentValues(SchemaCompilation compilation, WorkspaceDocument document, List<SyntaxToken> tokens, SyntaxToken text, int offset, string ns, IReadOnlyList<string> usings)
    {
        int index = tokens.IndexOf(text);
        int open = tokens.FindLastIndex(index, index + 1, t => t.Kind is TokenKind.OpenParen or TokenKind.CloseParen or TokenKind.Semicolon or TokenKind.OpenBrace or TokenKind.CloseBrace);
        if (open < 2 || tokens[open].Kind != TokenKind.OpenParen || tokens[open - 2].Kind != TokenKind.At || DecoratorDefinition.Find(tokens[open - 1].Text) is not { } decorator) return [];
        int argument = tokens.Skip(open + 1).Take(index - open - 1).Count(t => t.Kind == TokenKind.Comma);
        var replaced = document.Lines.GetRange(text.Span.Start, IsClosed(text) ? text.Span.End : offset);
        IEnumerable<CompletionItem> values = (decorator.Arguments, argument) switch
        {
            (DecoratorArguments.CompatibilityMode, 0) => CompatibilityModeValues(),
            (DecoratorArguments.VersionAndType, 1) => FormerTypeStrings(compilation, ns, usings),
            _ => [],
        };
        // The edit writes the whole quoted value; the client filters by the text it replaces, quote included.
        return values.Select(item => item with
        {
            TextEdit = new TextEdit(replaced, item.InsertText ?? item.Label),
            InsertText = null,
            FilterText = item.FilterText ?? item.Label,
        });
    }

    /// <summary>A former type as a string: the collection types (their items to fill in), then every type by name.</summary>
    private static IEnumerable<CompletionItem> FormerTypeStrings(SchemaCompilation compilation, string ns, IReadOnlyList<string> usings)
    {
        foreach (var builtIn in BuiltInType.All.Where(b => b.IsCollection))
        {
            string quoted = "\"" + builtIn.Keyword + "<\"";
            string snippet = "\"" + builtIn.Snippet + "\"";
            yield return new CompletionItem(quoted, CompletionItemKind.Snippet, "a former " + builtIn.Keyword + " type", MarkupContent.Markdown(builtIn.Description),
                snippet, InsertTextFormat.Snippet, "0" + builtIn.Keyword, "\"" + builtIn.Keyword);
        }
        foreach (var type in Types(compilation, ns, usings).Where(item => item.Kind != CompletionItemKind.Snippet))
        {
            string quoted = "\"" + type.Label + "\"";
            yield return type with { Label = quoted, InsertText = quoted, FilterText = quoted };
        }
    }

    private static IEnumerable<CompletionItem> CompatibilityModeValues()
        => Enum.GetValues<CompatibilityMode>().Select((mode, order) =>
        {
            string quoted = "\"" + mode.ToSchemaName() + "\"";
            return new CompletionItem(quoted, CompletionItemKind.EnumMember, mode == CompatibilityModes.Default ? "compatibility mode (the default)" : "compatibility mode",
                null, quoted, null, order.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), quoted);
        });

    /// <summary>The versions history decorators may name in the declaration around <paramref name="offset"/>: 2 to its <c>@version</c>.</summary>
    private static IEnumerable<CompletionItem> HistoryVersions(CompilationUnitSyntax root, int offset)
    {
        // The @version(n) on the declaration that encloses the cursor (the last one to start before it).
        var declaration = root.Members.OfType<DeclarationSyntax>().LastOrDefault(d => d.Span.Start < offset);
        var version = declaration?.Decorators.FirstOrDefault(d => d.Name.Text == DecoratorDefinition.Version.Name);
        int current = version is { Arguments.Count: > 0 } && int.TryParse(version.Arguments[0].Token.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : 1;
        return Enumerable.Range(2, Math.Max(0, current - 1)).Select(v =>
        {
            string text = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new CompletionItem(text, CompletionItemKind.Value, v == current ? "version " + text + " (the current one)" : "version " + text, null, text, null, text.PadLeft(4, '0'), null);
        });
    }

    /// <summary>The records whose fields <c>...Name;</c> can spread: records, not events.</summary>
    private static IEnumerable<CompletionItem> SpreadableRecords(SchemaCompilation compilation, string ns, IReadOnlyList<string> usings)
    {
        foreach (var record in compilation.Nameable().OfType<RecordSymbol>().Where(r => !r.IsEvent))
        {
            bool inScope = record.Namespace == ns || usings.Contains(record.Namespace);
            string insert = inScope ? record.Name : record.FullName;
            yield return new CompletionItem(insert, CompletionItemKind.Class, "record " + record.FullName,
                record.Documentation is null ? null : MarkupContent.Markdown(record.Documentation),
                insert + ";", null, (inScope ? "0" : "2") + insert, null);
        }
    }

    private static IEnumerable<CompletionItem> Types(SchemaCompilation compilation, string ns, IReadOnlyList<string> usings)
    {
        foreach (var builtIn in BuiltInType.All)
        {
            yield return builtIn.IsCollection
                ? new CompletionItem(builtIn.Keyword, CompletionItemKind.Snippet, builtIn.Signature, MarkupContent.Markdown(builtIn.Description), builtIn.Snippet, InsertTextFormat.Snippet, "1" + builtIn.Keyword, null)
                : new CompletionItem(builtIn.Keyword, CompletionItemKind.Keyword, "built-in type", MarkupContent.Markdown(builtIn.Description), builtIn.Keyword, null, "1" + builtIn.Keyword, null);
        }

        foreach (var declaration in compilation.Nameable())
        {
            bool inScope = declaration.Namespace == ns || usings.Contains(declaration.Namespace);
            string insert = inScope ? declaration.Name : declaration.FullName;
            var kind = KindOf(declaration);
            yield return new CompletionItem(insert, kind, SchemaDescriptions.Keyword(declaration.Kind) + " " + declaration.FullName,
                declaration.Documentation is null ? null : MarkupContent.Markdown(declaration.Documentation),
                insert, null, (inScope ? "0" : "2") + insert, null);
        }
    }

    private static IEnumerable<CompletionItem> Values(SchemaCompilation compilation, WorkspaceDocument document, CompilationUnitSyntax root, List<SyntaxToken> tokens, SyntaxToken equals, string ns, IReadOnlyList<string> usings)
    {
        // The field whose default this is: the nearest "name ?: Type" before the '='.
        int i = tokens.IndexOf(equals);
        int colon = tokens.FindLastIndex(i, i + 1, t => t.Kind is TokenKind.Colon or TokenKind.Semicolon or TokenKind.OpenBrace);
        if (colon < 0 || tokens[colon].Kind != TokenKind.Colon) return [];
        string typeName = string.Concat(tokens.Skip(colon + 1).Take(i - colon - 1).Select(t => t.Text));
        bool optional = colon > 0 && tokens[colon - 1].Kind == TokenKind.Question;
        var values = new List<CompletionItem>();
        if (typeName.StartsWith("list<", StringComparison.Ordinal) || typeName.StartsWith("set<", StringComparison.Ordinal))
        {
            values.Add(new CompletionItem("[]", CompletionItemKind.Value, "the empty list", null, "[]", null, "0[]", null));
        }
        else if (typeName.StartsWith("map<", StringComparison.Ordinal))
        {
            values.Add(new CompletionItem("{}", CompletionItemKind.Value, "the empty map", null, "{}", null, "0{}", null));
        }
        else if (typeName == "bool")
        {
            values.Add(new CompletionItem("false", CompletionItemKind.Value, null, null, "false", null, "0false", null));
            values.Add(new CompletionItem("true", CompletionItemKind.Value, null, null, "true", null, "0true", null));
        }
        else if (SymbolLocator.ResolveTypeName(compilation, ns, usings, typeName) is EnumSymbol @enum)
        {
            values.AddRange(@enum.Members.Select(m => new CompletionItem(m.Name, CompletionItemKind.EnumMember, @enum.FullName + "." + m.Name,
                m.Documentation is null ? null : MarkupContent.Markdown(m.Documentation), m.Name, null, "0" + m.Name, null)));
        }
        if (optional) values.Add(new CompletionItem("null", CompletionItemKind.Value, null, null, "null", null, "1null", null));
        return values;
    }

    /// <summary>
    /// After <c>Embassy.</c>: the namespaces one level below it, and in a type position the declarations of
    /// <c>Embassy</c> itself. Nothing after a dot that ends no qualified name (a number, a decorator argument).
    /// </summary>
    private static IEnumerable<CompletionItem> AfterQualifier(SchemaCompilation compilation, List<SyntaxToken> tokens, int dot)
    {
        // The qualifier is the run of name.name. before the dot; what comes before it says where the name stands.
        int start = dot;
        while (start >= 1 && SyntaxQueries.IsWord(tokens[start - 1]))
        {
            start--;                                                              // a part of the name
            if (start >= 1 && tokens[start - 1].Kind == TokenKind.Dot) start--;   // and the dot before it
            else break;
        }
        if (start == dot || !SyntaxQueries.IsWord(tokens[start])) return [];
        string qualifier = string.Concat(tokens.Skip(start).Take(dot - start).Select(t => t.Text));
        var before = start > 0 ? tokens[start - 1].Kind : TokenKind.EndOfFile;
        bool isDirective = before is TokenKind.UsingKeyword or TokenKind.NamespaceKeyword;
        bool isType = before is TokenKind.Colon or TokenKind.LessThan or TokenKind.Comma or TokenKind.Ellipsis or TokenKind.Bar or TokenKind.Equals;
        if (!isDirective && !isType) return [];

        var items = compilation.Nameable().Select(d => d.Namespace)
            .Where(n => n.StartsWith(qualifier + ".", StringComparison.Ordinal))
            .Select(n => n.Substring(qualifier.Length + 1).Split('.')[0])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(segment => new CompletionItem(segment, CompletionItemKind.Module, "namespace " + qualifier + "." + segment, null, segment, null, "0" + segment, null))
            .ToList();
        if (isType)
        {
            foreach (var declaration in compilation.Nameable().Where(d => d.Namespace == qualifier).OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                items.Add(new CompletionItem(declaration.Name, KindOf(declaration), SchemaDescriptions.Keyword(declaration.Kind) + " " + declaration.FullName,
                    declaration.Documentation is null ? null : MarkupContent.Markdown(declaration.Documentation), declaration.Name, null, "1" + declaration.Name, null));
            }
        }
        return items;
    }

    private static CompletionItemKind KindOf(DeclarationSymbol declaration) => declaration.Kind switch
    {
        DeclarationKind.Enum => CompletionItemKind.Enum,
        DeclarationKind.Event => CompletionItemKind.Event,
        DeclarationKind.Scalar => CompletionItemKind.TypeParameter,
        _ => CompletionItemKind.Class,
    };

    private static IEnumerable<CompletionItem> Namespaces(SchemaCompilation compilation, string ownNamespace)
        => compilation.Nameable().Select(d => d.Namespace).Where(n => n.Length > 0 && n != ownNamespace).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(n => new CompletionItem(n, CompletionItemKind.Module, "namespace", null, n, null, "0" + n, null));
}
