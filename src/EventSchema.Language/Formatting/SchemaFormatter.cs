using System.Collections.Generic;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Syntax;

namespace EventSchema.Language.Formatting;

/// <summary>
/// Lays a schema file out in the one canonical style: two-space indentation, one declaration per
/// paragraph, decorators of a declaration on their own lines, normalised spacing inside lines. The
/// author keeps a few choices: whether a field's decorators share its line, single empty lines between
/// members, and a one-line enum. Every comment is kept, and formatting formatted text changes nothing.
/// </summary>
public static class SchemaFormatter
{
    /// <summary>
    /// Formats <paramref name="tree"/>. A file with syntax errors is not formatted (its layout would be a
    /// guess): the result is then false and <paramref name="formatted"/> is the text unchanged.
    /// </summary>
    public static bool TryFormat(SyntaxTree tree, FormattingOptions? options, out string formatted)
    {
        options ??= FormattingOptions.Default;
        formatted = tree.Text.Text;
        foreach (var diagnostic in tree.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error) return false;
        }
        var root = tree.Root;
        foreach (var token in root.GetTokens())
        {
            if (token.IsMissing || token.Kind == TokenKind.BadToken) return false;
        }
        var printer = new Printer(new FormattedWriter(options.Indent, options.NewLine ?? DetectNewLine(tree.Text.Text)));
        if (!printer.PrintCompilationUnit(root)) return false;
        formatted = printer.Result;
        return true;
    }

    /// <summary>Formats <paramref name="tree"/>, or returns its text unchanged when it has syntax errors.</summary>
    public static string Format(SyntaxTree tree, FormattingOptions? options = null)
    {
        TryFormat(tree, options, out string formatted);
        return formatted;
    }

    private static string DetectNewLine(string text)
    {
        int index = text.IndexOf('\n');
        return index > 0 && text[index - 1] == '\r' ? "\r\n" : "\n";
    }

    private sealed class Printer(FormattedWriter writer)
    {
        private readonly FormattedWriter _writer = writer;
        private SyntaxToken? _previous;

        public string Result { get; private set; } = string.Empty;

        public bool PrintCompilationUnit(CompilationUnitSyntax unit)
        {
            SyntaxNode? previousMember = null;
            foreach (var member in unit.Members)
            {
                var separator = FormattedSeparator.NewLine;
                if (previousMember is not null)
                {
                    // The namespace line and the using lines form one group; declarations are paragraphs.
                    bool directives = previousMember is NamespaceDeclarationSyntax or UsingDirectiveSyntax && member is UsingDirectiveSyntax;
                    separator = directives && !HadBlankLineBefore(member) ? FormattedSeparator.NewLine : FormattedSeparator.BlankLine;
                }
                if (!PrintTopLevel(member, separator)) return false;
                previousMember = member;
            }
            Result = _writer.Finish(unit.EndOfFile, EndedLine(_previous));
            return true;
        }

        private bool PrintTopLevel(SyntaxNode member, FormattedSeparator separator)
        {
            switch (member)
            {
                case NamespaceDeclarationSyntax ns:
                    PrintDecorators(ns.Decorators, ref separator, ownLines: true);
                    Write(ns.Keyword, separator);
                    PrintName(ns.Name, FormattedSeparator.Space);
                    Write(ns.Semicolon, FormattedSeparator.None);
                    return true;
                case UsingDirectiveSyntax directive:
                    PrintDecorators(directive.Decorators, ref separator, ownLines: true);
                    Write(directive.Keyword, separator);
                    PrintName(directive.Name, FormattedSeparator.Space);
                    Write(directive.Semicolon, FormattedSeparator.None);
                    return true;
                case ScalarDeclarationSyntax scalar:
                    PrintDecorators(scalar.Decorators, ref separator, ownLines: true);
                    Write(scalar.Keyword, separator);
                    Write(scalar.Name, FormattedSeparator.Space);
                    Write(scalar.Colon, FormattedSeparator.Space);
                    PrintType(scalar.UnderlyingType, FormattedSeparator.Space);
                    Write(scalar.Semicolon, FormattedSeparator.None);
                    return true;
                case RecordDeclarationSyntax record:
                    PrintDecorators(record.Decorators, ref separator, ownLines: true);
                    Write(record.Keyword, separator);
                    Write(record.Name, FormattedSeparator.Space);
                    return PrintRecordBody(record);
                case UnionDeclarationSyntax union:
                    PrintDecorators(union.Decorators, ref separator, ownLines: true);
                    Write(union.Keyword, separator);
                    Write(union.Name, FormattedSeparator.Space);
                    Write(union.EqualsToken, FormattedSeparator.Space);
                    _writer.Depth++;
                    PrintType(union.Members, FormattedSeparator.Space);
                    _writer.Depth--;
                    Write(union.Semicolon, FormattedSeparator.None);
                    return true;
                case EnumDeclarationSyntax @enum:
                    PrintDecorators(@enum.Decorators, ref separator, ownLines: true);
                    Write(@enum.Keyword, separator);
                    Write(@enum.Name, FormattedSeparator.Space);
                    return PrintEnumBody(@enum);
                default:
                    return false; // Skipped tokens: only in files with syntax errors.
            }
        }

        private bool PrintRecordBody(RecordDeclarationSyntax record)
        {
            Write(record.OpenBrace, FormattedSeparator.Space);
            if (record.Members.Count == 0 && !HasComments(record.CloseBrace))
            {
                Write(record.CloseBrace, FormattedSeparator.None);
                return true;
            }
            _writer.Depth++;
            bool first = true;
            foreach (var member in record.Members)
            {
                var separator = !first && HadBlankLineBefore(member) ? FormattedSeparator.BlankLine : FormattedSeparator.NewLine;
                if (member is SpreadSyntax spread && spread.Decorators.Count == 0)
                {
                    Write(spread.Ellipsis, separator, first);
                    PrintName(spread.Name, FormattedSeparator.None);
                    Write(spread.Semicolon, FormattedSeparator.None);
                    first = false;
                    continue;
                }
                if (member is not FieldDeclarationSyntax field) return false;
                PrintField(field, separator, blankLinesAllowed: !first);
                first = false;
            }
            _writer.Depth--;
            WriteCloseBrace(record.CloseBrace, FormattedSeparator.NewLine);
            return true;
        }

        private void PrintField(FieldDeclarationSyntax field, FormattedSeparator separator, bool blankLinesAllowed)
        {
            bool firstToken = true;
            foreach (var decorator in field.Decorators)
            {
                PrintDecorator(decorator, firstToken ? separator : LineBreakOrSpace(decorator.At), firstToken && !blankLinesAllowed);
                firstToken = false;
            }
            var nameSeparator = firstToken ? separator : LineBreakOrSpace(field.Name);
            Write(field.Name, nameSeparator, firstToken && !blankLinesAllowed);
            if (field.Question is not null) Write(field.Question, FormattedSeparator.None);
            Write(field.Colon, FormattedSeparator.None);
            // Members of an in-place union continued on lines of their own are indented under the field.
            _writer.Depth++;
            PrintType(field.Type, FormattedSeparator.Space);
            _writer.Depth--;
            if (field.DefaultValue is not null) PrintDefault(field.DefaultValue);
            Write(field.Semicolon, FormattedSeparator.None);
        }

        private bool PrintEnumBody(EnumDeclarationSyntax @enum)
        {
            bool singleLine = !HasLineBreakInside(@enum);
            Write(@enum.OpenBrace, FormattedSeparator.Space);
            if (@enum.Members.Count == 0 && !HasComments(@enum.CloseBrace))
            {
                Write(@enum.CloseBrace, FormattedSeparator.None);
                return true;
            }
            if (!singleLine) _writer.Depth++;
            bool first = true;
            foreach (var node in @enum.Members)
            {
                if (node is not EnumMemberSyntax member) return false;
                FormattedSeparator separator = singleLine
                    ? FormattedSeparator.Space
                    : !first && HadBlankLineBefore(member) ? FormattedSeparator.BlankLine : FormattedSeparator.NewLine;
                bool firstToken = true;
                foreach (var decorator in member.Decorators)
                {
                    PrintDecorator(decorator, firstToken ? separator : LineBreakOrSpace(decorator.At), firstToken && first);
                    firstToken = false;
                }
                Write(member.Name, firstToken ? separator : LineBreakOrSpace(member.Name), firstToken && first);
                if (member.Value is not null) PrintDefault(member.Value);
                if (member.Comma is not null) Write(member.Comma, FormattedSeparator.None);
                first = false;
            }
            if (!singleLine) _writer.Depth--;
            WriteCloseBrace(@enum.CloseBrace, singleLine ? FormattedSeparator.Space : FormattedSeparator.NewLine);
            return true;
        }

        private void PrintDecorators(IReadOnlyList<DecoratorSyntax> decorators, ref FormattedSeparator separator, bool ownLines)
        {
            foreach (var decorator in decorators)
            {
                PrintDecorator(decorator, separator, blankLinesForbidden: false);
                separator = ownLines ? FormattedSeparator.NewLine : FormattedSeparator.Space;
            }
        }

        private void PrintDecorator(DecoratorSyntax decorator, FormattedSeparator separator, bool blankLinesForbidden)
        {
            Write(decorator.At, separator, blankLinesForbidden);
            Write(decorator.Name, FormattedSeparator.None);
            if (decorator.ArgumentList is not { } list) return;
            Write(list.OpenParen, FormattedSeparator.None);
            var arguments = list.ArgumentValues;
            for (int i = 0; i < arguments.Count; i++)
            {
                if (i > 0) Write(list.Commas[i - 1], FormattedSeparator.None);
                Write(arguments[i].Token, i > 0 ? FormattedSeparator.Space : FormattedSeparator.None);
            }
            if (list.Commas.Count >= arguments.Count && list.Commas.Count > 0)
                Write(list.Commas[list.Commas.Count - 1], FormattedSeparator.None);
            Write(list.CloseParen, FormattedSeparator.None);
        }

        private void PrintDefault(DefaultValueSyntax value)
        {
            Write(value.EqualsToken, FormattedSeparator.Space);
            var token = value.Value.Token;
            if (token.Kind == TokenKind.EmptyList)
            {
                // "[ ]" is written as the one canonical "[]".
                _writer.WriteToken(token, FormattedSeparator.Space, EndedLine(_previous), text: "[]");
                _previous = token;
            }
            else
            {
                Write(token, FormattedSeparator.Space);
            }
            if (value.Value.CloseBrace is { } close) Write(close, FormattedSeparator.None);
        }

        private void PrintType(TypeSyntax type, FormattedSeparator separator)
        {
            switch (type)
            {
                case NamedTypeSyntax named:
                    PrintName(named.Name, separator);
                    break;
                case GenericTypeSyntax generic:
                    PrintName(generic.Name, separator);
                    Write(generic.LessThan, FormattedSeparator.None);
                    for (int i = 0; i < generic.Arguments.Count; i++)
                    {
                        if (i > 0) Write(generic.Commas[i - 1], FormattedSeparator.None);
                        PrintType(generic.Arguments[i], i > 0 ? FormattedSeparator.Space : FormattedSeparator.None);
                    }
                    Write(generic.GreaterThan, FormattedSeparator.None);
                    break;
                case UnionTypeSyntax union:
                    // One line, unless the author put members on lines of their own: then one bar starts each line.
                    for (int i = 0; i < union.Alternatives.Count; i++)
                    {
                        if (i > 0) Write(union.Bars[i - 1], LineBreakOrSpace(union.Bars[i - 1]));
                        PrintType(union.Alternatives[i], i > 0 ? FormattedSeparator.Space : separator);
                    }
                    break;
                case ItemTypeSyntax item:
                    foreach (var decorator in item.Decorators)
                    {
                        PrintDecorator(decorator, separator, blankLinesForbidden: true);
                        separator = FormattedSeparator.Space;
                    }
                    PrintType(item.Type, separator);
                    if (item.Question is not null) Write(item.Question, FormattedSeparator.None);
                    break;
                default:
                    foreach (var token in type.GetTokens()) Write(token, separator);
                    break;
            }
        }

        private void PrintName(NameSyntax name, FormattedSeparator separator)
        {
            for (int i = 0; i < name.IdentifierCount; i++)
            {
                if (i > 0) Write(name.Dots[i - 1], FormattedSeparator.None);
                Write(name.GetIdentifier(i), i == 0 ? separator : FormattedSeparator.None);
            }
        }

        private void WriteCloseBrace(SyntaxToken token, FormattedSeparator separator)
        {
            _writer.WriteToken(token, separator, EndedLine(_previous), blankLinesAllowed: true, commentDepth: _writer.Depth + 1);
            _previous = token;
        }

        private void Write(SyntaxToken token, FormattedSeparator separator, bool blankLinesForbidden = false)
        {
            _writer.WriteToken(token, separator, EndedLine(_previous), !blankLinesForbidden);
            _previous = token;
        }

        /// <summary>A field's decorators and name keep the author's choice of one line or several.</summary>
        private FormattedSeparator LineBreakOrSpace(SyntaxToken token)
            => EndedLine(_previous) || CountLeadingLineBreaks(token) > 0 ? FormattedSeparator.NewLine : FormattedSeparator.Space;

        private bool HadBlankLineBefore(SyntaxNode node)
        {
            var first = FirstToken(node);
            if (first is null) return false;
            return (EndedLine(_previous) ? 1 : 0) + CountLeadingLineBreaks(first) >= 2;
        }

        private static int CountLeadingLineBreaks(SyntaxToken token)
        {
            int count = 0;
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.Kind == TriviaKind.EndOfLine) count++;
                else if (trivia.Kind != TriviaKind.Whitespace) break; // Blank lines after a comment are the comment's business.
            }
            return count;
        }

        private static bool EndedLine(SyntaxToken? token)
        {
            if (token is null) return false;
            foreach (var trivia in token.TrailingTrivia)
            {
                if (trivia.Kind == TriviaKind.EndOfLine) return true;
            }
            return false;
        }

        private static bool HasComments(SyntaxToken token)
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.Kind is TriviaKind.LineComment or TriviaKind.BlockComment or TriviaKind.DocComment) return true;
            }
            return false;
        }

        private static bool HasLineBreakInside(EnumDeclarationSyntax @enum)
        {
            bool inside = false;
            foreach (var token in @enum.GetTokens())
            {
                if (token == @enum.OpenBrace) { inside = true; if (EndedLine(token)) return true; continue; }
                if (!inside) continue;
                foreach (var trivia in token.LeadingTrivia)
                {
                    if (trivia.Kind is TriviaKind.EndOfLine or TriviaKind.LineComment or TriviaKind.DocComment) return true;
                }
                if (token == @enum.CloseBrace) return false;
                if (EndedLine(token)) return true;
            }
            return false;
        }

        private static SyntaxToken? FirstToken(SyntaxNode node)
        {
            foreach (var token in node.GetTokens()) return token;
            return null;
        }
    }
}
