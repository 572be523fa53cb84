namespace EventSchema.Cli;

/// <summary>Counts in the tool's messages, singular or plural as the number asks: "1 file", "3 files".</summary>
internal static class Counted
{
    public static string Of(int count, string one, string many) => count + " " + (count == 1 ? one : many);

    public static string Of(int count, string noun) => Of(count, noun, noun + "s");
}
