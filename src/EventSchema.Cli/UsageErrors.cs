using System.CommandLine;
using EventSchema.Language.Binding;

namespace EventSchema.Cli;

/// <summary>
/// Reports what the command line parser refused (an unknown command or option, a missing or invalid value) the way
/// the commands report their own usage errors: one line each on standard error, and exit code 2.
/// </summary>
internal static class UsageErrors
{
    /// <summary>Reports the parser's errors, and a word where a command was expected that names none; null when there are neither.</summary>
    public static int? Report(ParseResult result, TextWriter error)
    {
        var command = result.CommandResult.Command;
        // A command with subcommands takes no arguments: a word left over is a command that does not exist. The parser
        // would let a --help after it show the parent's help and succeed, hiding the mistake.
        string? unknown = command.Subcommands.Count > 0
            ? result.UnmatchedTokens.FirstOrDefault(token => !token.StartsWith('-'))
            : null;
        if (unknown is null && result.Errors.Count == 0) return null;

        if (unknown is not null)
        {
            error.WriteLine($"eventschema: error: '{unknown}' is not a command of '{PathOf(command)}'.{Suggestion(command, unknown)}");
        }
        foreach (var parseError in result.Errors)
        {
            // The unknown command was explained above, in words that name the closest command.
            if (unknown is not null && (parseError.Message.Contains($"'{unknown}'", StringComparison.Ordinal) || parseError.Message == "Required command was not provided.")) continue;
            if (parseError.Message == "Required command was not provided." && command.Subcommands.Count > 0)
            {
                // 'eventschema export' alone: say which commands complete it.
                error.WriteLine($"eventschema: error: '{PathOf(command)}' needs a command: {string.Join(", ", command.Subcommands.Select(sub => sub.Name))}.");
                continue;
            }
            error.WriteLine($"eventschema: error: {parseError.Message}");
        }
        error.WriteLine($"Run '{PathOf(command)} --help' for its {(command.Subcommands.Count > 0 ? "commands and options" : "options")}.");
        return ExitCodes.UsageError;
    }

    /// <summary>The command as typed: <c>eventschema export jsonschema</c>.</summary>
    private static string PathOf(Command command)
    {
        var names = new List<string>();
        for (Symbol? current = command; current is Command named && current is not RootCommand; current = current.Parents.FirstOrDefault())
        {
            names.Insert(0, named.Name);
        }
        names.Insert(0, "eventschema");
        return string.Join(' ', names);
    }

    /// <summary>" Did you mean 'eventschema export jsonschema'?" for the command nearest to the word, at any depth; else the commands there are.</summary>
    private static string Suggestion(Command parent, string word)
    {
        var root = parent;
        while (root.Parents.FirstOrDefault() is Command above) root = above;
        var commands = AllCommands(root).Where(command => command is not RootCommand).ToList();
        // The word may be a command of another level ('eventschema jsonschema'), spelled right: that one is meant.
        var nearest = commands.FirstOrDefault(command => command.Name.Equals(word, StringComparison.OrdinalIgnoreCase))
            ?? (NameSimilarity.FindClosest(word, commands.Select(command => command.Name)) is { } name ? commands.First(command => command.Name == name) : null);
        if (nearest is not null) return $" Did you mean '{PathOf(nearest)}'?";
        return $" Its commands are {string.Join(", ", parent.Subcommands.Select(command => command.Name))}.";
    }

    private static IEnumerable<Command> AllCommands(Command command)
        => new[] { command }.Concat(command.Subcommands.SelectMany(AllCommands));
}
