using System;
using System.Text;

namespace EventSchema.Generator.Emit;

/// <summary>
/// Writes C# line by line with four-space indentation and LF line endings, so generated files are the
/// same on every machine. Multi-line text (raw string literals) is indented line by line.
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _depth;

    public void Line() => _builder.Append('\n');

    /// <summary>Writes <paramref name="text"/>, each of its lines indented at the current depth.</summary>
    public void Line(string text)
    {
        int start = 0;
        while (true)
        {
            int end = text.IndexOf('\n', start);
            string line = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
            line = line.TrimEnd('\r');
            if (line.Length > 0)
            {
                // Preprocessor lines stay at column one, as people write them.
                if (line[0] != '#') _builder.Append(' ', _depth * 4);
                _builder.Append(line);
            }
            _builder.Append('\n');
            if (end < 0) break;
            start = end + 1;
        }
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until the returned scope is disposed.</summary>
    public Block Braces(string header)
    {
        Line(header);
        Line("{");
        _depth++;
        return new Block(this, "}");
    }

    /// <summary>Opens a bare brace block, which scopes the locals inside it.</summary>
    public Block Braces()
    {
        Line("{");
        _depth++;
        return new Block(this, "}");
    }

    /// <summary>Opens a brace block that closes with <paramref name="closing"/> (such as <c>};</c>).</summary>
    public Block Braces(string header, string closing)
    {
        Line(header);
        Line("{");
        _depth++;
        return new Block(this, closing);
    }

    public void Indent() => _depth++;

    public void Unindent() => _depth = Math.Max(0, _depth - 1);

    public override string ToString() => _builder.ToString();

    internal readonly struct Block : IDisposable
    {
        private readonly CodeWriter _writer;
        private readonly string _closing;

        public Block(CodeWriter writer, string closing)
        {
            _writer = writer;
            _closing = closing;
        }

        public void Dispose()
        {
            _writer.Unindent();
            _writer.Line(_closing);
        }
    }
}
