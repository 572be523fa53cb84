using System.CommandLine;
using EventSchema.Cli;
using EventSchema.Cli.Commands;

var root = new RootCommand("Check, format, scaffold and export EventSchema (.eventschema) files.")
{
    CheckCommand.Create(),
    LockCommand.Create(),
    FormatCommand.Create(),
    NewCommand.Create(),
    ExportCommand.Create(),
};
var parsed = root.Parse(args);
// The parser's own errors are usage errors like the commands' (exit code 2), not failures of the schemas (1).
return UsageErrors.Report(parsed, Console.Error) ?? parsed.Invoke();
