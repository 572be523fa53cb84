namespace EventSchema.Cli.Tests;

public class FormatCommandTests
{
    private const string Messy = """
        // Orders placed in the shop.
        namespace   Shop ;
        using Billing;
        /// A customer order.
        @version( 2 )   @type("shop.order-placed.v2")
        event OrderPlaced{
        /// Who ordered.
              customer :Customer;   // resolved through Billing



          @minItems(1)   @maxItems( 50 ) lines:list< Line >;
            notes ? : map<string,string> ;
          status:Status=pending;
        }
        enum Status {pending,shipped}
        """;

    private const string Canonical = """
        // Orders placed in the shop.
        namespace Shop;
        using Billing;

        /// A customer order.
        @version(2)
        @type("shop.order-placed.v2")
        event OrderPlaced {
          /// Who ordered.
          customer: Customer; // resolved through Billing

          @minItems(1) @maxItems(50) lines: list<Line>;
          notes?: map<string, string>;
          status: Status = pending;
        }

        enum Status { pending, shipped }

        """;

    [Fact]
    public void Rewrites_a_file_in_the_canonical_layout()
    {
        using var folder = new TemporaryFolder();
        folder.Write("order.eventschema", Messy);

        var result = CliRunner.Run(folder.Path, "format");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Formatted order.eventschema", result.Output);
        Assert.Equal(Canonical.ReplaceLineEndings("\n"), folder.Read("order.eventschema"));
    }

    [Fact]
    public void A_file_that_starts_with_a_byte_order_mark_keeps_it_and_one_without_gets_none()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(System.IO.Path.Combine(folder.Path, "marked.eventschema"), Messy, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        folder.Write("plain.eventschema", Messy);

        var result = CliRunner.Run(folder.Path, "format");

        Assert.True(result.ExitCode == 0, result.ToString());
        byte[] marked = File.ReadAllBytes(System.IO.Path.Combine(folder.Path, "marked.eventschema"));
        byte[] plain = File.ReadAllBytes(System.IO.Path.Combine(folder.Path, "plain.eventschema"));
        Assert.Equal([0xEF, 0xBB, 0xBF], marked[..3]);
        Assert.Equal(plain, marked[3..]);
        Assert.Equal(Canonical.ReplaceLineEndings("\n"), folder.Read("plain.eventschema"));
    }

    [Fact]
    public void Check_lists_unformatted_files_and_changes_nothing()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.eventschema", Messy);
        folder.Write("b.eventschema", Canonical);

