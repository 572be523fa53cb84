using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace EventSchema.AspNetCore.Tests;

/// <summary><c>AddEventSchema(jsonResolver)</c>: the generated resolver goes first in the minimal API JSON options.</summary>
public sealed class JsonResolverRegistrationTests
{
    [Fact]
    public void The_resolver_is_inserted_first_and_only_once()
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        var services = new ServiceCollection();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver()));

        services.AddEventSchema(resolver);
        services.AddEventSchema(resolver, new Json.EventJsonOptions { ValidateOnRead = true });

        using var provider = services.BuildServiceProvider();
        var chain = provider.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions.TypeInfoResolverChain;
        Assert.Same(resolver, chain[0]);
        Assert.Single(chain, item => ReferenceEquals(item, resolver));
    }

    [Fact]
    public void A_missing_resolver_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddEventSchema((IJsonTypeInfoResolver)null!));
    }
}
