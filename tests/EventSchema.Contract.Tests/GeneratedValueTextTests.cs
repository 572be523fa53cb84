using System.Reflection;
using EventSchema.Contract.Tests.Infrastructure;

namespace EventSchema.Contract.Tests;

/// <summary>
/// Values the type system allows but a schema does not describe: a scalar left at <c>default</c>, an enum cast from a
/// number no member has, collections in <c>ToString()</c>. Each is handled plainly: writing fails with a message that
/// names the type and property, <c>Validate()</c> reports it, and text about it is readable.
/// </summary>
public sealed class GeneratedValueTextTests
{
    private const string Schema = """
        namespace Contract.Values;

        @pattern("^[A-Z]{2}$")
        scalar CountryCode : string;

        enum Tone { calm, warm = "warm-hearted" }

        record Note { text: string; }

        @summary("{name} spoke in a {tone} tone")
        event Spoken {
          name: string;
          tone: Tone;
          code: CountryCode;
          topics: set<string>;
          ratios: list<double>;
          notes: map<string, list<Note>>;
          codes?: list<CountryCode>;
        }
        """;

    private const string Consumer = """
        using System.Collections.Generic;
        using Contract.Values;
        using EventSchema.Generated;

        public static class Probe
        {
            public static Spoken Valid() => new()
            {
                Name = "Lu Mei",
                Tone = Tone.Warm,
                Code = CountryCode.From("CN"),
                Topics = new HashSet<string> { "trade" },
                Ratios = [0.5, 2],
                Notes = new Dictionary<string, IReadOnlyList<Note>> { ["en"] = [new Note { Text = "hello" }] },
            };

            public static string DescribeUndefinedTone() => (Valid() with { Tone = (Tone)42 }).Describe();

            public static string ValidateUndefinedTone() => (Valid() with { Tone = (Tone)42 }).Validate().ToString();

            public static string Text() => Valid().ToString();

            public static string WriteDefaultCode() => (Valid() with { Code = default }).ToJson();

            public static string ValidateDefaultCode() => (Valid() with { Code = default }).Validate().ToString();

            public static string WriteDefaultCodeInList() => (Valid() with { Codes = [CountryCode.From("AZ"), default] }).ToJson();

            public static string DefaultCodeValue() => default(CountryCode).Value;

            public static string DefaultCodeText() => default(CountryCode).ToString() + "|" + (Valid() with { Code = default }).Describe();

            public static bool DefaultCodesAreEqual() => default(CountryCode) == new CountryCode() && default(CountryCode) != CountryCode.From("CN");
        }
        """;

    private static readonly Lazy<Task<ContractProject>> Project = new(() => ContractProject.CompileAsync([("values.eventschema", Schema)], consumerCode: Consumer));

    private static async Task<object?> Call(string method)
    {
        var probe = (await Project.Value).Assembly.GetType("Probe", throwOnError: true)!;
        try
        {
            return probe.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null);
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            throw error.InnerException;
        }
    }

    [Fact]
    public async Task Describe_prints_an_undefined_enum_value_as_its_number_and_validate_reports_it()
    {
        Assert.Equal("Lu Mei spoke in a 42 tone", await Call("DescribeUndefinedTone"));
        Assert.Contains("tone:", (string)(await Call("ValidateUndefinedTone"))!);
        Assert.Contains("(enum)", (string)(await Call("ValidateUndefinedTone"))!);
    }

    [Fact]
    public async Task ToString_prints_the_items_of_sets_lists_and_maps()
    {
        var text = (string)(await Call("Text"))!;

        Assert.Contains("Topics = [trade]", text);
        Assert.Contains("Ratios = [0.5, 2]", text);
        Assert.Contains("Notes = { en = [Note { Text = hello }] }", text);
        Assert.Contains("Name = Lu Mei", text);
        Assert.EndsWith(", Codes =  }", text);
        Assert.DoesNotContain("System.Collections", text);
    }

    [Fact]
    public async Task Writing_a_default_scalar_fails_naming_the_type_and_property_and_validate_reports_it()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Call("WriteDefaultCode"));
        Assert.Contains("CountryCode has no value", error.Message);
        Assert.Contains("property 'code'", error.Message);

        Assert.Equal("code: Code is required. (required)", await Call("ValidateDefaultCode"));

        var inList = await Assert.ThrowsAsync<InvalidOperationException>(() => Call("WriteDefaultCodeInList"));
        Assert.Contains("default(CountryCode)", inList.Message);
    }

    [Fact]
    public async Task Value_of_a_default_string_scalar_throws_naming_the_scalar_rather_than_handing_out_null()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Call("DefaultCodeValue"));

        Assert.Equal(
            "CountryCode has no value: it is default(CountryCode), which was never created with CountryCode.From or TryFrom. Create it with CountryCode.From; Validate() reports such a value as 'required'.",
            error.Message);
        // Text, equality, Validate() and the writers (above) still take it.
        Assert.Equal("|Lu Mei spoke in a warm-hearted tone", await Call("DefaultCodeText"));
        Assert.Equal(true, await Call("DefaultCodesAreEqual"));
    }
}
