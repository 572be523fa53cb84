using System.Globalization;
using System.Text;
using EventSchema.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventSchema.Generator.Tests;

/// <summary>String literals the generator writes read back, through the real compiler, as the very string they quote.</summary>
public sealed class CSharpLiteralTests
{
    // Controls (C0, DEL, C1 with NEL), line and paragraph separators, format characters (bidi controls, zero-width
    // characters, the soft hyphen, the byte order mark), lone surrogates of both halves, a valid pair, and what ends
    // a literal or an interpolation.
    private static readonly string[] Samples =
    [
        AllOf(0x00, 0x1F) + "\u007F" + AllOf(0x80, 0x9F),
        "line\u2028separator\u2029paragraph\u0085next",
        "\u202Aembed\u202B\u202C\u202D\u202E override\u2066\u2067\u2068\u2069\u200E\u200F\u061C",
        "zero\u200Bwidth\u200C\u200D\u2060\uFEFF\u00AD\u034F\u180E\u3164",
        "lone \uD800 high",
        "lone \uDFFF low",
        "\uDC00\uD800 reversed",
        "ends high \uDBFF",
        "kept pair \U0001F600 and \u00E9",
        "quote \" backslash \\ braces { } and \"\"\" three",
    ];

    [Fact]
    public void String_literals_compile_back_to_the_same_string()
    {
        var constants = Compile(index => CSharpLiterals.String(Samples[index]));

        for (int i = 0; i < Samples.Length; i++)
        {
            Assert.Equal(Samples[i], constants[i]);
        }
    }

    [Fact]
    public void Interpolated_text_compiles_back_to_the_same_string()
    {
        var constants = Compile(index => "$\"" + CSharpLiterals.InterpolatedText(Samples[index]) + "\"");

        for (int i = 0; i < Samples.Length; i++)
        {
            Assert.Equal(Samples[i], constants[i]);
        }
    }

    [Fact]
    public void String_literals_hold_no_character_that_renders_as_nothing_or_breaks_a_line()
    {
        foreach (string sample in Samples)
        {
            string literal = CSharpLiterals.String(sample);
            for (int i = 0; i < literal.Length; i++)
            {
                char c = literal[i];
                if (char.IsHighSurrogate(c) && i + 1 < literal.Length && char.IsLowSurrogate(literal[i + 1]))
                {
                    i++;
                    continue;
                }
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                Assert.False(
                    char.IsControl(c) || char.IsSurrogate(c) || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator,
                    $"U+{(int)c:X4} is written raw in {literal}");
            }
        }
    }

    [Fact]
    public void Char_literals_compile_back_to_the_same_character()
    {
        string characters = AllOf(0x00, 0x7F) + AllOf(0x80, 0x9F) + "\u00E9\u2028\u2029\u202E\u200B\uFEFF\uD800\uDFFF";
        var constants = Compile(index => CSharpLiterals.Char(characters[index]), characters.Length, "char");

        for (int i = 0; i < characters.Length; i++)
        {
            Assert.Equal(characters[i], constants[i]);
        }
    }

    private static string AllOf(int first, int last)
    {
        var builder = new StringBuilder();
        for (int c = first; c <= last; c++) builder.Append((char)c);
        return builder.ToString();
    }

    // One compilation of constants S0…Sn of the type given, each initialized with its expression; returns their values.
    private static object[] Compile(Func<int, string> expression, int count = -1, string type = "string")
    {
        if (count < 0) count = Samples.Length;
        var source = new StringBuilder("static class Literals\n{\n");
        for (int i = 0; i < count; i++) source.Append("    public const ").Append(type).Append(" S").Append(i).Append(" = ").Append(expression(i)).Append(";\n");
        source.Append("}\n");
        var tree = CSharpSyntaxTree.ParseText(source.ToString(), new CSharpParseOptions(LanguageVersion.CSharp11));
        var compilation = CSharpCompilation.Create(
            "Literals",
            [tree],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var literals = compilation.GetTypeByMetadataName("Literals")!;
        return Enumerable.Range(0, count)
            .Select(i => literals.GetMembers("S" + i).OfType<IFieldSymbol>().Single().ConstantValue!)
            .ToArray();
    }
}
