using System.Text.Json.Serialization;

namespace EventSchema.Benchmarks.Json;

// The benchmark shapes as plain classes for System.Text.Json's source generator, with the same wire form.
#pragma warning disable CA1812 // created by the serializer

internal sealed class PlainVessel { public required string Name { get; set; } public long Imo { get; set; } }

internal sealed class PlainPosition { public double Latitude { get; set; } public double Longitude { get; set; } }

internal sealed class PlainPositionReported
{
    public required PlainVessel Vessel { get; set; }
    public required PlainPosition Position { get; set; }
    public double SpeedKnots { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
    public string? Remark { get; set; }
}

internal sealed class PlainMeterRead
{
    public long MeterId { get; set; }
    public int Phase { get; set; }
    public double KilowattHours { get; set; }
    public double Voltage { get; set; }
    public double Current { get; set; }
    public double PowerFactor { get; set; }
    public decimal Tariff { get; set; }
}

internal sealed class PlainFlightRescheduled
{
    public required string Flight { get; set; }
    public DateOnly ServiceDay { get; set; }
    public DateTimeOffset ScheduledDeparture { get; set; }
    public DateTimeOffset Departure { get; set; }
    public DateTimeOffset Arrival { get; set; }
    public DateTimeOffset AnnouncedAt { get; set; }
}

internal enum PlainSeverity { low, medium, high, critical }

internal enum PlainChannel
{
    email,
    sms,
    [JsonStringEnumMemberName("push-notification")] push,
    pager,
}

internal sealed class PlainAlertRaised
{
    public PlainSeverity Severity { get; set; }
    public PlainSeverity Previous { get; set; }
    public PlainChannel Channel { get; set; }
    public required List<PlainChannel> Channels { get; set; }
}

internal sealed class PlainStockCounted
{
    public required string Warehouse { get; set; }
    public required Dictionary<string, int> Counts { get; set; }
    public required Dictionary<string, string> Labels { get; set; }
}

internal sealed class PlainLine { public required string Sku { get; set; } public int Quantity { get; set; } public required List<string> Tags { get; set; } }

internal sealed class PlainParcel { public required string Tracking { get; set; } public required List<PlainLine> Lines { get; set; } }

internal sealed class PlainOrderShipped { public required string OrderId { get; set; } public required List<PlainParcel> Parcels { get; set; } }

internal sealed class PlainNoteAdded { public required string Author { get; set; } public required string Title { get; set; } public required string Body { get; set; } }

/// <summary>System.Text.Json's source generator for the shapes: camelCase names, nulls left out, enums as strings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(PlainPositionReported))]
[JsonSerializable(typeof(PlainMeterRead))]
[JsonSerializable(typeof(PlainFlightRescheduled))]
[JsonSerializable(typeof(PlainAlertRaised))]
[JsonSerializable(typeof(PlainStockCounted))]
[JsonSerializable(typeof(PlainOrderShipped))]
[JsonSerializable(typeof(PlainNoteAdded))]
internal sealed partial class ShapesJsonContext : JsonSerializerContext;
