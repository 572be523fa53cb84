using EventSchema.Generator.Json;
using EventSchema.Generator.Tests.Infrastructure;

namespace EventSchema.Generator.Tests;

/// <summary>The rule that names the <c>JsonTypeInfo</c> properties of <c>GeneratedJson</c> (docs/json.md).</summary>
public sealed class GeneratedJsonNamingTests
{
    [Fact]
    public void Unique_names_stay_plain_and_shared_or_reserved_names_are_qualified()
    {
        var names = JsonTypeInfoNames.Assign(
        [
            ("Diplomacy", "CredentialsPresented"),
            ("Diplomacy", "Official"),
            ("Trade.Partners", "Official"),
            ("Diplomacy", "Options"),
            ("", "Resolver"),
        ]);

        Assert.Equal("CredentialsPresented", names["Diplomacy.CredentialsPresented"]);
        Assert.Equal("Diplomacy_Official", names["Diplomacy.Official"]);
        Assert.Equal("Trade_Partners_Official", names["Trade.Partners.Official"]);
        Assert.Equal("Diplomacy_Options", names["Diplomacy.Options"]);
        Assert.Equal("Global_Resolver", names["Resolver"]);
    }

    [Fact]
    public void Qualified_names_that_still_meet_get_a_number_whatever_the_order_of_the_files()
    {
        (string, string)[] types = [("A_B", "C"), ("A", "B_C"), ("X", "C"), ("Y", "B_C")];

        var forward = JsonTypeInfoNames.Assign(types);
        var backward = JsonTypeInfoNames.Assign(types.Reverse());

        Assert.Equal("A_B_C", forward["A.B_C"]);
        Assert.Equal("A_B_C_2", forward["A_B.C"]);
        Assert.Equal(forward.OrderBy(pair => pair.Key), backward.OrderBy(pair => pair.Key));
        Assert.Equal(forward.Count, forward.Values.Distinct().Count());
    }

    [Fact]
    public void Two_namespaces_declaring_the_same_name_compile_with_both_properties()
    {
        var run = GeneratorHarness.Run(
        [
            GeneratorHarness.Schema("a.eventschema", "namespace Ports.North;\n\nrecord Berth { name: string; }\n"),
            GeneratorHarness.Schema("b.eventschema", "namespace Ports.South;\n\nrecord Berth { length: int; }\nenum Options { open, closed }\n"),
        ]);

        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
        string source = run.GeneratedJson!;
        Assert.Contains("JsonTypeInfo<global::Ports.North.Berth> Ports_North_Berth =>", source);
        Assert.Contains("JsonTypeInfo<global::Ports.South.Berth> Ports_South_Berth =>", source);
        Assert.Contains("JsonTypeInfo<global::Ports.South.Options> Ports_South_Options =>", source);
        Assert.Contains("if (type == typeof(global::Ports.South.Berth)) return __Shared<global::Ports.South.Berth>(options, global::Ports.South.Berth.ReadJson);", source);
        Assert.Contains("if (type == typeof(global::Ports.South.Options)) return __Own<global::Ports.South.Options>(options, new global::Ports.South.OptionsJsonConverter());", source);
    }
}
