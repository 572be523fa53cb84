using System;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>Connects <see cref="EventJsonOptions"/> to <see cref="JsonSerializer"/>.</summary>
public static class EventJsonSerializerOptionsExtensions
{
    /// <summary>
    /// Makes the generated converters read with <paramref name="eventOptions"/> whenever they run under
    /// <paramref name="serializerOptions"/>. Returns <paramref name="serializerOptions"/> for chaining.
    /// </summary>
    public static JsonSerializerOptions AddEventSchemaOptions(this JsonSerializerOptions serializerOptions, EventJsonOptions eventOptions)
    {
        if (serializerOptions is null) throw new ArgumentNullException(nameof(serializerOptions));
        if (eventOptions is null) throw new ArgumentNullException(nameof(eventOptions));
        var converters = serializerOptions.Converters;
        for (var i = converters.Count - 1; i >= 0; i--)
        {
            if (converters[i] is EventJsonOptionsCarrier) converters.RemoveAt(i);
        }
        converters.Add(new EventJsonOptionsCarrier(eventOptions));
        return serializerOptions;
    }
}
