using System.CommandLine;

namespace EventSchema.Cli;

/// <summary>
/// Reports what the command line parser refused (an unknown command or option, a missing or invalid value) the way
/// the commands report their own usage errors: one line each on standard error, and exit code 2.
/// </summary>
internal static class UsageErrors
{
    public static int Report(ParseResult result, TextWriter error)
    {
        foreach (var parseError in result.Errors) error.WriteLine($"eventschema: error: {parseError.Message}");
        var command = result.CommandResult.Command;
        var name = command is RootCommand ? "eventschema" : "eventschema " + command.Name;
        error.WriteLine($"Run '{name} --help' for its {(command.Subcommands.Count > 0 ? "commands and options" : "options")}.");
        return ExitCodes.UsageError;
    }
}
