using System.Text;
using System.Text.Json;
using Diplomacy;

namespace EventSchema.Json.Tests;

/// <summary>Readers share one instance for short repeated ASCII values, and only then.</summary>
public sealed class StringReuseTests
{
    private static readonly string Json = SeedEvents.CredentialsPresented.ToJson();

    [Fact]
    public void Short_repeated_values_share_one_instance_by_default()
    {
        var first = CredentialsPresented.FromJson(Json);
        var second = CredentialsPresented.FromJson(Json);

        Assert.Same(first.Ambassador.Name, second.Ambassador.Name);
        Assert.Same(first.Sources[0].Outlet, second.Sources[0].Outlet);
    }

    [Fact]
    public void Values_are_fresh_instances_when_reuse_is_off()
    {
        var options = new EventJsonOptions { ReuseStrings = false };

        var first = CredentialsPresented.FromJson(Json, options);
        var second = CredentialsPresented.FromJson(Json, options);

        Assert.Equal(first, second);
        Assert.NotSame(first.Ambassador.Name, second.Ambassador.Name);
    }

    [Fact]
    public void Escaped_and_non_ascii_values_read_exactly()
    {
        var json = Json.Replace("\"Lu Mei\"", "\"L\\u0075 M\\u00e9i\"").Replace("\"Ilham Aliyev\"", "\"İlham Əliyev\"");

        var value = CredentialsPresented.FromJson(json);

        Assert.Equal("Lu Méi", value.Ambassador.Name);
        Assert.Equal("İlham Əliyev", value.ReceivedBy.Name);
    }

    [Fact]
    public void Many_distinct_values_all_read_back_exactly()
    {
        // Far more values than the shared cache has slots: collisions must cost an allocation, never a wrong value.
        for (var i = 0; i < 20_000; i++)
        {
            var name = "Envoy " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var json = Json.Replace("\"Lu Mei\"", "\"" + name + "\"");

            Assert.Equal(name, CredentialsPresented.FromJson(json).Ambassador.Name);
        }
    }

    [Fact]
    public void Values_of_every_length_around_the_cache_limit_read_back_exactly()
    {
        for (var length = 1; length <= 40; length++)
        {
            var name = new string('x', length - 1) + "y";
            var value = CredentialsPresented.FromJson(Json.Replace("\"Lu Mei\"", "\"" + name + "\""));

            Assert.Equal(name, value.Ambassador.Name);
        }
    }

    [Fact]
    public void The_length_limit_applies_to_reused_values()
    {
        CredentialsPresented.FromJson(Json);
        var options = new EventJsonOptions { MaxStringLength = 3 };

        var error = Assert.Throws<JsonException>(() => CredentialsPresented.FromJson(Json, options));

        Assert.Equal("$.ambassador.name", error.Path);
    }

    [Fact]
    public void Invalid_utf8_in_a_string_is_a_located_json_exception()
    {
        var bytes = Encoding.UTF8.GetBytes(Json.Replace("\"Lu Mei\"", "\"Lu Mei##\""));
        var at = Array.IndexOf(bytes, (byte)'#');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        var error = Assert.Throws<JsonException>(() => CredentialsPresented.FromJson(bytes));

        Assert.Equal("$.ambassador.name", error.Path);
        Assert.Contains("UTF-8", error.Message);
    }
}
