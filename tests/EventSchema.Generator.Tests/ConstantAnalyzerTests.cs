using System.Collections.Immutable;
using EventSchema.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EventSchema.Generator.Tests;

/// <summary>
/// The constant analyzer on code that uses types generated from a schema with every kind of rule: each construct
/// that breaks a rule is reported at the value expression with the runtime's wording; each that meets it is not.
/// </summary>
public sealed class ConstantAnalyzerTests
{
    private const string Schema = """
        namespace Shop;

        @pattern("^[A-Z]{2}$")
        scalar CountryCode : string;

        @minimum(1) @maximum(10)
        scalar Rating : int;

        @minLength(2) @maxLength(5)
        scalar Sku : string;

        scalar Note : string;

        record Address {
          @minLength(1) @maxLength(20) street: string;
          country: CountryCode;
          @pattern("^[0-9]{5}$") zip?: string;
        }

        record Customer {
          @minLength(1) name: string;
          address: Address;
          @minimum(0) @maximum(150) age: int;
          @exclusiveMinimum(0) @exclusiveMaximum(1) discount?: double;
          @minimum(0.5) credit?: decimal;
          @minItems(1) @maxItems(3) @uniqueItems tags: list<string>;
          skus?: list<Sku>;
          @maxItems(2) codes?: set<string>;
          @minItems(1) addresses?: list<Address>;
          sites?: map<string, Address>;
          nickname?: string;
        }
        """;

    private static Task<ImmutableArray<Diagnostic>> Analyze(string code)
        => ConstantAnalysis.AnalyzeAsync([GeneratorHarness.Schema("shop.eventschema", Schema)], code);

    private static string Wrap(string body) => $$"""
        using System;
        using System.Collections.Generic;
        using Shop;

        namespace Consumer;

        internal static class Uses
        {
            private const string Empty = "";
            private const int Hundred = 100;

        {{body}}
        }
        """;

