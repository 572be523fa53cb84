using System.CommandLine;
using EventSchema.Cli.Commands;

var root = new RootCommand("Check, format, scaffold and export EventSchema (.eventschema) files.")
{
    CheckCommand.Create(),
    LockCommand.Create(),
    FormatCommand.Create(),
    NewCommand.Create(),
    ExportCommand.Create(),
};
return root.Parse(args).Invoke();
