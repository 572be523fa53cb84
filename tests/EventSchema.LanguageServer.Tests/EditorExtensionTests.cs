using System.IO.Compression;

namespace EventSchema.LanguageServer.Tests;

/// <summary>The VS Code extension: grammar tests, the end-to-end LSP client test, and packaging, run with Node.</summary>
public class EditorExtensionTests
{
    [Fact]
    public void Grammar_assigns_the_expected_scope_to_every_token_class()
    {
        NodeTool.SkipUnlessInstalled();

        var (exitCode, output) = NodeTool.Run("node", ["node_modules/vscode-tmgrammar-test/dist/unit.js", "--config", "package.json", "test/grammar/*.eventschema"]);

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("failed", output);
        Assert.Equal(Directory.GetFiles(Path.Combine(TestPaths.Extension, "test", "grammar"), "*.eventschema").Length,
            output.Split('\n').Count(l => l.Contains("run successfuly")));
    }

    [Fact]
    public void Every_token_of_every_seed_schema_gets_a_scope_of_its_own()
    {
        NodeTool.SkipUnlessInstalled();

        var (exitCode, output) = NodeTool.Run("node", ["test/grammar/coverage.js"]);

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void The_grammar_test_files_are_the_seed_schemas_with_assertions()
    {
        foreach (string seed in Directory.GetFiles(TestPaths.SeedSchemas, "*.eventschema"))
        {
            string test = Path.Combine(TestPaths.Extension, "test", "grammar", Path.GetFileName(seed));
            Assert.True(File.Exists(test), $"No grammar test for {Path.GetFileName(seed)}.");
            var withoutAssertions = File.ReadAllLines(test)
                .Where(line => !line.StartsWith("// SYNTAX TEST", StringComparison.Ordinal))
                .Where(line => !System.Text.RegularExpressions.Regex.IsMatch(line, @"^//\s*(\^|<)"));
            Assert.Equal(File.ReadAllText(seed).ReplaceLineEndings("\n").TrimEnd('\n'), string.Join("\n", withoutAssertions).TrimEnd('\n'));
        }
    }

    [Fact]
    public void A_real_LSP_client_gets_diagnostics_completion_hover_definition_rename_and_formatting()
    {
        NodeTool.SkipUnlessInstalled();

        var (exitCode, output) = NodeTool.Run("node", ["test/lsp/e2e.js", TestPaths.ServerPath]);

        Assert.True(exitCode == 0, output);
        Assert.Contains("all checks passed", output);
    }

    [Fact]
    public void The_extension_packages_as_a_vsix_with_its_grammar_and_client()
    {
        NodeTool.SkipUnlessInstalled();
        string folder = Path.Combine(Path.GetTempPath(), "eventschema-vsix-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string vsix = Path.Combine(folder, "eventschema.vsix");
            var (exitCode, output) = NodeTool.Run("node", ["node_modules/@vscode/vsce/vsce", "package", "--allow-missing-repository", "-o", vsix]);

            Assert.True(exitCode == 0, output);
            using var archive = ZipFile.OpenRead(vsix);
            var entries = archive.Entries.Select(e => e.FullName).ToHashSet();
            Assert.Contains("extension/package.json", entries);
            Assert.Contains("extension/syntaxes/eventschema.tmLanguage.json", entries);
            Assert.Contains("extension/language-configuration.json", entries);
            Assert.Contains("extension/extension.js", entries);
            Assert.Contains(entries, e => e.StartsWith("extension/node_modules/vscode-languageclient/", StringComparison.Ordinal));
            Assert.DoesNotContain(entries, e => e.StartsWith("extension/test/", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
