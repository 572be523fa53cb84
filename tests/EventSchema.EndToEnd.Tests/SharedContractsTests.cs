namespace EventSchema.EndToEnd.Tests;

/// <summary>
/// A team's shared contracts: a netstandard2.0 library declares <c>namespace MiddleCorridor.Common;</c> schemas, and a
/// net10.0 service whose own schemas say <c>using MiddleCorridor.Common;</c> uses the library's records, scalars and
/// enums in its events. Built from the packed package, with warnings as errors and the trim and AOT analyzers on:
/// nothing is generated twice (no CS0436, no CS0029), and the service validates, round-trips JSON, combines both
/// assemblies' catalogs and serializes both assemblies' types through its own <c>GeneratedJson</c> without reflection.
/// The library's event is at version 2, and the service's own union over it reads a payload stored at version 1 through
/// the library's <c>PortCallScheduled.V1</c> into today's type.
/// </summary>
public sealed class SharedContractsTests(PackedPackage package)
{
    private const string CommonSchema = """
        namespace MiddleCorridor.Common;

        /// ISO 4217 currency code, such as AZN, GEL, KZT or USD.
        @pattern("^[A-Z]{3}$")
        scalar CurrencyCode : string;

        /// UN/LOCODE of a port or rail terminal, such as AZBAK (Baku) or GEPTI (Poti).
        @pattern("^[A-Z]{2}[A-Z2-9]{3}$")
        scalar LocationCode : string;

        /// The legs of the Trans-Caspian International Transport Route.
        enum Leg { rail, caspianFerry = "caspian-ferry", blackSeaFerry = "black-sea-ferry" }

        record Port {
          code: LocationCode;
          @minLength(1) @maxLength(80) name: string;
          @pattern("^[A-Z]{2}$") country: string;
        }

        record Money {
          @minimum(0) amount: decimal;
          currency: CurrencyCode;
        }

        /// A vessel is scheduled to call at a Caspian or Black Sea port.
        @version(2)
        event PortCallScheduled {
          port: Port;
          @renamedFrom(2, "ship") @minLength(1) vessel: string;
          arrivesOn: date;
        }
        """;

    private const string FreightSchema = """
        namespace MiddleCorridor.Freight;

        using MiddleCorridor.Common;

        /// Containers are booked from China to Europe along the Middle Corridor.
        @version(1)
        @summary("{teu} TEU from {origin.name} to {destination.name}")
        event ShipmentBooked {
          origin: Port;
          destination: MiddleCorridor.Common.Port;
          @minItems(1) legs: list<Leg>;
          @minimum(1) teu: int;
          freight: Money;
          bookedOn: date;
        }

        /// What the freight desk reads from the corridor's stream: its own bookings and the ports' calls.
        union CorridorEvent = ShipmentBooked | PortCallScheduled;
        """;

