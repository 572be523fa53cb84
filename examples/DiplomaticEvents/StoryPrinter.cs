using EventSchema;

namespace DiplomaticEvents;

/// <summary>Writes events and validation results to the console, one block per event.</summary>
internal static class StoryPrinter
{
    public static void Heading(string title)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine(new string('=', title.Length));
    }

    /// <summary>
    /// Prints what every generated event knows about itself. <paramref name="displayName"/> and
    /// <paramref name="summary"/> come from the event's own type: <c>DisplayName</c> is a constant and
    /// <c>Describe()</c> fills the schema's <c>@summary</c> template (events without one describe
    /// themselves by their display name, which is already printed).
    /// </summary>
    public static void Event(IEvent evt, string displayName, string summary)
    {
        Console.WriteLine();
        Console.WriteLine($"{displayName}  [{evt.EventType}, schema v{evt.SchemaVersion}]");
        if (summary != displayName)
        {
            Console.WriteLine($"  {summary}");
        }

        ValidationResult result = evt.Validate();
        Console.WriteLine(result.IsValid ? "  valid" : $"  INVALID: {result.Errors.Count} error(s)");
        Errors(result);
    }

    public static void Errors(ValidationResult result)
    {
        foreach (ValidationError error in result.Errors)
        {
            Console.WriteLine($"    {error.Path,-22} {error.Code,-10} {error.Message}");
        }
    }
}
