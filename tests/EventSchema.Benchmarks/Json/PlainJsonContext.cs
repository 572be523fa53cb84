using System.Text.Json.Serialization;

namespace EventSchema.Benchmarks.Json;

/// <summary>System.Text.Json's source generator for the plain models, with the wire format of the generated serializers.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PlainCredentialsPresented))]
[JsonSerializable(typeof(List<PlainCredentialsPresented>))]
internal sealed partial class PlainJsonContext : JsonSerializerContext;
