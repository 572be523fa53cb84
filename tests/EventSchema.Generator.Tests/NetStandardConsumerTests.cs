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
        Assert.Contains("ISet<global::Diplomacy.CooperationArea> Areas", Run.Value.Sources.Single(s => s.Key.Contains("cooperation")).Value);
        Assert.Contains("global::System.DateTime OccurredOn", Run.Value.Sources.Single(s => s.Key.Contains("credentials")).Value);
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
}
