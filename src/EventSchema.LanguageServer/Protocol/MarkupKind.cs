using System.Text.Json.Serialization;

namespace EventSchema.LanguageServer.Protocol;

/// <summary>LSP's <c>MarkupKind</c>, written as the protocol's strings.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MarkupKind>))]
internal enum MarkupKind
{
    [JsonStringEnumMemberName("plaintext")] PlainText,
    [JsonStringEnumMemberName("markdown")] Markdown,
}
