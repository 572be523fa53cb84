using System.Text.Json;
using System.Text.RegularExpressions;
using EventSchema.Language;
using EventSchema.Language.Text;

namespace EventSchema.Cli.Tests;

public class CheckCommandTests
{
    private const string Common = """
        namespace Shop;

        /// A customer.
        record Customer {
          @minLength(1) name: string;
        }
        """;

    private const string UnknownType = """
        namespace Shop;

        event OrderPlaced {
          customer: Custmer;
          total: decimal;
        }
        """;

    [Fact]
    public void Valid_schemas_pass_with_exit_code_zero()
    {
        var result = CliRunner.Run(CliRunner.RepoRoot, "check", "schemas/diplomacy");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(": error ES", result.Output);
        Assert.Matches(@"Checked \d+ files: 0 errors", result.Output);
    }

    [Fact]
    public void Names_resolve_across_the_files_checked_together()
    {
        using var folder = new TemporaryFolder();
        folder.Write("customer.eventschema", Common);
        folder.Write("orders/order-placed.eventschema", UnknownType.Replace("Custmer", "Customer"));

        var result = CliRunner.Run(folder.Path, "check");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Checked 2 files: 0 errors", result.Output);
    }

    [Fact]
    public void A_folder_is_searched_for_the_extension_in_any_case_as_the_build_takes_it()
    {
        using var folder = new TemporaryFolder();
        folder.Write("customer.eventschema", Common);
        folder.Write("Schemas/Order-Placed.EventSchema", UnknownType);

        var result = CliRunner.Run(folder.Path, "check");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(System.IO.Path.Combine("Schemas", "Order-Placed.EventSchema") + "(4,13): error ES0020", result.Output);
        Assert.Contains("Checked 2 files", result.Output);
    }

    [Fact]
    public void Errors_are_printed_in_the_build_format_and_fail_the_command()
    {
        using var folder = new TemporaryFolder();
        folder.Write("customer.eventschema", Common);
        folder.Write("order-placed.eventschema", UnknownType);

        var result = CliRunner.Run(folder.Path, "check");

        Assert.True(result.ExitCode == 1, result.ToString());
        var line = Assert.Single(result.Output.Split('\n'), l => l.Contains(": error "));
        var match = Regex.Match(line.TrimEnd('\r'), @"^(?<file>[^(]+)\((?<line>\d+),(?<column>\d+)\): error (?<code>ES\d{4}): (?<message>.+)$");
        Assert.True(match.Success, line);
        Assert.Equal("order-placed.eventschema", match.Groups["file"].Value);
        Assert.Equal("4", match.Groups["line"].Value);
        Assert.Equal("13", match.Groups["column"].Value); // "  customer: Custmer;" — the unknown name starts at column 13.
        Assert.Contains("Custmer", match.Groups["message"].Value);
    }

