using System.Globalization;
using System.Text;

namespace EventSchema.Cli.Export;

/// <summary>
/// Produces strings that match a <c>@pattern</c> and a length range, from the pattern's own structure: the pattern
/// is parsed (literals, classes, escapes such as <c>\d</c> and <c>\p{Lu}</c>, groups, alternation, quantifiers,
/// anchors), then strings of growing length are spelled out, choosing readable characters first. Every string is
/// checked with <see cref="PatternMatcher"/> and the length rules before it is returned, so what comes out is valid
/// even where the structure is only approximated; a pattern with a construct it cannot read yields nothing.
/// </summary>
internal static class PatternStrings
{
    private const long Unbounded = long.MaxValue / 4;
    private const int LengthsTried = 48;
    private const int SpellingsPerLength = 64;

    private static readonly int[] Readable =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/@ ".Select(c => (int)c)
            .Concat(Enumerable.Range(0x21, 0x5E))
            .Concat(Enumerable.Range(0xA0, 0x160))
            .Distinct()
            .ToArray();

    /// <summary>
    /// Distinct strings that match <paramref name="pattern"/> with between <paramref name="minLength"/> and
    /// <paramref name="maxLength"/> code points, shortest first; empty when none can be found.
    /// </summary>
    public static IEnumerable<string> Matching(string pattern, int minLength, int maxLength)
    {
        Node? root;
        try
        {
            root = new Parser(pattern).ParseAll();
        }
        catch (Exception error) when (error is FormatException or IndexOutOfRangeException or ArgumentException)
        {
            // A construct this reader does not know: no spelling, so the caller says there is no example.
            yield break;
        }
        if (root is null) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long low = Math.Max(root.MinLength, minLength);
        long high = Math.Min(root.MaxLength, maxLength == int.MaxValue ? Unbounded : maxLength * 2L);
        for (long length = low; length <= high && length < low + LengthsTried; length++)
        {
            var skeleton = root.Spell((int)length);
            if (skeleton is null) continue;
            for (var spelling = 0; spelling < SpellingsPerLength; spelling++)
            {
                var text = Render(skeleton, spelling);
                if (text is null) break;
                if (seen.Add(text) && Fits(text, minLength, maxLength) && PatternMatcher.Matches(pattern, text)) yield return text;
            }
        }
        // A pattern not anchored at both ends also matches inside longer text: pad the shortest match when it is too short.
        var shortest = root.Spell((int)Math.Min(root.MinLength, 1024)) is { } core ? Render(core, 0) : null;
        if (shortest is null) yield break;
        for (var padding = 1; padding <= LengthsTried && shortest.Length + padding <= maxLength; padding++)
        {
            foreach (var text in new[] { shortest + new string('x', padding), new string('x', padding) + shortest })
            {
                if (seen.Add(text) && Fits(text, minLength, maxLength) && PatternMatcher.Matches(pattern, text)) yield return text;
            }
        }
    }