        var result = CliRunner.Run(folder.Path, "format", "--check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a.eventschema: not formatted", result.Output);
        Assert.DoesNotContain("b.eventschema", result.Output);
        Assert.Equal(Messy, folder.Read("a.eventschema"));
    }

    [Fact]
    public void Formatting_twice_changes_nothing_the_second_time()
    {
        using var folder = new TemporaryFolder();
        folder.Write("order.eventschema", Messy);

        CliRunner.Run(folder.Path, "format");
        string once = folder.Read("order.eventschema");
        var second = CliRunner.Run(folder.Path, "format", "--check");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(once, folder.Read("order.eventschema"));
    }

    [Fact]
    public void The_seed_schemas_are_formatted()
    {
        var result = CliRunner.Run(CliRunner.RepoRoot, "format", "--check", "schemas/diplomacy");

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void A_file_with_syntax_errors_is_reported_and_left_alone()
    {
        using var folder = new TemporaryFolder();
        const string broken = "namespace Shop;\nrecord A {\n  name string;\n}\n";
        folder.Write("broken.eventschema", broken);

        var result = CliRunner.Run(folder.Path, "format");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"broken\.eventschema\(3,\d+\): error ES\d{4}", result.Error);
        Assert.Contains("not formatted because it has syntax errors", result.Error);
        Assert.Equal(broken, folder.Read("broken.eventschema"));
        Assert.Equal("Formatted 0 of 1 file; 1 file has syntax errors and was left alone.", result.Output.TrimEnd());

        var check = CliRunner.Run(folder.Path, "format", "--check");
        Assert.Equal(1, check.ExitCode);
        Assert.Equal("No file needs formatting; 1 file has syntax errors and was left alone.", check.Output.TrimEnd());
    }

    [Fact]
    public void Stdin_is_formatted_to_stdout()
    {
        using var folder = new TemporaryFolder();

        var result = CliRunner.RunWithInput(folder.Path, "namespace Shop;\nrecord A{a:string;}\n", "format", "--stdin");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("namespace Shop;\n\nrecord A {\n  a: string;\n}\n", result.Output);
    }

    [Fact]
    public void Check_with_stdin_says_in_one_line_whether_the_input_is_formatted_and_fails_when_it_is_not()
    {
        using var folder = new TemporaryFolder();

        var unformatted = CliRunner.RunWithInput(folder.Path, "namespace C;\nrecord  R {a:int;}\n", "format", "--stdin", "--check");
        Assert.True(unformatted.ExitCode == 1, unformatted.ToString());
        Assert.Equal("Standard input is not formatted; run 'eventschema format --stdin' to print it formatted.", unformatted.Output.TrimEnd());

        var formatted = CliRunner.RunWithInput(folder.Path, "namespace C;\n\nrecord R {\n  a: int;\n}\n", "format", "--check", "--stdin");
        Assert.True(formatted.ExitCode == 0, formatted.ToString());
        Assert.Equal("Standard input is formatted.", formatted.Output.TrimEnd());

        var broken = CliRunner.RunWithInput(folder.Path, "namespace C;\nrecord R {\n  a int;\n}\n", "format", "--stdin", "--check");
        Assert.Equal(1, broken.ExitCode);
        Assert.Matches(@"<stdin>\(3,\d+\): error ES\d{4}", broken.Error);
        Assert.Equal("Standard input has syntax errors, so it is not formatted.", broken.Output.TrimEnd());
    }

    [Fact]
    public void The_command_reference_quotes_what_check_prints_for_files_and_for_standard_input()
    {
        // --check sums up in one line, for files and for standard input alike; docs/cli.md shows those lines as printed.
        using var folder = new TemporaryFolder();
        folder.Write("a.eventschema", Messy);
        folder.Write("b.eventschema", Canonical);
        string reference = File.ReadAllText(System.IO.Path.Combine(CliRunner.RepoRoot, "docs", "cli.md")).ReplaceLineEndings("\n");

        var files = CliRunner.Run(folder.Path, "format", "--check");
        var formatted = CliRunner.RunWithInput(folder.Path, Canonical, "format", "--stdin", "--check");
        var unformatted = CliRunner.RunWithInput(folder.Path, Messy, "format", "--stdin", "--check");
        var broken = CliRunner.RunWithInput(folder.Path, "namespace C;\nrecord R {\n  a int;\n}\n", "format", "--stdin", "--check");

        string summary = files.Output.ReplaceLineEndings("\n").TrimEnd().Split('\n')[^1];
        Assert.Equal("1 of 2 files needs formatting; run 'eventschema format' to fix it.", summary);
        foreach (string line in new[] { summary, formatted.Output.TrimEnd(), unformatted.Output.TrimEnd(), broken.Output.TrimEnd() })
        {
            Assert.Contains("\n" + line + "\n", reference, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("prints no text", reference, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_with_stdin_is_a_usage_error_and_the_file_is_left_alone()
    {
        using var folder = new TemporaryFolder();
        const string unformatted = "namespace C;\nrecord  R {a:int;}\n";
        folder.Write("file.eventschema", unformatted);

        var result = CliRunner.RunWithInput(folder.Path, "", "format", "--stdin", "file.eventschema");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--stdin formats standard input, so it takes no path ('file.eventschema')", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
        Assert.Equal(unformatted, folder.Read("file.eventschema"));
    }
}
