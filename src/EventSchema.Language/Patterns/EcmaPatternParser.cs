using System;
using System.Collections.Generic;
using System.Globalization;

namespace EventSchema.Language.Patterns;

/// <summary>
/// Parses a pattern with the grammar ECMA-262 gives regular expressions that have the unicode (<c>u</c>) flag,
/// which is what JSON Schema's <c>pattern</c> means: the pattern is read as code points, escapes are strict,
/// and <c>\p{…}</c> names Unicode properties. Reports the first problem with its place in the pattern.
/// </summary>
internal sealed class EcmaPatternParser
{
    /// <summary>Deeper nesting than this is refused, so no pattern can exhaust the stack of whatever reads it.</summary>
    public const int MaxNesting = 100;

    /// <summary>The largest count a quantifier may have (<c>{n,m}</c>).</summary>
    public const int MaxRepeatCount = 1000;

    private static readonly CodePointSet LineTerminators = CodePointSet.FromRanges([(0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029)]);
    private static readonly CodePointSet Digits = CodePointSet.Range('0', '9');
    private static readonly CodePointSet WordCharacters = CodePointSet.FromRanges([('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')]);

    private readonly string _pattern;
    private int _pos;
    private int _depth;
    private int _nextDisjunction;
    private readonly List<(int Disjunction, int Alternative)> _path = new();
    private readonly List<(string Name, (int, int)[] Path)> _groupNames = new();

    private EcmaPatternParser(string pattern) => _pattern = pattern;

    /// <summary>The pattern's meaning, or its first problem.</summary>
    public static (PatternNode? Root, PatternProblem? Problem) Parse(string pattern)
    {
        var parser = new EcmaPatternParser(pattern);
        try
        {
            var root = parser.ParseDisjunction();
            if (parser._pos < pattern.Length)
            {
                // Only an unmatched ')' stops a top-level disjunction early.
                parser.Fail(PatternProblemKind.Invalid, parser._pos, 1, "a ')' that closes no group; escape it as \\)");
            }
            return (root, null);
        }
        catch (ProblemException problem)
        {
            return (null, problem.Problem);
        }
    }

    private sealed class ProblemException(PatternProblem problem) : Exception(problem.Message)
    {
        public PatternProblem Problem { get; } = problem;
    }

    private Exception Fail(PatternProblemKind kind, int start, int length, string message)
    {
        length = Math.Max(0, Math.Min(length, _pattern.Length - start));
        throw new ProblemException(new PatternProblem(kind, start, length, message));
    }

    private bool AtEnd => _pos >= _pattern.Length;

    private char Peek(int ahead = 0) => _pos + ahead < _pattern.Length ? _pattern[_pos + ahead] : '\0';

    private bool Has(int ahead) => _pos + ahead < _pattern.Length;

    private PatternNode ParseDisjunction()
    {
        int disjunction = _nextDisjunction++;
        var alternatives = new List<PatternNode>();
        _path.Add((disjunction, 0));
        alternatives.Add(ParseAlternative());
        while (!AtEnd && Peek() == '|')
        {
            _pos++;
            _path[_path.Count - 1] = (disjunction, alternatives.Count);
            alternatives.Add(ParseAlternative());
        }
        _path.RemoveAt(_path.Count - 1);
        return alternatives.Count == 1 ? alternatives[0] : new AlternationNode(alternatives);
    }

    private PatternNode ParseAlternative()
    {
        var items = new List<PatternNode>();
        while (!AtEnd && Peek() != '|' && Peek() != ')')
        {
            var term = ParseTerm();
            if (term is SequenceNode sequence) items.AddRange(sequence.Items);
            else items.Add(term);
        }
        return items.Count == 1 ? items[0] : new SequenceNode(items);
    }

