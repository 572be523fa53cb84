namespace EventSchema.Benchmarks.Json;

// The seed event's shape as plain classes without converters, for the serializers that map
// properties themselves (System.Text.Json's source generator and reflection, Newtonsoft.Json).

public sealed class PlainOfficial
{
    public string Name { get; set; } = "";
    public string? Title { get; set; }
    public string Country { get; set; } = "";
}

public sealed class PlainAttribution
{
    public string Outlet { get; set; } = "";
    public string? Citing { get; set; }
    public Uri? Url { get; set; }
}

public sealed class PlainCredentialsPresented
{
    public PlainOfficial Ambassador { get; set; } = new();
    public PlainOfficial ReceivedBy { get; set; } = new();
    public DateOnly OccurredOn { get; set; }
    public string? Place { get; set; }
    public List<PlainAttribution> Sources { get; set; } = [];
    public bool ConversationHeld { get; set; }
}