    private static bool Fits(string text, int minLength, int maxLength)
    {
        var codePoints = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
            codePoints++;
        }
        return codePoints >= minLength && codePoints <= maxLength;
    }

    /// <summary>The <paramref name="spelling"/>-th string of the skeleton, counting the last position fastest; null past the last.</summary>
    private static string? Render(List<CharClass> skeleton, int spelling)
    {
        var chars = new char[skeleton.Count];
        for (var i = skeleton.Count - 1; i >= 0; i--)
        {
            var choices = skeleton[i].Choices;
            chars[i] = (char)choices[spelling % choices.Count];
            spelling /= choices.Count;
        }
        return spelling == 0 ? new string(chars) : null;
    }

    private abstract class Node
    {
        public abstract long MinLength { get; }

        public abstract long MaxLength { get; }

        /// <summary>The classes of the characters of one string of exactly <paramref name="length"/> UTF-16 units; null when none is found.</summary>
        public abstract List<CharClass>? Spell(int length);
    }

    private sealed class CharClass(Func<int, bool> test) : Node
    {
        private List<int>? _choices;

        /// <summary>Characters of the class, the most readable first (at most a few dozen).</summary>
        public List<int> Choices => _choices ??= FindChoices();

        public override long MinLength => 1;

        public override long MaxLength => 1;

        public bool Test(int c) => test(c);

        public override List<CharClass>? Spell(int length) => length == 1 && Choices.Count > 0 ? [this] : null;

        private List<int> FindChoices()
        {
            var choices = Readable.Where(test).Take(24).ToList();
            for (var c = 0; c <= 0xFFFF && choices.Count < 4; c++)
            {
                if (test(c) && !choices.Contains(c)) choices.Add(c);
            }
            return choices;
        }
    }

    private sealed class Anchor : Node
    {
        public override long MinLength => 0;

        public override long MaxLength => 0;

        public override List<CharClass>? Spell(int length) => length == 0 ? [] : null;
    }

    private sealed class Sequence(List<Node> items) : Node
    {
        public override long MinLength => Math.Min(Unbounded, items.Sum(item => item.MinLength));

        public override long MaxLength => Math.Min(Unbounded, items.Aggregate(0L, (sum, item) => Math.Min(Unbounded, sum + item.MaxLength)));

        public override List<CharClass>? Spell(int length)
        {
            var extra = length - MinLength;
            if (extra < 0) return null;
            var result = new List<CharClass>();
            foreach (var item in items)
            {
                var take = item.MinLength + Math.Min(extra, item.MaxLength - item.MinLength);
                extra -= take - item.MinLength;
                var part = item.Spell((int)take);
                if (part is null) return null;
                result.AddRange(part);
            }
            return extra == 0 ? result : null;
        }
    }

    private sealed class Alternation(List<Node> options) : Node
    {
        public override long MinLength => options.Min(option => option.MinLength);

        public override long MaxLength => options.Max(option => option.MaxLength);

        public override List<CharClass>? Spell(int length)
            => options.Where(o => o.MinLength <= length && length <= o.MaxLength).Select(o => o.Spell(length)).FirstOrDefault(s => s is not null);
    }

    private sealed class Repeat(Node atom, int min, int max) : Node
    {
        public override long MinLength => Math.Min(Unbounded, atom.MinLength * min);

        public override long MaxLength => max < 0 || atom.MaxLength >= Unbounded ? (atom.MaxLength == 0 ? 0 : Unbounded) : Math.Min(Unbounded, atom.MaxLength * max);

        public override List<CharClass>? Spell(int length)
        {
            long each = atom.MaxLength;
            long count = each == 0 ? min : Math.Max(min, (length + each - 1) / each);
            if (count == 0 && length > 0) count = 1;
            if ((max >= 0 && count > max) || count * atom.MinLength > length) return null;
            var result = new List<CharClass>();
            var extra = length - count * atom.MinLength;
            for (var i = 0; i < count; i++)
            {
                var take = atom.MinLength + Math.Min(extra, atom.MaxLength - atom.MinLength);
                extra -= take - atom.MinLength;
                var part = atom.Spell((int)take);
                if (part is null) return null;
                result.AddRange(part);
            }
            return extra == 0 ? result : null;
        }
    }

    /// <summary>Reads the regular expression syntax of <c>@pattern</c>; throws <see cref="FormatException"/> on what it does not know.</summary>
    private sealed class Parser(string pattern)
    {
        private int _position;

        public Node ParseAll()
        {
            var node = ParseAlternation();
            if (_position != pattern.Length) throw new FormatException("unbalanced parenthesis");
            return node;
        }

        private Node ParseAlternation()
        {
            var options = new List<Node> { ParseSequence() };
            while (_position < pattern.Length && pattern[_position] == '|')
            {
                _position++;
                options.Add(ParseSequence());
            }
            return options.Count == 1 ? options[0] : new Alternation(options);
        }

        private Node ParseSequence()
        {
            var items = new List<Node>();
            while (_position < pattern.Length && pattern[_position] is not ('|' or ')'))
            {
                var atom = ParseAtom();
                items.Add(ParseQuantifier(atom));
            }
            return items.Count == 1 ? items[0] : new Sequence(items);
        }

        private Node ParseQuantifier(Node atom)
        {
            while (_position < pattern.Length)
            {
                int min, max;
                var c = pattern[_position];
                if (c == '*') (min, max, _position) = (0, -1, _position + 1);
                else if (c == '+') (min, max, _position) = (1, -1, _position + 1);
                else if (c == '?') (min, max, _position) = (0, 1, _position + 1);
                else if (c == '{' && TryBraces(out min, out max)) { }
                else return atom;
                if (_position < pattern.Length && pattern[_position] == '?') _position++;
                atom = new Repeat(atom, min, max);
            }
            return atom;
        }

        private bool TryBraces(out int min, out int max)
        {
            min = max = 0;
            var close = pattern.IndexOf('}', _position);
            if (close < 0) return false;
            var parts = pattern.Substring(_position + 1, close - _position - 1).Split(',');
            if (parts.Length > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out min)) return false;
            if (parts.Length == 1) max = min;
            else if (parts[1].Length == 0) max = -1;
            else if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out max)) return false;
            _position = close + 1;
            return true;
        }

        private Node ParseAtom()
        {
            var c = pattern[_position++];
            switch (c)
            {
                case '(':
                    if (_position < pattern.Length && pattern[_position] == '?')
                    {
                        if (pattern[_position + 1] == ':') _position += 2;
                        else if (pattern[_position + 1] is '<' or '\'' && pattern[_position + 2] is not ('=' or '!'))
                        {
                            var end = pattern.IndexOf(pattern[_position + 1] == '<' ? '>' : '\'', _position + 2);
                            if (end < 0) throw new FormatException("group name");
                            _position = end + 1;
                        }
                        else throw new FormatException("group construct");
                    }
                    var inner = ParseAlternation();
                    if (_position >= pattern.Length || pattern[_position] != ')') throw new FormatException("unclosed group");
                    _position++;
                    return inner;
                case '[':
                    return ParseClass();
                case '.':
                    return new CharClass(ch => ch != '\n');
                case '^' or '$':
                    return new Anchor();
                case '\\' when _position < pattern.Length && pattern[_position] is 'b' or 'B' or 'A' or 'z' or 'Z':
                    // Anchors and word boundaries take no room; whether a spelling meets them is left to the matcher.
                    _position++;
                    return new Anchor();
                case '\\':
                    return ParseEscape(inClass: false);
                default:
                    return Literal(c);
            }
        }

        private static CharClass Literal(int c) => new(ch => ch == c);

        private CharClass ParseClass()
        {
            var negated = _position < pattern.Length && pattern[_position] == '^';
            if (negated) _position++;
            var tests = new List<Func<int, bool>>();
            var first = true;
            while (_position < pattern.Length && (pattern[_position] != ']' || first))
            {
                first = false;
                if (pattern[_position] == '-' && _position + 1 < pattern.Length && pattern[_position + 1] == '[') throw new FormatException("class subtraction");
                Func<int, bool> item;
                int? single = null;
                if (pattern[_position] == '\\')
                {
                    _position++;
                    var escaped = ParseEscape(inClass: true);
                    item = escaped.Test;
                    single = escaped.Choices.Count == 1 && IsSingle(escaped) ? escaped.Choices[0] : null;
                }
                else
                {
                    single = pattern[_position++];
                    var value = single.Value;
                    item = ch => ch == value;
                }
                if (single is int from && _position + 1 < pattern.Length && pattern[_position] == '-' && pattern[_position + 1] != ']')
                {
                    _position++;
                    int to = pattern[_position] == '\\' ? EscapedChar() : pattern[_position++];
                    item = ch => ch >= from && ch <= to;
                }
                tests.Add(item);
            }
            if (_position >= pattern.Length) throw new FormatException("unclosed class");
            _position++;
            return new CharClass(ch => tests.Any(t => t(ch)) != negated);
        }

        private static bool IsSingle(CharClass escaped) => Enumerable.Range(0, 0x80).Count(escaped.Test) <= 1 && escaped.Choices.Count == 1;

        private int EscapedChar()
        {
            _position++;
            var escaped = ParseEscape(inClass: true);
            if (!IsSingle(escaped)) throw new FormatException("class range bound");
            return escaped.Choices[0];
        }

        private CharClass ParseEscape(bool inClass)
        {
            if (_position >= pattern.Length) throw new FormatException("trailing backslash");
            var c = pattern[_position++];
            switch (c)
            {
                case 'd': return new CharClass(ch => ch < 0x10000 && char.IsDigit((char)ch));
                case 'D': return new CharClass(ch => !(ch < 0x10000 && char.IsDigit((char)ch)));
                case 'w': return new CharClass(IsWord);
                case 'W': return new CharClass(ch => !IsWord(ch));
                case 's': return new CharClass(ch => ch < 0x10000 && char.IsWhiteSpace((char)ch));
                case 'S': return new CharClass(ch => !(ch < 0x10000 && char.IsWhiteSpace((char)ch)));
                case 't': return Literal('\t');
                case 'n': return Literal('\n');
                case 'r': return Literal('\r');
                case 'f': return Literal('\f');
                case 'v': return Literal('\v');
                case 'e': return Literal('\u001B');
                case 'a': return Literal('\a');
                case 'b' when inClass: return Literal('\b');
                case 'x': return Literal(Hex(2));
                case 'u': return Literal(Hex(4));
                case 'c':
                    if (_position >= pattern.Length) throw new FormatException("control escape");
                    return Literal(char.ToUpperInvariant(pattern[_position++]) - '@');
                case 'p' or 'P':
                    var category = Category();
                    return c == 'p' ? new CharClass(category) : new CharClass(ch => !category(ch));
                default:
                    if (char.IsLetterOrDigit(c)) throw new FormatException("escape \\" + c);
                    return Literal(c);
            }
        }

        private int Hex(int digits)
        {
            if (_position + digits > pattern.Length || !int.TryParse(pattern.AsSpan(_position, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException("hex escape");
            }
            _position += digits;
            return value;
        }

        private Func<int, bool> Category()
        {
            if (_position >= pattern.Length || pattern[_position] != '{') throw new FormatException("category");
            var end = pattern.IndexOf('}', _position);
            if (end < 0) throw new FormatException("category");
            var name = pattern.Substring(_position + 1, end - _position - 1);
            _position = end + 1;
            var categories = Enum.GetValues<UnicodeCategory>().Where(u => CategoryName(u).StartsWith(name, StringComparison.Ordinal) && (name.Length == 1 || CategoryName(u) == name)).ToHashSet();
            if (categories.Count == 0) throw new FormatException("category " + name);
            return ch => ch < 0x10000 && categories.Contains(char.GetUnicodeCategory((char)ch));
        }

        private static string CategoryName(UnicodeCategory category) => category switch
        {
            UnicodeCategory.UppercaseLetter => "Lu",
            UnicodeCategory.LowercaseLetter => "Ll",
            UnicodeCategory.TitlecaseLetter => "Lt",
            UnicodeCategory.ModifierLetter => "Lm",
            UnicodeCategory.OtherLetter => "Lo",
            UnicodeCategory.NonSpacingMark => "Mn",
            UnicodeCategory.SpacingCombiningMark => "Mc",
            UnicodeCategory.EnclosingMark => "Me",
            UnicodeCategory.DecimalDigitNumber => "Nd",
            UnicodeCategory.LetterNumber => "Nl",
            UnicodeCategory.OtherNumber => "No",
            UnicodeCategory.SpaceSeparator => "Zs",
            UnicodeCategory.LineSeparator => "Zl",
            UnicodeCategory.ParagraphSeparator => "Zp",
            UnicodeCategory.Control => "Cc",
            UnicodeCategory.Format => "Cf",
            UnicodeCategory.Surrogate => "Cs",
            UnicodeCategory.PrivateUse => "Co",
            UnicodeCategory.ConnectorPunctuation => "Pc",
            UnicodeCategory.DashPunctuation => "Pd",
            UnicodeCategory.OpenPunctuation => "Ps",
            UnicodeCategory.ClosePunctuation => "Pe",
            UnicodeCategory.InitialQuotePunctuation => "Pi",
            UnicodeCategory.FinalQuotePunctuation => "Pf",
            UnicodeCategory.OtherPunctuation => "Po",
            UnicodeCategory.MathSymbol => "Sm",
            UnicodeCategory.CurrencySymbol => "Sc",
            UnicodeCategory.ModifierSymbol => "Sk",
            UnicodeCategory.OtherSymbol => "So",
            _ => "Cn",
        };

        private static bool IsWord(int ch)
            => ch < 0x10000 && (char.IsLetterOrDigit((char)ch) || ch == '_' || char.GetUnicodeCategory((char)ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation);
    }
}