    private const string Program = """
        using System;
        using System.Linq;
        using System.Text.Json;
        using System.Text.Json.Serialization.Metadata;
        using EventSchema.Generated;
        using EventSchema.Json;
        using MiddleCorridor.Common;
        using MiddleCorridor.Freight;

        var aktau = new Port { Code = LocationCode.From("KZAKT"), Name = "Aktau", Country = "KZ" };
        var baku = new Port { Code = LocationCode.From("AZBAK"), Name = "Baku", Country = "AZ" };
        var poti = new Port { Code = LocationCode.From("GEPTI"), Name = "Poti", Country = "GE" };

        var booked = new ShipmentBooked
        {
            Origin = aktau,
            Destination = poti,
            Legs = [Leg.CaspianFerry, Leg.Rail, Leg.BlackSeaFerry],
            Teu = 40,
            Freight = new Money { Amount = 118000m, Currency = CurrencyCode.From("USD") },
            BookedOn = new DateOnly(2025, 4, 17),
        };
        Console.WriteLine(booked.Describe());
        Console.WriteLine("valid: " + booked.Validate().IsValid);

        string json = booked.ToJson();
        Console.WriteLine(json);
        Console.WriteLine("round trip: " + ShipmentBooked.FromJson(json).Equals(booked));

        // Broken on purpose, to show the validation paths; the build reports these constants too (ES1002).
        #pragma warning disable ES1002
        var broken = booked with { Destination = new Port { Code = LocationCode.From("GEPTI"), Name = "", Country = "ge" }, Freight = booked.Freight with { Amount = -1m } };
        #pragma warning restore ES1002
        foreach (var error in broken.Validate().Errors) Console.WriteLine("error: " + error.Path + " " + error.Code);

        // The library targets netstandard2.0, which has no DateOnly: its dates are DateTime.
        var call = new PortCallScheduled { Port = baku, Vessel = "Akademik Topchubashov", ArrivesOn = new DateTime(2025, 4, 20) };
        var catalog = EventCatalog.Combine(GeneratedEventCatalog.Instance, EventCatalog.FromAssembly(typeof(PortCallScheduled).Assembly)!);
        foreach (var info in catalog.Events.OrderBy(e => e.EventType, StringComparer.Ordinal)) Console.WriteLine("catalog: " + info.EventType);
        var envelope = catalog.ReadCloudEvent(catalog.ToCloudEventJson(new EventEnvelope(call, id: "call-1", source: "/ports/baku")));
        Console.WriteLine("cloud event: " + envelope.Data.GetType().Name + " " + ((PortCallScheduled)envelope.Data).Vessel);

        // The service's GeneratedJson covers the library's types too: JsonSerializer without reflection for both.
        Console.WriteLine("serializer: " + (JsonSerializer.Serialize(booked, GeneratedJson.ShipmentBooked) == json));
        var options = new JsonSerializerOptions { TypeInfoResolver = GeneratedJson.Resolver };
        Console.WriteLine("contract type: " + JsonSerializer.Serialize(baku, (JsonTypeInfo<Port>)options.GetTypeInfo(typeof(Port))));
        var callJson = JsonSerializer.Serialize(call, GeneratedJson.PortCallScheduled);
        Console.WriteLine("contract event: " + JsonSerializer.Deserialize(callJson, GeneratedJson.PortCallScheduled)!.Equals(call));

        // Stored while the library's event was at version 1 ("ship"): the service's union reads it into today's type.
        var storedCall = "{\"type\":\"middlecorridor.common.port-call-scheduled.v1\",\"port\":{\"code\":\"AZBAK\",\"name\":\"Baku\",\"country\":\"AZ\"},\"ship\":\"Merkuri-1\",\"arrivesOn\":\"2025-04-21\"}";
        var stored = CorridorEvent.FromJson(storedCall);
        Console.WriteLine("stored v1: " + stored.Match(b => "booked", c => c.Vessel + " " + c.ArrivesOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) + " as " + stored.Discriminator);
        var pastShape = JsonSerializer.Deserialize("{\"port\":{\"code\":\"AZBAK\",\"name\":\"Baku\",\"country\":\"AZ\"},\"ship\":\"Merkuri-1\",\"arrivesOn\":\"2025-04-21\"}", GeneratedJson.PortCallScheduled_V1)!;
        Console.WriteLine("contract v1: " + pastShape.ToCurrent().Vessel);
        """;

    [Fact]
    public async Task A_service_uses_the_schemas_of_a_netstandard2_0_contracts_library()
    {
        // No LangVersion here: the package raises netstandard2.0's C# 7.3 default to the C# 11 the generated code needs.
        ConsumerProject.Create(package, "MiddleCorridor.Contracts", "netstandard2.0")
            .WithProperty("OutputType", "Library")
            .WithProperty("ImplicitUsings", "disable")
            .WithFile("Schemas/common.eventschema", CommonSchema)
            .Write();

        ConsumerProject service = ConsumerProject.Create(package, "FreightService", "net10.0")
            // The trim and AOT analyzers, with warnings as errors: JsonSerializer with the library's types needs no reflection.
            .WithProperty("IsAotCompatible", "true")
            .WithFile("Schemas/freight.eventschema", FreightSchema)
            .WithFile("Program.cs", Program)
            .WithProjectXml("""
                  <ItemGroup>
                    <ProjectReference Include="../MiddleCorridor.Contracts/MiddleCorridor.Contracts.csproj" />
                  </ItemGroup>
                """)
            .Write();

        CommandResult build = (await service.BuildAsync()).EnsureSucceeded();
        Assert.DoesNotContain("CS0436", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS0029", build.Output, StringComparison.Ordinal);

        CommandResult run = (await service.RunBuiltAsync()).EnsureSucceeded();
        string[] lines = run.Output.ReplaceLineEndings("\n").Trim().Split('\n');
        Assert.Equal(
            [
                "40 TEU from Aktau to Poti",
                "valid: True",
                """{"origin":{"code":"KZAKT","name":"Aktau","country":"KZ"},"destination":{"code":"GEPTI","name":"Poti","country":"GE"},"legs":["caspian-ferry","rail","black-sea-ferry"],"teu":40,"freight":{"amount":118000,"currency":"USD"},"bookedOn":"2025-04-17"}""",
                "round trip: True",
                "error: destination.name minLength",
                "error: destination.country pattern",
                "error: freight.amount minimum",
                "catalog: middlecorridor.common.port-call-scheduled.v2",
                "catalog: middlecorridor.freight.shipment-booked.v1",
                "cloud event: PortCallScheduled Akademik Topchubashov",
                "serializer: True",
                """contract type: {"code":"AZBAK","name":"Baku","country":"AZ"}""",
                "contract event: True",
                "stored v1: Merkuri-1 2025-04-21 as middlecorridor.common.port-call-scheduled.v2",
                "contract v1: Merkuri-1",
            ],
            lines);
    }
}
