using System.Reflection;
using EventSchema.Generator.Tests.Infrastructure;

namespace EventSchema.Generator.Tests;

/// <summary>
/// The consumer code from the generator's contract, compiled against the code generated from the seed
/// schemas, then run: Lu Mei presents credentials to Ilham Aliyev in Baku on 2025-04-17, as News.Az
/// reported citing AZERTAC.
/// </summary>
public sealed class IssueExampleTests
{
    private const string ConsumerCode = """
        using System;
        using Diplomacy;

        namespace Consumer;

        internal static class Example
        {
            public static CredentialsPresented Create() => new CredentialsPresented
            {
                Ambassador = new Official { Name = "Lu Mei", Title = "Ambassador", Country = CountryCode.From("CN") },
                ReceivedBy = new Official { Name = "Ilham Aliyev", Title = "President", Country = CountryCode.From("AZ") },
                OccurredOn = new DateOnly(2025, 4, 17),
                Place = "Baku",
                Sources = [ new Attribution { Outlet = "News.Az", Citing = "AZERTAC" } ],
            };

            public static CredentialsPresented CreateBroken() => Create() with
            {
                Ambassador = new Official { Name = new string('x', 201), Country = default },
                Place = "",
                Sources = [ new Attribution { Outlet = "News.Az" }, new Attribution { Outlet = "" } ],
            };

            public static string EventType => CredentialsPresented.EventType;
            public static int SchemaVersion => CredentialsPresented.SchemaVersion;
            public static string DisplayName => CredentialsPresented.DisplayName;
            public static string ViaInterface(EventSchema.IEvent evt) => evt.EventType + "/" + evt.SchemaVersion;
            public static CountryCode Country(string code) => CountryCode.From(code);
            public static bool TryCountry(string? code) => CountryCode.TryFrom(code, out _);
            public static string Area(string wire) => CooperationAreaExtensions.FromJsonValue(wire).ToString() + "/" + CooperationArea.Energy.ToJsonValue();
        }
        """;

    private static readonly Lazy<Type> Example = new(() =>
    {
        var run = GeneratorHarness.Run(GeneratorHarness.SchemasFrom("diplomacy"), compilation: GeneratorHarness.CreateCompilation(ConsumerCode));
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
        return GeneratorHarness.EmitAndLoad(run.OutputCompilation).GetType("Consumer.Example", throwOnError: true)!;
    });

    private static object? Call(string name, params object?[] arguments)
    {
        var member = Example.Value.GetMember(name, BindingFlags.Public | BindingFlags.Static).Single();
        try
        {
            return member switch
            {
                MethodInfo method => method.Invoke(null, arguments),
                PropertyInfo property => property.GetValue(null),
                _ => throw new InvalidOperationException(name),
            };
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }
    }

    [Fact]
    public void The_example_event_is_valid_and_describes_itself()
    {
        var evt = (IEvent)Call("Create")!;
        var result = evt.Validate();

        Assert.True(result.IsValid, result.ToString());
        Assert.Same(ValidationResult.Success, result);
        Assert.Equal("Lu Mei presented credentials to Ilham Aliyev", evt.GetType().GetMethod("Describe")!.Invoke(evt, null));
        Assert.Equal("diplomacy.credentials-presented.v3", Call("EventType"));
        Assert.Equal(3, Call("SchemaVersion"));
        Assert.Equal("Credentials presented", Call("DisplayName"));
        Assert.Equal("diplomacy.credentials-presented.v3/3", Call("ViaInterface", evt));
    }

    [Fact]
    public void Validating_a_valid_event_allocates_nothing()
    {
        var evt = (IValidatable)Call("Create")!;
        evt.Validate();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) evt.Validate();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_broken_event_reports_every_error_with_its_path_code_and_message()
    {
        var result = ((IValidatable)Call("CreateBroken")!).Validate();

        Assert.False(result.IsValid);
        Assert.Equal(
            [
                "ambassador.name|maxLength|Ambassador name must be at most 200 characters long.",
                "ambassador.country|required|Ambassador country is required.",
                "sources[1].outlet|minLength|Source 2 outlet must be at least 1 character long.",
            ],
            result.Errors.Select(error => $"{error.Path}|{error.Code}|{error.Message}"));
    }

    [Fact]
    public void Events_with_equal_values_are_equal_even_with_different_list_instances()
    {
        object first = Call("Create")!, second = Call("Create")!;
        object broken = Call("CreateBroken")!;

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, broken);
    }

    [Fact]
    public void Scalars_validate_on_creation_and_name_the_broken_rule()
    {
        Assert.Equal("CN", Call("Country", "CN")!.ToString());
        var error = Assert.Throws<ArgumentException>(() => Call("Country", "China"));
        Assert.Contains("\"China\" is not a valid CountryCode (pattern): it must match the pattern ^[A-Z]{2}$.", error.Message);
        Assert.Equal(true, Call("TryCountry", "AZ"));
        Assert.Equal(false, Call("TryCountry", "az"));
        Assert.Equal(false, Call("TryCountry", (object?)null));
    }

    [Fact]
    public void Enums_map_to_and_from_their_wire_values()
    {
        Assert.Equal("Energy/energy", Call("Area", "energy"));
        Assert.Throws<ArgumentException>(() => Call("Area", "Energy"));
    }
}
