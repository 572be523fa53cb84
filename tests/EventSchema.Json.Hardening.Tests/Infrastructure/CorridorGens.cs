using Corridor.Trade;
using CsCheck;

namespace EventSchema.Json.Hardening.Tests.Infrastructure;

/// <summary>
/// CsCheck generators of the Middle Corridor trade events (<c>schemas/corridor/trade.eventschema</c>): spread fields,
/// nullable items, item and key rules, and maps keyed by enums, strings, <c>int</c>, <c>long</c>, <c>uuid</c> and
/// <c>date</c>. Most values meet their rules and some do not, so a differential run sees both kinds.
/// </summary>
public static class CorridorGens
{
    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static Gen<T?> OrNull<T>(Gen<T> gen) where T : struct => Gen.Frequency((1, Gen.Const((T?)null)), (3, gen.Select(v => (T?)v)));

    private static Gen<T> Mostly<T>(Gen<T> usual, Gen<T> unusual) => Gen.Frequency((20, usual), (1, unusual));

    private static readonly Gen<PortCode> Port = Gen.OneOf(
        Pick("AZBAK", "KZAKT", "GEPTI", "TRIST", "KZKUR").Select(PortCode.From),
        Gen.Select(Gen.Char['A', 'Z'].Array[2], Gen.OneOf(Gen.Char['A', 'Z'], Gen.Char['2', '9']).Array[3], (a, b) => PortCode.From(new string(a) + new string(b))));

    private static readonly Gen<Corridor.Trade.CountryCode> Country = Pick("AZ", "KZ", "GE", "TR", "CN").Select(Corridor.Trade.CountryCode.From);

    private static readonly Gen<string> Outlet = Mostly(Pick("Trend", "Kazinform", "News.Az", "AZERTAC"), InstanceGens.Text);

    private static Gen<HashSet<T>> SetOf<T>(Gen<T> item, int min, int max) => item.Array[min, max].Select(items => new HashSet<T>(items));

    private static Gen<Dictionary<TKey, TValue>> MapOf<TKey, TValue>(Gen<TKey> key, Gen<TValue> value, int max) where TKey : notnull
        => Gen.Select(key, value).Array[0, max].Select(pairs =>
        {
            var map = new Dictionary<TKey, TValue>();
            foreach (var (k, v) in pairs) map[k] = v;
            return map;
        });

    private static readonly Gen<int> IntKey = Gen.Frequency((3, Gen.Int[-5, 500]), (1, Gen.Int), (1, Pick(int.MinValue, int.MaxValue, 0)));

    private static readonly Gen<long> LongKey = Gen.Frequency((3, Gen.Long[-5, 100_000]), (1, Gen.Long), (1, Pick(long.MinValue, long.MaxValue, 0L)));

    private static readonly Gen<DateOnly> MonthStart = Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12], (year, month) => new DateOnly(year, month, 1));

    private static readonly Gen<decimal> Amount = Mostly(Gen.Decimal[0m, 100_000m], Gen.Decimal[-10m, 0m]);

    private static readonly Gen<TradeFactParts> Fact = Gen.Select(
        InstanceGens.Date, OrNull(Port), SetOf(Outlet, 0, 3),
        (date, place, sources) => new TradeFactParts(date, place, sources));

    private sealed record TradeFactParts(DateOnly OccurredOn, PortCode? Place, HashSet<string> Sources);

    private static readonly Gen<Port> PortRecord = Gen.Select(
        Port, Mostly(Pick("Baku International Sea Trade Port", "Aktau", "Poti"), InstanceGens.Text), Country,
        MapOf(IntKey, Mostly(Pick("B1", "Ro-Ro 2", "Grain"), InstanceGens.Text), 3),
        (code, name, country, berths) => new Port { Code = code, Name = name, Country = country, Berths = berths });

    public static readonly Gen<IEvent> CargoCorridorAgreed = Gen.Select(
        Fact, Mostly(Pick("Trans-Caspian International Transport Route", "Middle Corridor"), InstanceGens.Text), SetOf(Country, 2, 4),
        PortRecord.Array[2, 3], Mostly(Pick("TITR", "Middle Corridor", "Trans-Caspian"), InstanceGens.Text).Array[0, 3],
        MapOf(Pick(Mode.Rail, Mode.Sea, Mode.Road), Mostly(Gen.Int[0, 100_000], Gen.Int[-100, -1]), 3),
        (fact, name, countries, ports, labels, volume) => (IEvent)new CargoCorridorAgreed
        {
            OccurredOn = fact.OccurredOn, Place = fact.Place, Sources = fact.Sources,
            Name = name, Countries = countries, Ports = ports, Labels = labels, TargetVolume = volume,
        });

    public static readonly Gen<IEvent> TariffChanged = Gen.Select(
        Fact, Port, Pick("USD", "EUR", "AZN").Select(CurrencyCode.From),
        MapOf(Pick(CargoKind.Container, CargoKind.Bulk, CargoKind.Liquid, CargoKind.Roro), OrNull(Amount), 4),
        MapOf(Mostly(Pick("KZAKT", "GEPTI", "TRIST"), InstanceGens.Text), Amount, 3),
        InstanceGens.Date, MapOf(MonthStart, Amount, 3),
        (fact, port, currency, rates, byDestination, effectiveFrom, surcharges) => (IEvent)new TariffChanged
        {
            OccurredOn = fact.OccurredOn, Place = fact.Place, Sources = fact.Sources,
            Port = port, Currency = currency, Rates = rates, ByDestination = byDestination, EffectiveFrom = effectiveFrom, Surcharges = surcharges,
        });

    public static readonly Gen<IEvent> CargoBooked = Gen.Select(
        Fact, Gen.Guid, Port, Port, Pick(CargoKind.Container, CargoKind.Bulk, CargoKind.Liquid, CargoKind.Roro),
        Mostly(Pick<string?>("MSCU1234567", "TGHU7654321", null), InstanceGens.OptionalText).Array[0, 3],
        Gen.Select(
            MapOf(LongKey, Mostly(Gen.Double[0.001, 40_000], Gen.Double[-1, 0]), 3),
            MapOf(Gen.Guid, Mostly(Pick("EX-2025-001", "T1"), InstanceGens.Text), 2),
            InstanceGens.OptionalText.Array[0, 3],
            SetOf(Mostly(Pick("870899", "271012", "100199"), InstanceGens.Text), 0, 3)),
        (fact, booking, origin, destination, kind, containers, rest) => (IEvent)new CargoBooked
        {
            OccurredOn = fact.OccurredOn, Place = fact.Place, Sources = fact.Sources,
            Booking = booking, Origin = origin, Destination = destination, Kind = kind, Containers = containers,
            Weights = rest.Item1, Declarations = rest.Item2, Notes = rest.Item3, HsCodes = rest.Item4,
        });

    /// <summary>A generator for each corridor event.</summary>
    public static IReadOnlyList<Gen<IEvent>> Events => [CargoCorridorAgreed, TariffChanged, CargoBooked];
}
