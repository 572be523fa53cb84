using System.Globalization;
using EventSchema.Language.Diagnostics;

namespace EventSchema.Cli;

/// <summary>
/// The severities that <c>.globalconfig</c> files set with <c>dotnet_diagnostic.&lt;code&gt;.severity</c>, applied to
/// diagnostics as the build applies them to the diagnostics it reports on schema files.
/// </summary>
/// <remarks>
/// The build reads the <c>.globalconfig</c> files in the folders of the project's files and every folder above them; for
/// a diagnostic this reads those in the folder of its file and every folder above it, so a <c>.globalconfig</c> beside
/// the project file applies to both. Only the global section of a file counts: the compiler applies sections, and
/// <c>.editorconfig</c> files, to C# files only, never to diagnostics located in schema files. As the compiler merges
/// global configs, a higher <c>global_level</c> wins (100 unless the file sets it), and a key that two files of the same
/// level set to different values is ignored.
/// </remarks>
internal sealed class SeverityConfiguration
{
    public const string FileName = ".globalconfig";

    private const int DefaultGlobalLevel = 100;
    private const string KeyPrefix = "dotnet_diagnostic.";
    private const string KeySuffix = ".severity";

    private readonly TextWriter _error;
    private readonly Dictionary<string, IReadOnlyDictionary<string, Setting>> _byFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConfigFile?> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reportedConflicts = new(StringComparer.Ordinal);

    /// <param name="error">Where problems of the configuration files themselves are written (a bad value, a conflict).</param>
    public SeverityConfiguration(TextWriter error) => _error = error;

    /// <summary>
    /// The diagnostics as configured: each at the severity the <c>.globalconfig</c> files above its file set for its code,
    /// without those set to <c>none</c> or <c>silent</c>, in the same order.
    /// </summary>
    public IReadOnlyList<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics)
    {
        var configured = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            var settings = ForFolder(FolderOf(diagnostic.FilePath));
            if (!settings.TryGetValue(diagnostic.Code, out var setting) || setting.Severity is not { } severity)
            {
                configured.Add(diagnostic);
            }
            else if (!setting.Suppresses)
            {
                configured.Add(diagnostic.Severity == severity ? diagnostic : diagnostic with { Severity = severity });
            }
        }
        return configured;
    }

    /// <summary>One key's value: the severity (null for <c>default</c>), the level and file it came from.</summary>
    private sealed record Setting(DiagnosticSeverity? Severity, string Value, int Level, string File)
    {
        /// <summary><c>none</c> and <c>silent</c>: the build reports nothing.</summary>
        public bool Suppresses { get; init; }
    }

    private sealed record ConfigFile(string Path, int Level, IReadOnlyDictionary<string, Setting> Settings);

    private static string FolderOf(string filePath) => Path.GetDirectoryName(Path.GetFullPath(filePath)) ?? Path.GetFullPath(filePath);

    private IReadOnlyDictionary<string, Setting> ForFolder(string folder)
    {
        if (_byFolder.TryGetValue(folder, out var cached)) return cached;
        var merged = new Dictionary<string, Setting>(StringComparer.OrdinalIgnoreCase);
        var conflicted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            if (Read(Path.Combine(current.FullName, FileName)) is not { } file) continue;
            foreach (var (code, setting) in file.Settings)
            {
                if (!merged.TryGetValue(code, out var earlier) || setting.Level > earlier.Level)
                {
                    merged[code] = setting;
                    conflicted.Remove(code);
                }
                else if (setting.Level == earlier.Level && !string.Equals(setting.Value, earlier.Value, StringComparison.OrdinalIgnoreCase))
                {
                    conflicted.Add(code);
                    ReportConflict(code, earlier, setting);
                }
            }
        }
        foreach (string code in conflicted) merged.Remove(code);
        _byFolder[folder] = merged;
        return merged;
    }

    private void ReportConflict(string code, Setting first, Setting second)
    {
        if (!_reportedConflicts.Add(code + "\n" + first.File + "\n" + second.File)) return;
        _error.WriteLine($"eventschema: warning: '{first.File}' and '{second.File}' set the severity of {code} to '{first.Value}' and '{second.Value}' at the same global_level ({first.Level}), so both are ignored, as the build ignores them; remove one, or give one file a higher global_level.");
    }

    private ConfigFile? Read(string path)
    {
        if (_files.TryGetValue(path, out var cached)) return cached;
        ConfigFile? file = null;
        if (File.Exists(path))
        {
            try
            {
                file = Parse(path, File.ReadAllLines(path));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _error.WriteLine($"eventschema: warning: cannot read '{path}', so its severities are not applied: {ex.Message}");
            }
        }
        _files[path] = file;
        return file;
    }

    private ConfigFile Parse(string path, string[] lines)
    {
        int level = DefaultGlobalLevel;
        var values = new List<(string Code, string Value, int Line)>();
        for (int index = 0; index < lines.Length; index++)
        {
            string line = lines[index].Trim();
            if (line.Length == 0 || line[0] is '#' or ';') continue;
            // Keys after a section header belong to that section's files: C# files, not schema files.
            if (line[0] == '[') break;
            int separator = line.IndexOfAny(['=', ':']);
            if (separator <= 0) continue;
            string key = line[..separator].Trim();
            string value = StripComment(line[(separator + 1)..]);
            if (key.Equals("global_level", StringComparison.OrdinalIgnoreCase))
            {
                if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int parsed)) level = parsed;
            }
            else if (key.Length > KeyPrefix.Length + KeySuffix.Length
                && key.StartsWith(KeyPrefix, StringComparison.OrdinalIgnoreCase)
                && key.EndsWith(KeySuffix, StringComparison.OrdinalIgnoreCase))
            {
                values.Add((key[KeyPrefix.Length..^KeySuffix.Length], value, index + 1));
            }
        }

        var settings = new Dictionary<string, Setting>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, value, line) in values)
        {
            if (!TryParseSeverity(value, out var severity, out bool suppresses))
            {
                _error.WriteLine($"{path}({line},1): warning: '{value}' is not a severity of {code}; use none, silent, suggestion, warning, error or default. The line is ignored, as the build ignores it.");
                continue;
            }
            // Within one file the last line for a code wins.
            settings[code] = new Setting(severity, value, level, path) { Suppresses = suppresses };
        }
        return new ConfigFile(path, level, settings);
    }

    private static string StripComment(string value)
    {
        int comment = value.IndexOfAny(['#', ';']);
        return (comment >= 0 ? value[..comment] : value).Trim();
    }

    /// <summary>The compiler's severity words: <c>default</c> keeps the code's own severity (null).</summary>
    private static bool TryParseSeverity(string value, out DiagnosticSeverity? severity, out bool suppresses)
    {
        suppresses = false;
        severity = null;
        switch (value.ToLowerInvariant())
        {
            case "default": return true;
            case "none" or "silent" or "refactoring": suppresses = true; severity = DiagnosticSeverity.Info; return true;
            case "suggestion": severity = DiagnosticSeverity.Info; return true;
            case "warning": severity = DiagnosticSeverity.Warning; return true;
            case "error": severity = DiagnosticSeverity.Error; return true;
            default: return false;
        }
    }
}