    private static async Task AssertReported(string markedBody, params (string Id, string Message)[] expected)
    {
        var (code, spans) = ConstantAnalysis.Marked(Wrap(markedBody));
        var diagnostics = await Analyze(code);
        Assert.Equal(
            expected.Select((e, i) => $"{e.Id} {spans[i]} {e.Message}"),
            diagnostics.Select(d => $"{d.Id} {d.Location.SourceSpan} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
    }

    private static async Task AssertNoneReported(string body)
    {
        var diagnostics = await Analyze(Wrap(body));
        Assert.Empty(diagnostics);
    }

    private const string ValidCustomer = """Name = "Ada", Address = new Address { Street = "Main", Country = CountryCode.From("GB") }, Age = 30, Tags = ["vip"]""";

    [Fact]
    public Task From_with_a_constant_that_breaks_the_pattern_always_throws() => AssertReported(
        """    public static CountryCode Code() => CountryCode.From([|"aze"|]);""",
        ("ES1001", "CountryCode.From always throws for this value: \"aze\" is not a valid CountryCode (pattern): it must match the pattern ^[A-Z]{2}$. It breaks @pattern(\"^[A-Z]{2}$\") (CountryCode in shop.eventschema); pass a value that meets the rule"));

    [Fact]
    public Task From_checks_lengths_in_code_points_numbers_and_null() => AssertReported(
        """
            public static Sku Short() => Sku.From([|"a"|]);
            public static Sku Long() => Sku.From([|"abcdef"|]);
            public static Sku Pairs() => Sku.From("😀😀😀😀😀");
            public static Rating Low() => Rating.From([|-1|]);
            public static Rating High() => Rating.From([|Hundred + 1|]);
            public static Note Nothing() => Note.From([|null!|]);
        """,
        ("ES1001", "Sku.From always throws for this value: \"a\" is not a valid Sku (minLength): it must be at least 2 characters long. It breaks @minLength(2) (Sku in shop.eventschema); pass a value that meets the rule"),
        ("ES1001", "Sku.From always throws for this value: \"abcdef\" is not a valid Sku (maxLength): it must be at most 5 characters long. It breaks @maxLength(5) (Sku in shop.eventschema); pass a value that meets the rule"),
        ("ES1001", "Rating.From always throws for this value: -1 is not a valid Rating (minimum): it must be at least 1. It breaks @minimum(1) (Rating in shop.eventschema); pass a value that meets the rule"),
        ("ES1001", "Rating.From always throws for this value: 101 is not a valid Rating (maximum): it must be at most 10. It breaks @maximum(10) (Rating in shop.eventschema); pass a value that meets the rule"),
        ("ES1001", "Note.From always throws for this value: null is not a valid Note (required): it is required. It breaks a non-optional field (Note in shop.eventschema); pass a value that meets the rule"));

    [Fact]
    public Task Patterns_are_judged_as_ECMA_262_as_the_generated_matchers_judge_them() => AssertReported(
        """
            // ECMA-262's $ matches only at the very end, unlike .NET's, which also matches before a final line feed.
            public static CountryCode Trailing() => CountryCode.From([|"AZ\n"|]);
        """,
        ("ES1001", "CountryCode.From always throws for this value: \"AZ\\n\" is not a valid CountryCode (pattern): it must match the pattern ^[A-Z]{2}$. It breaks @pattern(\"^[A-Z]{2}$\") (CountryCode in shop.eventschema); pass a value that meets the rule"));

    [Fact]
    public Task From_and_TryFrom_with_valid_or_unknown_values_are_not_reported() => AssertNoneReported("""
            public static CountryCode Code() => CountryCode.From("AZ");
            public static CountryCode Folded() => CountryCode.From("A" + "Z");
            public static Rating Edge() => Rating.From(10);
            public static Sku Any(string text) => Sku.From(text);
            public static bool Doubtful() => CountryCode.TryFrom("aze", out _);
        """);

    [Fact]
    public Task Object_initializers_check_lengths_patterns_bounds_and_null_with_the_runtime_subject() => AssertReported(
        """
            public static Customer Make() => new Customer
            {
                Name = [|Empty|],
                Address = new Address { Street = [|"twenty-one characters"|], Country = CountryCode.From("GB"), Zip = [|"1234"|] },
                Age = [|-Hundred|],
                Discount = [|1|],
                Credit = [|0.4m|],
                Tags = ["vip"],
                Nickname = null,
            };
        """,
        ("ES1002", "Name must be at least 1 character long. The constant breaks @minLength(1) (Customer.name in shop.eventschema); Validate() will report it"),
        ("ES1002", "Address street must be at most 20 characters long. The constant breaks @maxLength(20) (Address.street in shop.eventschema); Validate() will report it"),
        ("ES1002", "Address zip must match the pattern ^[0-9]{5}$. The constant breaks @pattern(\"^[0-9]{5}$\") (Address.zip in shop.eventschema); Validate() will report it"),
        ("ES1002", "Age must be at least 0. The constant breaks @minimum(0) (Customer.age in shop.eventschema); Validate() will report it"),
        ("ES1002", "Discount must be less than 1. The constant breaks @exclusiveMaximum(1) (Customer.discount in shop.eventschema); Validate() will report it"),
        ("ES1002", "Credit must be at least 0.5. The constant breaks @minimum(0.5) (Customer.credit in shop.eventschema); Validate() will report it"));

    [Fact]
    public Task Constant_null_for_a_required_member_is_reported_but_not_for_an_optional_one() => AssertReported(
        """
            public static Customer Make() => new Customer
            {
                Name = [|null!|],
                Address = [|null!|],
                Age = 1,
                Tags = ["vip"],
                Nickname = null,
                Discount = null,
            };
        """,
        ("ES1002", "Name is required. The constant breaks a non-optional field (Customer.name in shop.eventschema); Validate() will report it"),
        ("ES1002", "Address is required. The constant breaks a non-optional field (Customer.address in shop.eventschema); Validate() will report it"));

    [Fact]
    public Task With_expressions_and_interpolated_constants_are_checked() => AssertReported(
        $$"""
            private const string Two = "2";
            public static Customer Make() => new Customer { {{ValidCustomer}} };
            public static Customer Changed() => Make() with { Age = [|151|], Name = "Bo" };
            public static Address Moved(Address address) => address with { Street = [|$"{Empty}"|], Zip = [|$"1{Two}"|] };
            public static Customer Relocated(Customer customer) => customer with { Address = customer.Address with { Street = [|""|] } };
        """,
        ("ES1002", "Age must be at most 150. The constant breaks @maximum(150) (Customer.age in shop.eventschema); Validate() will report it"),
        ("ES1002", "Street must be at least 1 character long. The constant breaks @minLength(1) (Address.street in shop.eventschema); Validate() will report it"),
        ("ES1002", "Zip must match the pattern ^[0-9]{5}$. The constant breaks @pattern(\"^[0-9]{5}$\") (Address.zip in shop.eventschema); Validate() will report it"),
        ("ES1002", "Address street must be at least 1 character long. The constant breaks @minLength(1) (Address.street in shop.eventschema); Validate() will report it"));

    [Fact]
    public Task Valid_and_non_constant_values_are_not_reported() => AssertNoneReported($$"""
            public static Customer Make(string name, int age, List<string> tags) => new Customer
            {
                Name = name,
                Address = new Address { Street = "😀", Country = CountryCode.From("GB"), Zip = "12345" },
                Age = age,
                Discount = 0.5,
                Credit = 0.5m,
                Tags = tags,
                Codes = new HashSet<string> { "a", "b" },
                Addresses = [new Address { Street = "x", Country = CountryCode.From("FR") }],
            };
            public static Customer Edge() => new Customer { {{ValidCustomer}} } with { Age = 150, Tags = ["ab", "cd", "ef"] };
        """);

    [Fact]
    public Task Collections_of_known_size_are_checked_against_min_and_max_items() => AssertReported(
        $$"""
            public static Customer Make() => new Customer { {{ValidCustomer}} };
            public static Customer None() => Make() with { Tags = [|[]|] };
            public static Customer Many() => Make() with { Tags = [|["ab", "cd", "ef", "gh"]|] };
            public static Customer Arrayed() => Make() with { Tags = [|new string[0]|] };
            public static Customer Emptied() => Make() with { Tags = [|Array.Empty<string>()|] };
            public static Customer Listed() => Make() with { Tags = [|new List<string>()|] };
            public static Customer Sized() => Make() with { Tags = [|new string[4]|] };
            public static Customer Spread(string[] more) => Make() with { Tags = ["ab", .. more] };
            public static Customer Copied(string[] more) => Make() with { Tags = new List<string>(more) };
            public static Customer Set() => Make() with { Codes = [|new HashSet<string> { "a", "b", "c" }|] };
        """,
        ("ES1003", "Tags must have at least 1 item. The collection has 0 items, which breaks @minItems(1) (Customer.tags in shop.eventschema); Validate() will report it"),
        ("ES1003", "Tags must have at most 3 items. The collection has 4 items, which breaks @maxItems(3) (Customer.tags in shop.eventschema); Validate() will report it"),
        ("ES1003", "Tags must have at least 1 item. The collection has 0 items, which breaks @minItems(1) (Customer.tags in shop.eventschema); Validate() will report it"),
        ("ES1003", "Tags must have at least 1 item. The collection has 0 items, which breaks @minItems(1) (Customer.tags in shop.eventschema); Validate() will report it"),
        ("ES1003", "Tags must have at least 1 item. The collection has 0 items, which breaks @minItems(1) (Customer.tags in shop.eventschema); Validate() will report it"),
        ("ES1003", "Tags must have at most 3 items. The collection has 4 items, which breaks @maxItems(3) (Customer.tags in shop.eventschema); Validate() will report it"),
        ("ES1003", "Codes must have at most 2 items. The collection has 3 items, which breaks @maxItems(2) (Customer.codes in shop.eventschema); Validate() will report it"));

    [Fact]
    public Task Duplicate_constants_break_unique_items_and_are_dropped_from_sets() => AssertReported(
        $$"""
            public static Customer Make() => new Customer { {{ValidCustomer}} };
            public static Customer Twice() => Make() with { Tags = ["ab", [|"a" + "b"|]] };
            public static Customer Set() => Make() with { Codes = new HashSet<string> { "a", [|"a"|], "b" } };
        """,
        ("ES1004", "Tags must not contain duplicate items. \"ab\" is already an earlier item, which breaks @uniqueItems (Customer.tags in shop.eventschema); Validate() will report it"),
        ("ES1005", "Codes is a set: \"a\" is already an earlier item and is dropped, so the set has fewer items than written (Customer.codes in shop.eventschema); remove the duplicate"));

    [Fact]
    public Task Items_are_named_by_position() => AssertReported(
        $$"""
            public static Customer Make() => new Customer { {{ValidCustomer}} } with
            {
                Skus = [Sku.From("ab"), Sku.From([|"c"|])],
                Addresses = [new Address { Street = "x", Country = CountryCode.From("FR") }, new Address { Street = [|""|], Country = CountryCode.From("FR") }],
            };
        """,
        ("ES1001", "Sku.From always throws for this value: \"c\" is not a valid Sku (minLength): it must be at least 2 characters long. It breaks @minLength(2) (Sku in shop.eventschema); pass a value that meets the rule"),
        ("ES1002", "Address 2 street must be at least 1 character long. The constant breaks @minLength(1) (Address.street in shop.eventschema); Validate() will report it"));

    [Fact]
    public Task Map_values_are_named_by_their_key_as_validation_names_them() => AssertReported(
        $$"""
            public static Customer Indexed() => new Customer { {{ValidCustomer}} } with
            {
                Sites = new Dictionary<string, Address> { ["north"] = new Address { Street = [|""|], Country = CountryCode.From("FR") } },
            };
            public static Customer Added() => new Customer { {{ValidCustomer}} } with
            {
                Sites = new Dictionary<string, Address> { { "south", new Address { Street = [|""|], Country = CountryCode.From("FR") } } },
            };
        """,
        ("ES1002", "Site \"north\" street must be at least 1 character long. The constant breaks @minLength(1) (Address.street in shop.eventschema); Validate() will report it"),
        ("ES1002", "Site \"south\" street must be at least 1 character long. The constant breaks @minLength(1) (Address.street in shop.eventschema); Validate() will report it"));

    [Fact]
    public Task Scalars_made_without_From_are_reported_when_their_default_breaks_a_rule() => AssertReported(
        """
            public static CountryCode Default() => [|default(CountryCode)|];
            public static Rating Created() => [|new Rating()|];
            public static Address Literal() => new Address { Street = "x", Country = [|default|] };
            public static Note Unruled() => [|new Note()|];
            public static Rating? Nothing() => default;
        """,
        ("ES1006", "default(CountryCode) skips CountryCode.From and holds null: Country code is required. It breaks a non-optional field (CountryCode in shop.eventschema); create the value with CountryCode.From"),
        ("ES1006", "new Rating() skips Rating.From and holds 0: Rating must be at least 1. It breaks @minimum(1) (Rating in shop.eventschema); create the value with Rating.From"),
        ("ES1006", "default(CountryCode) skips CountryCode.From and holds null: Country code is required. It breaks a non-optional field (CountryCode in shop.eventschema); create the value with CountryCode.From"),
        ("ES1006", "new Note() skips Note.From and holds null: Note is required. It breaks a non-optional field (Note in shop.eventschema); create the value with Note.From"));

    [Fact]
    public async Task Plain_assignments_are_checked()
    {
        var (code, spans) = ConstantAnalysis.Marked("""
            namespace Shop;

            public sealed partial record Address
            {
                /// <summary>An address set by its initializer.</summary>
                public Address() { }

                /// <summary>An address in <paramref name="country"/> with a street too long for the schema.</summary>
                [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
                public Address(CountryCode country)
                {
                    Street = [|"twenty-one characters"|];
                    Country = country;
                }
            }
            """);
        var diagnostic = Assert.Single(await Analyze(code));
        Assert.Equal("ES1002", diagnostic.Id);
        Assert.Equal(spans[0], diagnostic.Location.SourceSpan);
        Assert.StartsWith("Street must be at most 20 characters long.", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_is_documented_with_its_severity_and_linked()
    {
        string documentation = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        Assert.All(new EventSchema.Generator.Analysis.SchemaConstantAnalyzer().SupportedDiagnostics, descriptor =>
        {
            Assert.Matches(@"^ES1\d{3}$", descriptor.Id);
            Assert.Contains("## " + descriptor.Id + "\n", documentation, StringComparison.Ordinal);
            Assert.Contains($"| [{descriptor.Id}](#{descriptor.Id.ToLowerInvariant()}) | {descriptor.DefaultSeverity} | {descriptor.Title} |", documentation, StringComparison.Ordinal);
            Assert.Equal(EventSchema.Generator.Diagnostics.HelpLinks.DefaultBase + "#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
        });
    }

    [Fact]
    public async Task Nothing_is_reported_without_the_runtime_attribute()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Plain",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class C { int X { get; init; } static C M() => new C { X = -1 }; }", cancellationToken: TestContext.Current.CancellationToken)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);
        Assert.Empty(await ConstantAnalysis.AnalyzeCompilationAsync(compilation));
    }
}
