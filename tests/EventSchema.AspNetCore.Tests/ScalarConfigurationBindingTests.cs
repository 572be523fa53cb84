using System.ComponentModel;
using System.Globalization;
using Ceremonies;
using Diplomacy;
using Microsoft.Extensions.Configuration;

namespace EventSchema.AspNetCore.Tests;

/// <summary>
/// Generated scalars name <c>ScalarTypeConverter&lt;T&gt;</c> as their type converter, so configuration binding (and
/// anything else that goes through <see cref="TypeDescriptor"/>) reads them from text with their rules.
/// </summary>
public sealed class ScalarConfigurationBindingTests
{
    public sealed class EmbassySettings
    {
        public CountryCode Host { get; set; }

        public DelegationSize? Delegation { get; set; }

        public List<CountryCode> Accredited { get; set; } = [];
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values)
        => new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void A_configuration_section_binds_scalars_and_lists_of_them()
    {
        var settings = Configuration(("Host", "AZ"), ("Delegation", "4"), ("Accredited:0", "KZ"), ("Accredited:1", "GE")).Get<EmbassySettings>()!;

        Assert.Equal(CountryCode.From("AZ"), settings.Host);
        Assert.Equal(DelegationSize.From(4), settings.Delegation);
        Assert.Equal([CountryCode.From("KZ"), CountryCode.From("GE")], settings.Accredited);
    }

    [Theory]
    [InlineData("Host", "az", "\"az\" is not a valid CountryCode (pattern)")]
    [InlineData("Delegation", "40", "\"40\" is not a valid DelegationSize (maximum): it must be at most 12.")]
    public void A_value_the_scalar_refuses_fails_the_binding_with_its_rule(string key, string value, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Configuration((key, value)).Get<EmbassySettings>());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        var format = Assert.IsType<FormatException>(error.InnerException);
        Assert.StartsWith(reason, format.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configuration_binder_leaves_out_a_list_item_that_does_not_convert()
    {
        // The binder's own rule for collections (Microsoft.Extensions.Configuration.Binder): an item it cannot convert is skipped.
        var settings = Configuration(("Host", "AZ"), ("Accredited:0", "kz"), ("Accredited:1", "GE")).Get<EmbassySettings>()!;

        Assert.Equal([CountryCode.From("GE")], settings.Accredited);
    }

    [Fact]
    public void The_type_converter_reads_and_writes_the_text_parse_and_to_string_use()
    {
        var converter = TypeDescriptor.GetConverter(typeof(DelegationSize));

        Assert.True(converter.CanConvertFrom(typeof(string)));
        Assert.True(converter.CanConvertTo(typeof(string)));
        Assert.Equal(DelegationSize.From(12), converter.ConvertFromString(null, CultureInfo.InvariantCulture, "12"));
        Assert.Equal("12", converter.ConvertToInvariantString(DelegationSize.From(12)));
        Assert.Equal("AZ", TypeDescriptor.GetConverter(typeof(CountryCode)).ConvertToInvariantString(CountryCode.From("AZ")));
        Assert.False(converter.CanConvertFrom(typeof(int)));
        Assert.Throws<NotSupportedException>(() => converter.ConvertFrom(12));
    }
}