    private PatternNode ParseTerm()
    {
        int start = _pos;
        char c = Peek();
        switch (c)
        {
            case '^':
            case '$':
                _pos++;
                RefuseQuantifier(start, c == '^' ? "the ^ assertion" : "the $ assertion");
                return c == '^' ? AnchorNode.Start : AnchorNode.End;
            case '\\' when Peek(1) is 'b' or 'B':
                throw Fail(PatternProblemKind.Unsupported, start, 2,
                    $"the word boundary \\{Peek(1)}, which .NET's linear-time engine can only match with Unicode word characters, not ECMA-262's [A-Za-z0-9_]; use explicit classes instead");
            case '(':
                return Quantified(start, ParseGroup());
            case ')':
                throw Fail(PatternProblemKind.Invalid, start, 1, "a ')' that closes no group; escape it as \\)");
            case '[':
                return Quantified(start, ParseClass());
            case '.':
                _pos++;
                return Quantified(start, new CharacterNode(LineTerminators.Complement()));
            case '\\':
                return Quantified(start, ParseAtomEscape());
            case '*':
            case '+':
            case '?':
                throw Fail(PatternProblemKind.Invalid, start, 1, $"'{c}' has nothing to repeat; escape it as \\{c}");
            case '{':
                throw Fail(PatternProblemKind.Invalid, start, 1, IsQuantifierAt(_pos) ? "a quantifier with nothing to repeat" : "a lone '{', which the unicode flag forbids; escape it as \\{");
            case '}':
            case ']':
                throw Fail(PatternProblemKind.Invalid, start, 1, $"a lone '{c}', which the unicode flag forbids; escape it as \\{c}");
            default:
                int codePoint = ReadCodePoint();
                return Quantified(start, new CharacterNode(CodePointSet.Single(codePoint)));
        }
    }

    private int ReadCodePoint()
    {
        char c = _pattern[_pos];
        if (char.IsHighSurrogate(c) && Has(1) && char.IsLowSurrogate(Peek(1)))
        {
            _pos += 2;
            return char.ConvertToUtf32(c, _pattern[_pos - 1]);
        }
        _pos++;
        return c;
    }

    private void RefuseQuantifier(int start, string what)
    {
        if (!AtEnd && (Peek() is '*' or '+' or '?' || (Peek() == '{' && IsQuantifierAt(_pos))))
        {
            throw Fail(PatternProblemKind.Invalid, start, _pos - start + 1, $"{what} cannot be repeated");
        }
    }

