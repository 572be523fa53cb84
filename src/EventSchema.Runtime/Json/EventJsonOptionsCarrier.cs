using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventSchema.Json;

/// <summary>
/// Carries <see cref="EventJsonOptions"/> inside a <see cref="JsonSerializerOptions"/>'s converter list,
/// the one place System.Text.Json lets a converter find settings of its own. It converts nothing.
/// </summary>
internal sealed class EventJsonOptionsCarrier(EventJsonOptions options) : JsonConverterFactory
{
    public EventJsonOptions Options { get; } = options;

    public override bool CanConvert(Type typeToConvert) => false;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) => null;
}
