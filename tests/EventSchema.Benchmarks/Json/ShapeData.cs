using BenchmarkShapes;

namespace EventSchema.Benchmarks.Json;

/// <summary>One value of each benchmark shape, as a generated event and as the plain class with the same wire form.</summary>
internal static class ShapeData
{
    private static readonly DateTimeOffset Noon = new(2025, 4, 17, 12, 30, 15, TimeSpan.FromHours(4));

    public static PositionReported PositionReported => new()
    {
        Vessel = new Vessel { Name = "Azerbaijan", Imo = 9_385_413 },
        Position = new Position { Latitude = 40.35921, Longitude = 49.83611 },
        SpeedKnots = 12.75,
        ReportedAt = Noon,
        Remark = "Approaching Alat port",
    };

    public static PlainPositionReported PlainPositionReported => new()
    {
        Vessel = new PlainVessel { Name = "Azerbaijan", Imo = 9_385_413 },
        Position = new PlainPosition { Latitude = 40.35921, Longitude = 49.83611 },
        SpeedKnots = 12.75,
        ReportedAt = Noon,
        Remark = "Approaching Alat port",
    };

    public static MeterRead MeterRead => new()
    {
        MeterId = 4_000_012_345_678, Phase = 3, KilowattHours = 15_234.875, Voltage = 229.4, Current = 12.031, PowerFactor = 0.97, Tariff = 0.1285m,
    };

    public static PlainMeterRead PlainMeterRead => new()
    {
        MeterId = 4_000_012_345_678, Phase = 3, KilowattHours = 15_234.875, Voltage = 229.4, Current = 12.031, PowerFactor = 0.97, Tariff = 0.1285m,
    };

    public static FlightRescheduled FlightRescheduled => new()
    {
        Flight = "J2 8015",
        ServiceDay = new DateOnly(2025, 4, 17),
        ScheduledDeparture = Noon,
        Departure = Noon.AddMinutes(95),
        Arrival = new DateTimeOffset(2025, 4, 17, 15, 55, 0, TimeSpan.FromHours(3)),
        AnnouncedAt = new DateTimeOffset(2025, 4, 17, 7, 2, 31, 250, TimeSpan.Zero),
    };

    public static PlainFlightRescheduled PlainFlightRescheduled => new()
    {
        Flight = "J2 8015",
        ServiceDay = new DateOnly(2025, 4, 17),
        ScheduledDeparture = Noon,
        Departure = Noon.AddMinutes(95),
        Arrival = new DateTimeOffset(2025, 4, 17, 15, 55, 0, TimeSpan.FromHours(3)),
        AnnouncedAt = new DateTimeOffset(2025, 4, 17, 7, 2, 31, 250, TimeSpan.Zero),
    };

    public static AlertRaised AlertRaised => new()
    {
        Severity = Severity.Critical, Previous = Severity.Medium, Channel = Channel.Push,
        Channels = [Channel.Email, Channel.Sms, Channel.Push, Channel.Pager, Channel.Push],
    };

    public static PlainAlertRaised PlainAlertRaised => new()
    {
        Severity = PlainSeverity.critical, Previous = PlainSeverity.medium, Channel = PlainChannel.push,
        Channels = [PlainChannel.email, PlainChannel.sms, PlainChannel.push, PlainChannel.pager, PlainChannel.push],
    };

    private static readonly string[] Bins = ["A-01", "A-02", "B-17", "C-04", "C-05", "D-11", "E-20", "F-03"];

    public static StockCounted StockCounted => new()
    {
        Warehouse = "Baku-Sumgait 2",
        Counts = Bins.Select((bin, i) => (bin, i)).ToDictionary(p => p.bin, p => 10 * p.i + 7),
        Labels = Bins.ToDictionary(bin => bin, bin => "aisle " + bin[0]),
    };

    public static PlainStockCounted PlainStockCounted => new()
    {
        Warehouse = "Baku-Sumgait 2",
        Counts = Bins.Select((bin, i) => (bin, i)).ToDictionary(p => p.bin, p => 10 * p.i + 7),
        Labels = Bins.ToDictionary(bin => bin, bin => "aisle " + bin[0]),
    };

    public static OrderShipped OrderShipped => new()
    {
        OrderId = "ORD-2025-000417",
        Parcels = [.. Enumerable.Range(0, 3).Select(p => new Parcel
        {
            Tracking = "TRK" + p,
            Lines = [.. Enumerable.Range(0, 4).Select(l => new Line { Sku = "SKU-" + (p * 10 + l), Quantity = l + 1, Tags = ["fragile", "bulk"] })],
        })],
    };

    public static PlainOrderShipped PlainOrderShipped => new()
    {
        OrderId = "ORD-2025-000417",
        Parcels = [.. Enumerable.Range(0, 3).Select(p => new PlainParcel
        {
            Tracking = "TRK" + p,
            Lines = [.. Enumerable.Range(0, 4).Select(l => new PlainLine { Sku = "SKU-" + (p * 10 + l), Quantity = l + 1, Tags = ["fragile", "bulk"] })],
        })],
    };

    private static readonly string Body = string.Concat(Enumerable.Repeat(
        "The minister said: \"Talks in Bakı went well\" \\ next round in Ganja.\nAnother line\twith a tab, and non-ASCII: Şəki, Ağdam, 北京. ", 6));

    public static NoteAdded NoteAdded => new() { Author = "Ləman Əliyeva", Title = "Notes from \"the\" press room", Body = Body };

    public static PlainNoteAdded PlainNoteAdded => new() { Author = "Ləman Əliyeva", Title = "Notes from \"the\" press room", Body = Body };
}
