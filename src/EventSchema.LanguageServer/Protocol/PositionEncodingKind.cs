using System.Text.Json.Serialization;

namespace EventSchema.LanguageServer.Protocol;

/// <summary>LSP's <c>PositionEncodingKind</c>: what a position's character offset counts.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PositionEncodingKind>))]
internal enum PositionEncodingKind
{
    [JsonStringEnumMemberName("utf-16")] Utf16,
}