    private bool IsQuantifierAt(int index)
    {
        int k = index + 1;
        int digits = 0;
        while (k < _pattern.Length && IsDigit(_pattern[k])) { k++; digits++; }
        if (digits == 0) return false;
        if (k < _pattern.Length && _pattern[k] == ',')
        {
            k++;
            while (k < _pattern.Length && IsDigit(_pattern[k])) k++;
        }
        return k < _pattern.Length && _pattern[k] == '}';
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private PatternNode Quantified(int atomStart, PatternNode atom)
    {
        if (AtEnd) return atom;
        int start = _pos;
        int min, max;
        switch (Peek())
        {
            case '*': min = 0; max = -1; _pos++; break;
            case '+': min = 1; max = -1; _pos++; break;
            case '?': min = 0; max = 1; _pos++; break;
            case '{':
                if (!IsQuantifierAt(_pos)) throw Fail(PatternProblemKind.Invalid, _pos, 1, "a lone '{', which the unicode flag forbids; escape it as \\{");
                _pos++;
                min = ReadCount(start);
                max = min;
                if (Peek() == ',')
                {
                    _pos++;
                    max = IsDigit(Peek()) ? ReadCount(start) : -1;
                }
                _pos++; // }
                if (max >= 0 && max < min) throw Fail(PatternProblemKind.Invalid, start, _pos - start, "the numbers in this quantifier are out of order");
                break;
            default:
                return atom;
        }
        if (Peek() == '?' && !AtEnd) _pos++; // lazy: the same strings match
        if (!AtEnd && (Peek() is '*' or '+' or '?' || (Peek() == '{' && IsQuantifierAt(_pos))))
        {
            throw Fail(PatternProblemKind.Invalid, _pos, 1, "a quantifier cannot follow another quantifier");
        }
        return new RepeatNode(atom, min, max < 0 ? null : max);
    }

    private int ReadCount(int quantifierStart)
    {
        int start = _pos;
        while (IsDigit(Peek()) && !AtEnd) _pos++;
        string digits = _pattern.Substring(start, _pos - start);
        if (digits.Length > 9 || int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) > MaxRepeatCount)
        {
            int close = _pattern.IndexOf('}', _pos);
            throw Fail(PatternProblemKind.Unsupported, quantifierStart, close - quantifierStart + 1,
                $"a repetition count above {MaxRepeatCount}; repeat a group of a fixed length instead, or check the length with @minLength and @maxLength");
        }
        return int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private PatternNode ParseGroup()
    {
        int start = _pos;
        if (++_depth > MaxNesting) throw Fail(PatternProblemKind.Unsupported, start, 1, $"groups nested more than {MaxNesting} deep");
        _pos++; // (
        if (Peek() == '?' && Has(1))
        {
            char kind = Peek(1);
            if (kind == '=' || kind == '!')
            {
                throw Fail(PatternProblemKind.NeedsBacktracking, start, 3, kind == '=' ? "a lookahead" : "a negative lookahead");
            }
            if (kind == '<' && Peek(2) is '=' or '!')
            {
                throw Fail(PatternProblemKind.NeedsBacktracking, start, 4, Peek(2) == '=' ? "a lookbehind" : "a negative lookbehind");
            }
            if (kind == ':')
            {
                _pos += 2;
            }
            else if (kind == '<')
            {
                _pos += 2;
                ReadGroupName(start);
            }
            else if (kind is 'i' or 'm' or 's' or '-')
            {
                int k = _pos + 1;
                while (k < _pattern.Length && _pattern[k] is 'i' or 'm' or 's' or '-') k++;
                if (k < _pattern.Length && _pattern[k] == ':')
                {
                    throw Fail(PatternProblemKind.Unsupported, start, k - start, "a modifier group such as (?i:…); write the cases out instead, e.g. [Aa]");
                }
                throw Fail(PatternProblemKind.Invalid, start, k - start, "inline flags such as (?i) are not ECMA-262; write the cases out instead, e.g. [Aa]");
            }
            else
            {
                throw Fail(PatternProblemKind.Invalid, start, 2, "'(?' must start (?:…), (?<name>…), a lookahead or a lookbehind");
            }
        }
        else if (Peek() == '?')
        {
            throw Fail(PatternProblemKind.Invalid, start, 2, "an unfinished group '(?'");
        }
        var body = ParseDisjunction();
        if (AtEnd || Peek() != ')') throw Fail(PatternProblemKind.Invalid, start, 1, "this group is never closed; add ')'");
        _pos++;
        _depth--;
        return body;
    }

    private void ReadGroupName(int groupStart)
    {
        int nameStart = _pos;
        while (!AtEnd && Peek() != '>')
        {
            if (Peek() == '\\') throw Fail(PatternProblemKind.Unsupported, _pos, 2, "an escape in a group name; write the name's characters themselves");
            if (Peek() == ')' || Peek() == '(') break;
            _pos++;
        }
        if (AtEnd || Peek() != '>') throw Fail(PatternProblemKind.Invalid, groupStart, _pos - groupStart, "a group name must end with '>'");
        string name = _pattern.Substring(nameStart, _pos - nameStart);
        if (!IsGroupName(name)) throw Fail(PatternProblemKind.Invalid, nameStart, name.Length, $"'{name}' is not a valid group name; start it with a letter, '$' or '_'");
        _pos++; // >
        var path = _path.ToArray();
        foreach (var (other, otherPath) in _groupNames)
        {
            if (other == name && !InDifferentAlternatives(path, otherPath))
            {
                throw Fail(PatternProblemKind.Invalid, nameStart, name.Length, $"a second group named '{name}' that can match together with the first; rename one");
            }
        }
        _groupNames.Add((name, path));
    }

    private static bool InDifferentAlternatives((int Disjunction, int Alternative)[] a, (int Disjunction, int Alternative)[] b)
    {
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i].Disjunction != b[i].Disjunction) return false;
            if (a[i].Alternative != b[i].Alternative) return true;
        }
        return false;
    }

    private static bool IsGroupName(string name)
    {
        if (name.Length == 0) return false;
        for (int i = 0; i < name.Length;)
        {
            if (char.IsSurrogate(name, i) && !char.IsSurrogatePair(name, i)) return false;
            int codePoint = char.ConvertToUtf32(name, i);
            bool ok = codePoint is '$' or '_'
                || IsInProperty(i == 0 ? "ID_Start" : "ID_Continue", codePoint)
                || (i > 0 && codePoint is 0x200C or 0x200D);
            if (!ok) return false;
            i += codePoint > 0xFFFF ? 2 : 1;
        }
        return true;
    }

    private static bool IsInProperty(string binaryProperty, int codePoint)
        => UnicodeTables.TryFind(UnicodeTables.NameKind.Binary, binaryProperty, out var set) && set is not null && set.Contains(codePoint);

    private PatternNode ParseAtomEscape()
    {
        int start = _pos;
        if (!Has(1)) throw Fail(PatternProblemKind.Invalid, start, 1, "a '\\' at the end of the pattern; write \\\\ for a backslash");
        char c = Peek(1);
        if (c >= '1' && c <= '9')
        {
            int k = _pos + 1;
            while (k < _pattern.Length && IsDigit(_pattern[k])) k++;
            throw Fail(PatternProblemKind.NeedsBacktracking, start, k - start, "a backreference");
        }
        if (c == 'k')
        {
            if (Peek(2) == '<')
            {
                int close = _pattern.IndexOf('>', _pos);
                throw Fail(PatternProblemKind.NeedsBacktracking, start, close < 0 ? 3 : close - start + 1, "a named backreference");
            }
            throw Fail(PatternProblemKind.Invalid, start, 2, "\\k must be followed by <name>");
        }
        var set = TryParseClassEscape() ?? CodePointSet.Single(ParseCharacterEscape(inClass: false));
        return new CharacterNode(set);
    }

    /// <summary>\d \D \s \S \w \W \p{…} \P{…} at _pos, or null (then nothing is consumed).</summary>
    private CodePointSet? TryParseClassEscape()
    {
        char c = Peek(1);
        switch (c)
        {
            case 'd': _pos += 2; return Digits;
            case 'D': _pos += 2; return Digits.Complement();
            case 'w': _pos += 2; return WordCharacters;
            case 'W': _pos += 2; return WordCharacters.Complement();
            case 's': _pos += 2; return WhiteSpace();
            case 'S': _pos += 2; return WhiteSpace().Complement();
            case 'p':
            case 'P':
                var set = ParsePropertyEscape();
                return c == 'P' ? set.Complement() : set;
            default:
                return null;
        }
    }

    /// <summary>ECMA-262's WhiteSpace and LineTerminator: tab, vertical tab, form feed, the Space_Separator category, U+FEFF, and the four line terminators.</summary>
    internal static CodePointSet WhiteSpace()
    {
        UnicodeTables.TryFind(UnicodeTables.NameKind.GeneralCategory, "Zs", out var spaceSeparators);
        return spaceSeparators!.Union(LineTerminators).Union(CodePointSet.FromRanges([(0x09, 0x09), (0x0B, 0x0C), (0xFEFF, 0xFEFF)]));
    }

    private CodePointSet ParsePropertyEscape()
    {
        int start = _pos;
        _pos += 2;
        if (Peek() != '{' || AtEnd) throw Fail(PatternProblemKind.Invalid, start, 2, $"\\{_pattern[start + 1]} must be followed by a property in braces, such as \\{_pattern[start + 1]}{{Letter}}");
        int close = _pattern.IndexOf('}', _pos);
        if (close < 0) throw Fail(PatternProblemKind.Invalid, start, _pattern.Length - start, "this property escape is never closed; add '}'");
        string body = _pattern.Substring(_pos + 1, close - _pos - 1);
        _pos = close + 1;
        int length = _pos - start;
        int equals = body.IndexOf('=');
        CodePointSet? set;
        if (equals >= 0)
        {
            string property = body.Substring(0, equals);
            string value = body.Substring(equals + 1);
            UnicodeTables.NameKind kind;
            switch (property)
            {
                case "General_Category": case "gc": kind = UnicodeTables.NameKind.GeneralCategory; break;
                case "Script": case "sc": kind = UnicodeTables.NameKind.Script; break;
                case "Script_Extensions": case "scx": kind = UnicodeTables.NameKind.ScriptExtensions; break;
                default:
                    throw Fail(PatternProblemKind.Invalid, start, length,
                        $"'{property}' is not a property ECMA-262 lets a pattern name with a value; use General_Category (gc), Script (sc) or Script_Extensions (scx)");
            }
            if (!UnicodeTables.TryFind(kind, value, out set))
            {
                throw Fail(PatternProblemKind.Invalid, start, length, $"'{value}' is not a value of {property} (names are case-sensitive, e.g. Greek, Latin, Lu)");
            }
        }
        else if (!UnicodeTables.TryFind(UnicodeTables.NameKind.GeneralCategory, body, out set)
            && !UnicodeTables.TryFind(UnicodeTables.NameKind.Binary, body, out set))
        {
            throw Fail(PatternProblemKind.Invalid, start, length,
                $"'{body}' is not a Unicode property ECMA-262 knows (names are case-sensitive: a General_Category such as L, Letter or Lu, a binary property such as Alphabetic, or Script=Greek)");
        }
        if (set is null)
        {
            throw Fail(PatternProblemKind.Unsupported, start, length, $"the emoji property '{body}', whose data EventSchema's Unicode {UnicodeTables.UnicodeVersion} tables do not carry");
        }
        return set;
    }

    /// <summary>A CharacterEscape (or, in a class, \b and \-) at _pos: the one code point it stands for.</summary>
    private int ParseCharacterEscape(bool inClass)
    {
        int start = _pos;
        char c = Peek(1);
        _pos += 2;
        switch (c)
        {
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'v': return '\v';
            case 'b' when inClass: return '\b';
            case '-' when inClass: return '-';
            case 'c':
                char letter = Peek();
                if (!AtEnd && ((letter >= 'A' && letter <= 'Z') || (letter >= 'a' && letter <= 'z')))
                {
                    _pos++;
                    return letter % 32;
                }
                throw Fail(PatternProblemKind.Invalid, start, 2, "\\c must be followed by a letter A-Z or a-z");
            case '0':
                if (IsDigit(Peek()) && !AtEnd) throw Fail(PatternProblemKind.Invalid, start, 3, "\\0 followed by a digit is not allowed with the unicode flag; write \\x00 and the digit");
                return 0;
            case 'x':
                if (IsHex(Peek(0)) && IsHex(Peek(1)) && Has(1))
                {
                    _pos += 2;
                    return HexValue(_pos - 2, 2);
                }
                throw Fail(PatternProblemKind.Invalid, start, 2, "\\x must be followed by two hexadecimal digits");
            case 'u':
                return ParseUnicodeEscape(start);
            default:
                if ("^$\\.*+?()[]{}|/".IndexOf(c) >= 0) return c;
                if (IsDigit(c) && inClass) throw Fail(PatternProblemKind.Invalid, start, 2, $"\\{c} is not allowed in a class with the unicode flag");
                string shown = char.IsHighSurrogate(c) && Has(0) ? _pattern.Substring(start + 1, 2) : c.ToString();
                throw Fail(PatternProblemKind.Invalid, start, 1 + shown.Length,
                    $"'\\{shown}' is not an escape ECMA-262 allows with the unicode flag (only syntax characters ^$\\.*+?()[]{{}}|/ may be escaped); write the character itself");
        }
    }

    private int ParseUnicodeEscape(int start)
    {
        if (Peek() == '{' && !AtEnd)
        {
            int k = _pos + 1;
            while (k < _pattern.Length && IsHex(_pattern[k])) k++;
            if (k == _pos + 1 || k >= _pattern.Length || _pattern[k] != '}')
            {
                throw Fail(PatternProblemKind.Invalid, start, k - start, "\\u{…} must hold hexadecimal digits and end with '}'");
            }
            string digits = _pattern.Substring(_pos + 1, k - _pos - 1).TrimStart('0');
            if (digits.Length > 6 || (digits.Length > 0 && int.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture) > CodePointSet.MaxCodePoint))
            {
                throw Fail(PatternProblemKind.Invalid, start, k - start + 1, "\\u{…} is above the largest code point, 10FFFF");
            }
            _pos = k + 1;
            return digits.Length == 0 ? 0 : int.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }
        if (!HexDigitsAt(_pos, 4)) throw Fail(PatternProblemKind.Invalid, start, 2, "\\u must be followed by four hexadecimal digits or by {…}");
        int unit = HexValue(_pos, 4);
        _pos += 4;
        // With the unicode flag, \uD83D\uDC32 is one code point.
        if (unit >= 0xD800 && unit <= 0xDBFF && Peek() == '\\' && Peek(1) == 'u' && HexDigitsAt(_pos + 2, 4))
        {
            int low = HexValue(_pos + 2, 4);
            if (low >= 0xDC00 && low <= 0xDFFF)
            {
                _pos += 6;
                return char.ConvertToUtf32((char)unit, (char)low);
            }
        }
        return unit;
    }

    private bool HexDigitsAt(int index, int count)
    {
        if (index + count > _pattern.Length) return false;
        for (int i = 0; i < count; i++)
        {
            if (!IsHex(_pattern[index + i])) return false;
        }
        return true;
    }

    private int HexValue(int index, int count) => int.Parse(_pattern.Substring(index, count), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    private static bool IsHex(char c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private PatternNode ParseClass()
    {
        int start = _pos;
        _pos++; // [
        bool negated = false;
        if (Peek() == '^' && !AtEnd)
        {
            negated = true;
            _pos++;
        }
        var set = CodePointSet.Empty;
        while (true)
        {
            if (AtEnd) throw Fail(PatternProblemKind.Invalid, start, 1, "this class is never closed; add ']'");
            if (Peek() == ']') break;
            int atomStart = _pos;
            var low = ParseClassAtom();
            if (Peek() == '-' && Has(1) && Peek(1) != ']')
            {
                _pos++;
                var high = ParseClassAtom();
                int lowPoint = low.SingleCodePoint, highPoint = high.SingleCodePoint;
                if (lowPoint < 0 || highPoint < 0)
                {
                    throw Fail(PatternProblemKind.Invalid, atomStart, _pos - atomStart, "a range cannot start or end with a class escape such as \\d; put the '-' first or last, or escape it as \\-");
                }
                if (highPoint < lowPoint) throw Fail(PatternProblemKind.Invalid, atomStart, _pos - atomStart, "this range is out of order");
                set = set.Union(CodePointSet.Range(lowPoint, highPoint));
            }
            else
            {
                set = set.Union(low);
            }
        }
        _pos++; // ]
        return new CharacterNode(negated ? set.Complement() : set);
    }

    private CodePointSet ParseClassAtom()
    {
        if (Peek() != '\\') return CodePointSet.Single(ReadCodePoint());
        if (!Has(1)) throw Fail(PatternProblemKind.Invalid, _pos, 1, "a '\\' at the end of the pattern; write \\\\ for a backslash");
        return TryParseClassEscape() ?? CodePointSet.Single(ParseCharacterEscape(inClass: true));
    }
}
