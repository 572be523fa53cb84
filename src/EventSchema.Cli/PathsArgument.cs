using System.CommandLine;

namespace EventSchema.Cli;

/// <summary>
/// The schema files or folders a command reads. A word that starts with a dash and names no file is an option the
/// command does not have: without this check it would be taken for a path and reported as a missing file.
/// </summary>
internal static class PathsArgument
{
    public static Argument<string[]> Create(string description)
    {
        var paths = new Argument<string[]>("paths") { Description = description, Arity = ArgumentArity.ZeroOrMore };
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                var text = token.Value;
                if (text.Length > 1 && text[0] == '-' && !File.Exists(text) && !Directory.Exists(text))
                {
                    result.AddError($"'{text}' is not an option of this command.");
                }
            }
        });
        return paths;
    }
}
