using System.Reflection;
using EventSchema.Generator.Tests.Infrastructure;

namespace EventSchema.Generator.Tests;

/// <summary>
/// A netstandard2.0 project has no DateOnly, IReadOnlySet, init or required support types: the generated
/// code falls back to DateTime and ISet, brings the compiler-support types itself, and still builds cleanly and runs.
/// </summary>
public sealed class NetStandardConsumerTests
{
    private const string ConsumerCode = """
        using System;
        using System.Collections.Generic;
        using Diplomacy;

        namespace Consumer;

        internal static class Example
        {
            public static CredentialsPresented Create() => new CredentialsPresented
            {
                Ambassador = new Official { Name = "Lu Mei", Title = "Ambassador", Country = CountryCode.From("CN") },
                ReceivedBy = new Official { Name = "Ilham Aliyev", Title = "President", Country = CountryCode.From("AZ") },
                OccurredOn = new DateTime(2025, 4, 17),
                Place = "Baku",
                Sources = [ new Attribution { Outlet = "News.Az", Citing = "AZERTAC" } ],
            };

            public static CooperationHighlighted Cooperation() => new CooperationHighlighted
            {
                HighlightedBy = new Official { Name = "Ilham Aliyev", Country = CountryCode.From("AZ") },
                Partner = CountryCode.From("CN"),
                Areas = new HashSet<CooperationArea> { CooperationArea.Trade, CooperationArea.Energy },
                Initiatives = [ new Initiative { Name = "Middle Corridor" } ],
                OccurredOn = new DateTime(2025, 4, 17),
            };
        }
        """;

    private static readonly Lazy<GeneratorRun> Run = new(() => GeneratorHarness.Run(
        GeneratorHarness.SchemasFrom("diplomacy"),
        compilation: GeneratorHarness.CreateNetStandardCompilation(ConsumerCode)));

    [Fact]
    public void Generated_code_builds_for_netstandard2_0_without_warnings()
    {
        Assert.True(Run.Value.CompilationProblems.Count == 0, string.Join(Environment.NewLine, Run.Value.CompilationProblems));
        Assert.Contains("EventSchema.Polyfills.g.cs", Run.Value.Sources.Keys);
        Assert.Contains("ISet<global::Diplomacy.CooperationArea> Areas", Run.Value.SchemaFilePart("cooperation.eventschema"));
        Assert.Contains("global::System.DateTime OccurredOn", Run.Value.SchemaFilePart("credentials.eventschema"));
    }

    [Fact]
    public void The_netstandard2_0_build_validates_and_describes_like_the_modern_one()
    {
        var example = GeneratorHarness.EmitAndLoad(Run.Value.OutputCompilation).GetType("Consumer.Example", throwOnError: true)!;
        var evt = (IEvent)example.GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
        var cooperation = (IEvent)example.GetMethod("Cooperation", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;

        Assert.True(evt.Validate().IsValid);
        Assert.True(cooperation.Validate().IsValid, cooperation.Validate().ToString());
        Assert.Equal("Lu Mei presented credentials to Ilham Aliyev", evt.GetType().GetMethod("Describe")!.Invoke(evt, null));
        Assert.Equal("Ilham Aliyev highlighted cooperation with CN", cooperation.GetType().GetMethod("Describe")!.Invoke(cooperation, null));
    }

    [Fact]
    public void Projects_with_the_modern_framework_get_no_polyfills()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.SchemasFrom("diplomacy"));
        Assert.DoesNotContain("EventSchema.Polyfills.g.cs", run.Sources.Keys);
    }

    private const string WireDefaults = """
        namespace Defaults;

        record WithDefaults {
          day: date = "2025-04-17";
          at: time = "09:30:00.25-08:00";
          moment: datetime = "1998-12-31T23:59:60Z";
          window: duration = "P1Y0M2DT3H";
          id: uuid = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        }
        """;

    [Fact]
    public void Wire_form_defaults_build_for_netstandard2_0_as_constructions()
    {
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Schema("defaults.eventschema", WireDefaults)],
            compilation: GeneratorHarness.CreateNetStandardCompilation("namespace Consumer; internal static class Nothing { }"));
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
        var source = run.SchemaFilePart("defaults.eventschema");
        Assert.Contains("= new global::System.DateTime(2025, 4, 17);", source);
        Assert.Contains("= new global::EventSchema.IsoDuration(1, 0, 2, 3, 0, 0);", source);
        Assert.Contains("= new global::System.Guid(0x3f2504e0u, (ushort)0x4f89, (ushort)0x11d3, (byte)0x9a, (byte)0x0c, (byte)0x03, (byte)0x05, (byte)0xe8, (byte)0x2c, (byte)0x33, (byte)0x01);", source);
        Assert.DoesNotContain("Parse(", source.Split(["__ReadJson"], StringSplitOptions.None)[0]);

        var type = GeneratorHarness.EmitAndLoad(run.OutputCompilation).GetType("Defaults.WithDefaults", throwOnError: true)!;
        var value = Activator.CreateInstance(type)!;
        Assert.Equal(new DateTime(2025, 4, 17), type.GetProperty("Day")!.GetValue(value));
        Assert.Equal(new OffsetTime(new TimeSpan(0, 9, 30, 0, 250), TimeSpan.FromHours(-8)), type.GetProperty("At")!.GetValue(value));
        Assert.Equal(new DateTimeOffset(1998, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(TimeSpan.TicksPerSecond - 1), type.GetProperty("Moment")!.GetValue(value));
        Assert.Equal(IsoDuration.Parse("P1Y0M2DT3H"), type.GetProperty("Window")!.GetValue(value));
        Assert.Equal(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), type.GetProperty("Id")!.GetValue(value));
    }
}
