using Newtonsoft.Json;

namespace EventSchema.Kafka.Tests;

/// <summary>
/// The shape of a <c>CredentialsPresented</c> event as the plain class Confluent's JSON serdes need (they serialize
/// through Newtonsoft.Json and describe the class with NJsonSchema).
/// </summary>
public sealed class ConfluentCredentials
{
    [JsonProperty("ambassador", Required = Required.Always)] public ConfluentOfficial Ambassador { get; set; } = new();
    [JsonProperty("receivedBy", Required = Required.Always)] public ConfluentOfficial ReceivedBy { get; set; } = new();
    [JsonProperty("occurredOn", Required = Required.Always)] public string OccurredOn { get; set; } = "";
    [JsonProperty("place", NullValueHandling = NullValueHandling.Ignore)] public string? Place { get; set; }
    [JsonProperty("sources", Required = Required.Always)] public List<ConfluentAttribution> Sources { get; set; } = [];

    public static ConfluentCredentials Seed => new()
    {
        Ambassador = new ConfluentOfficial { Name = "Lu Mei", Title = "Ambassador", Country = "CN" },
        ReceivedBy = new ConfluentOfficial { Name = "Ilham Aliyev", Title = "President", Country = "AZ" },
        OccurredOn = "2025-04-17",
        Place = "Baku",
        Sources = [new ConfluentAttribution { Outlet = "News.Az", Citing = "AZERTAC" }],
    };
}

public sealed class ConfluentOfficial
{
    [JsonProperty("name", Required = Required.Always)] public string Name { get; set; } = "";
    [JsonProperty("title", NullValueHandling = NullValueHandling.Ignore)] public string? Title { get; set; }
    [JsonProperty("country", Required = Required.Always)] public string Country { get; set; } = "";
}

public sealed class ConfluentAttribution
{
    [JsonProperty("outlet", Required = Required.Always)] public string Outlet { get; set; } = "";
    [JsonProperty("citing", NullValueHandling = NullValueHandling.Ignore)] public string? Citing { get; set; }
}
