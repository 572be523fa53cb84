using System.Text.Json.Serialization;

namespace EventSchema.LanguageServer.Protocol;

/// <summary>The LSP <c>CodeActionKind</c>s the server offers, written as the protocol's strings.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CodeActionKind>))]
internal enum CodeActionKind
{
    [JsonStringEnumMemberName("quickfix")] QuickFix,
}
