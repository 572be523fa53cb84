using System.Text.Json.Serialization;

namespace EventSchema.LanguageServer.Protocol;

/// <summary>LSP's <c>FoldingRangeKind</c>, written as the protocol's strings; a plain block has none.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FoldingRangeKind>))]
internal enum FoldingRangeKind
{
    [JsonStringEnumMemberName("comment")] Comment,
    [JsonStringEnumMemberName("imports")] Imports,
    [JsonStringEnumMemberName("region")] Region,
}