    [Fact]
    public void Printed_diagnostics_are_exactly_the_front_end_diagnostics()
    {
        using var folder = new TemporaryFolder();
        folder.Write("customer.eventschema", Common);
        folder.Write("order-placed.eventschema", UnknownType + "\nrecord Broken { a: string }\n");

        var result = CliRunner.Run(folder.Path, "check");

        var compilation = SchemaCompilation.Create(
        [
            new SourceText("customer.eventschema", Common),
            new SourceText("order-placed.eventschema", UnknownType + "\nrecord Broken { a: string }\n"),
        ]);
        var expected = compilation.Diagnostics.Select(d => d.ToString()).ToArray();
        var printed = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(": error ") || l.Contains(": warning ")).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, printed);
    }

    [Fact]
    public void Json_format_lists_every_diagnostic_with_its_position()
    {
        using var folder = new TemporaryFolder();
        folder.Write("customer.eventschema", Common);
        folder.Write("order-placed.eventschema", UnknownType);

        var result = CliRunner.Run(folder.Path, "check", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("files").GetInt32());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("order-placed.eventschema", diagnostic.GetProperty("file").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Matches("^ES[0-9]{4}$", diagnostic.GetProperty("code").GetString());
        Assert.Equal(4, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(13, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("Custmer".Length, diagnostic.GetProperty("length").GetInt32());
    }

    [Fact]
    public void A_path_that_does_not_exist_is_a_usage_error()
    {
        using var folder = new TemporaryFolder();

        var result = CliRunner.Run(folder.Path, "check", "no-such-folder");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'no-such-folder' is neither a schema file nor a folder", result.Error);
    }

    [Fact]
    public void A_folder_without_schemas_is_a_usage_error_that_names_it_as_for_lock()
    {
        // Checking nothing passes whatever the schemas say: CI pointed at the wrong folder would go green.
        using var folder = new TemporaryFolder();
        folder.Write("schemas/credentials.eventschema", "namespace Diplomacy;\n\nrecord Official {\n  name: Unknown;\n}\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "schema"));

        var named = CliRunner.Run(folder.Path, "check", "schema");
        var current = CliRunner.Run(Path.Combine(folder.Path, "schema"), "check", "--format", "json");

        Assert.Equal(2, named.ExitCode);
        Assert.Equal("eventschema: error: no .eventschema files in 'schema', so there is nothing to check; give the files or folders that hold the schemas.", named.Error.TrimEnd());
        Assert.Empty(named.Output);
        Assert.Equal(2, current.ExitCode);
        Assert.Contains("no .eventschema files in the current folder", current.Error, StringComparison.Ordinal);
        Assert.Equal(1, CliRunner.Run(folder.Path, "check", "schemas").ExitCode);
    }

    [Theory]
    [InlineData("check --bogus", "eventschema: error: '--bogus' is not an option of this command.", "eventschema check --help' for its options.")]
    [InlineData("check --format yaml", "eventschema: error: Argument 'yaml' not recognized.", "eventschema check --help' for its options.")]
    [InlineData("export", "eventschema: error: 'eventschema export' needs a command: jsonschema, asyncapi, markdown.", "eventschema export --help' for its commands and options.")]
    [InlineData("frobnicate", "eventschema: error: 'frobnicate' is not a command of 'eventschema'. Its commands are check, lock, format, new, export.", "eventschema --help' for its commands and options.")]
    [InlineData("chek", "eventschema: error: 'chek' is not a command of 'eventschema'. Did you mean 'eventschema check'?", "eventschema --help' for its commands and options.")]
    [InlineData("jsonschema --help", "eventschema: error: 'jsonschema' is not a command of 'eventschema'. Did you mean 'eventschema export jsonschema'?", "eventschema --help' for its commands and options.")]
    [InlineData("export jsonschem", "eventschema: error: 'jsonschem' is not a command of 'eventschema export'. Did you mean 'eventschema export jsonschema'?", "eventschema export --help' for its commands and options.")]
    [InlineData("export jsonschema --bogus", "eventschema: error: '--bogus' is not an option of this command.", "Run 'eventschema export jsonschema --help' for its options.")]
    public void What_the_command_line_parser_refuses_is_a_usage_error(string arguments, string error, string hint)
    {
        using var folder = new TemporaryFolder();

        var result = CliRunner.Run(folder.Path, arguments.Split(' '));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(error, result.Error, StringComparison.Ordinal);
        Assert.Contains(hint, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void An_unknown_format_is_rejected()
    {
        using var folder = new TemporaryFolder();

        var result = CliRunner.Run(folder.Path, "check", "--format", "xml");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("xml", result.Error);
    }

    [Fact]
    public void Fix_writes_the_suggested_name_into_the_file_and_checks_again()
    {
        using var folder = new TemporaryFolder();
        folder.Write("customer.eventschema", Common);
        folder.Write("order-placed.eventschema", UnknownType);

        var result = CliRunner.Run(folder.Path, "check", "--fix");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Fixed 1 problem in 1 file.", result.Output);
        Assert.Contains("Checked 2 files: 0 errors", result.Output);
        Assert.Equal(UnknownType.Replace("Custmer", "Customer"), File.ReadAllText(Path.Combine(folder.Path, "order-placed.eventschema")));
        Assert.Equal(Common, File.ReadAllText(Path.Combine(folder.Path, "customer.eventschema")));
    }

    [Fact]
    public void Fix_applies_every_fix_of_a_file_and_leaves_problems_without_one()
    {
        const string broken = """
            namespace Shop;

            recrod Customer {
              @minLenght(1) name: string;
              name: string;
            }
            """;
        using var folder = new TemporaryFolder();
        folder.Write("customer.eventschema", broken);

        var result = CliRunner.Run(folder.Path, "check", "--fix");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("Fixed 2 problems in 1 file.", result.Output);
        string fixedText = File.ReadAllText(Path.Combine(folder.Path, "customer.eventschema"));
        Assert.Equal(broken.Replace("recrod", "record").Replace("@minLenght", "@minLength"), fixedText);
        // A duplicate field needs the author's decision: it is reported, not changed.
        var remaining = Assert.Single(result.Output.Split('\n'), l => l.Contains(": error "));
        Assert.Contains("ES0023", remaining);
    }

    [Fact]
    public void Without_fix_the_files_are_not_changed_and_json_lists_the_fixes()
    {
        using var folder = new TemporaryFolder();
        folder.Write("customer.eventschema", Common);
        folder.Write("order-placed.eventschema", UnknownType);

        var result = CliRunner.Run(folder.Path, "check", "--format", "json");

        Assert.Equal(UnknownType, File.ReadAllText(Path.Combine(folder.Path, "order-placed.eventschema")));
        using var json = JsonDocument.Parse(result.Output);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        var fix = Assert.Single(diagnostic.GetProperty("fixes").EnumerateArray());
        Assert.Equal("Customer", fix.GetProperty("replacement").GetString());
        Assert.Equal(diagnostic.GetProperty("offset").GetInt32(), fix.GetProperty("offset").GetInt32());
        Assert.Equal("Custmer".Length, fix.GetProperty("length").GetInt32());
    }

    [Fact]
    public void Json_output_escapes_only_what_json_requires_and_counts_positions_in_utf16_code_units()
    {
        // An emoji is two UTF-16 code units; 'é' is one; the curly quotes are reported with their own characters.
        const string schema = "namespace Shop;\n\nrecord Café { /* 🚀 */ customer: Custmer; note: string = \u201Cx\u201D; }\n";
        using var folder = new TemporaryFolder();
        folder.Write("customer.eventschema", Common);
        folder.Write("order-placed.eventschema", schema);

        var result = CliRunner.Run(folder.Path, "check", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.DoesNotContain("\\u", result.Output, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Customer'?", result.Output, StringComparison.Ordinal);
        Assert.Contains("'\u201C' (U+201C)", result.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Output);
        var unknown = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "ES0020");
        int offset = schema.IndexOf("Custmer", StringComparison.Ordinal);
        int lineStart = schema.LastIndexOf('\n', offset) + 1;
        Assert.Equal(offset, unknown.GetProperty("offset").GetInt32());
        Assert.Equal(offset - lineStart + 1, unknown.GetProperty("column").GetInt32());
        var fix = Assert.Single(unknown.GetProperty("fixes").EnumerateArray());
        string applied = schema.Remove(fix.GetProperty("offset").GetInt32(), fix.GetProperty("length").GetInt32()).Insert(fix.GetProperty("offset").GetInt32(), fix.GetProperty("replacement").GetString()!);
        Assert.Contains("customer: Customer;", applied, StringComparison.Ordinal);
    }
}
