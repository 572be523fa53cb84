using EventSchema.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EventSchema.Generator.Tests;

/// <summary>
/// Unions across an assembly boundary: a contracts library declares a union and an in-place union; an application
/// names the library's union as a field type and declares its own union over the library's records, and both read and
/// write the same wire form.
/// </summary>
public sealed class ReferencedUnionTests
{
    private const string LibrarySchema = """
        namespace Legs;

        @discriminatorValue("rail")
        record RailLeg {
          @minLength(1) line: string;
        }

        record SeaLeg {
          vessel: string;
        }

        @discriminator("mode")
        union Leg = RailLeg | SeaLeg;

        event Dispatched {
          via: RailLeg | SeaLeg;
        }
        """;

    private const string ApplicationSchema = """
        namespace Trips;

        using Legs;

        union Route = SeaLeg | RailLeg;

        event TripPlanned {
          first: Leg;
          next?: Route;
          before: Dispatched;
        }
        """;

    private const string ApplicationCode = """
        using Legs;
        using Trips;

        namespace Application;

        internal static class Example
        {
            public static string Run()
            {
                var trip = new TripPlanned
                {
                    First = new RailLeg { Line = "BTK" },
                    Next = new SeaLeg { Vessel = "Merkuri-1" },
                    Before = new Dispatched { Via = new SeaLeg { Vessel = "Akademik" } },
                };
                string json = trip.ToJson();
                var back = TripPlanned.FromJson(json);
                var broken = trip with { First = new RailLeg { Line = "" } };
                return string.Join("|", json, back.Equals(trip), back.First.Match(rail => rail.Line, sea => sea.Vessel), broken.Validate().Errors[0].Path);
            }
        }
        """;

    [Fact]
    public void An_application_uses_and_extends_a_librarys_unions()
    {
        var library = GeneratorHarness.Run(
            [GeneratorHarness.Schema("legs/legs.eventschema", LibrarySchema)],
            compilation: GeneratorHarness.CreateCompilation("namespace Contracts { internal static class Anchor { } }").WithAssemblyName("Legs.Contracts"));
        Assert.Empty(library.GeneratorDiagnostics);
        byte[] image = ReferencedLibrary.EmitImage(library.OutputCompilation);

        var compilation = GeneratorHarness.CreateCompilation(ApplicationCode).WithAssemblyName("Trips.Service").AddReferences(MetadataReference.CreateFromImage(image));
        var app = GeneratorHarness.Run([GeneratorHarness.Schema("trips/trips.eventschema", ApplicationSchema)], compilation: compilation);

        Assert.Empty(app.GeneratorDiagnostics);
        Assert.True(app.CompilationProblems.Count == 0, string.Join(Environment.NewLine, app.CompilationProblems));
        Assert.DoesNotContain(app.Sources.Values, source => source.Contains("class Leg ", StringComparison.Ordinal));
        var example = ReferencedLibrary.LoadApplication(ReferencedLibrary.EmitImage(app.OutputCompilation), "Legs.Contracts", image).GetType("Application.Example", throwOnError: true)!;
        string[] parts = ((string)example.GetMethod("Run")!.Invoke(null, null)!).Split('|');

        Assert.Equal("""{"first":{"mode":"rail","line":"BTK"},"next":{"type":"SeaLeg","vessel":"Merkuri-1"},"before":{"via":{"type":"SeaLeg","vessel":"Akademik"}}}""", parts[0]);
        Assert.Equal("True", parts[1]);
        Assert.Equal("BTK", parts[2]);
        Assert.Equal("first.line", parts[3]);
    }
}
