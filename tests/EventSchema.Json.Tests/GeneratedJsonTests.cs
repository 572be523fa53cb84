using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Diplomacy;
using EventSchema.Generated;

namespace EventSchema.Json.Tests;

/// <summary><c>GeneratedJson</c>: System.Text.Json metadata for the generated types, without reflection.</summary>
public sealed class GeneratedJsonTests
{
    [Fact]
    public void Type_info_properties_write_and_read_what_the_fast_paths_do()
    {
        CredentialsPresented evt = SeedEvents.CredentialsPresented;

        string json = JsonSerializer.Serialize(evt, GeneratedJson.CredentialsPresented);
        byte[] utf8 = JsonSerializer.SerializeToUtf8Bytes(evt, GeneratedJson.CredentialsPresented);

        Assert.Equal(evt.ToJson(), json);
        Assert.Equal(evt.ToJsonUtf8Bytes(), utf8);
        Assert.Equal(evt, JsonSerializer.Deserialize(json, GeneratedJson.CredentialsPresented));
        Assert.Equal(evt, JsonSerializer.Deserialize(utf8, GeneratedJson.CredentialsPresented));
    }

    [Fact]
    public void An_error_inside_a_value_nested_in_a_larger_document_has_the_documents_path()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(GeneratedJson.Resolver, new DefaultJsonTypeInfoResolver()) };
        string valid = SeedEvents.CredentialsPresented.ToJson();
        string broken = valid.Replace("\"occurredOn\":\"2025-04-17\"", "\"occurredOn\":\"the 17th\"", StringComparison.Ordinal);

        var inList = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<List<CredentialsPresented>>("[" + valid + "," + broken + "]", options));
        var inObject = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, CredentialsPresented>>("{\"first\":" + broken + "}", options));
        var alone = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(broken, GeneratedJson.CredentialsPresented));

        Assert.Equal("$[1]", inList.Path);
        Assert.Contains("Property 'occurredOn'", inList.Message, StringComparison.Ordinal);
        Assert.Contains("Path within the value: $.occurredOn.", inList.Message, StringComparison.Ordinal);
        Assert.Equal("$.first", inObject.Path);
        Assert.Equal("$.occurredOn", alone.Path);
    }

    [Fact]
    public void Enums_and_scalars_have_type_info_too()
    {
        Assert.Equal("\"CN\"", JsonSerializer.Serialize(CountryCode.From("CN"), GeneratedJson.Diplomacy_CountryCode));
        Assert.Equal(CountryCode.From("AZ"), JsonSerializer.Deserialize("\"AZ\"", GeneratedJson.Diplomacy_CountryCode));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"Azerbaijan\"", GeneratedJson.Diplomacy_CountryCode));
    }

    [Fact]
    public void Options_with_the_resolver_serialize_every_generated_type_and_nothing_else()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = GeneratedJson.Resolver };
        CredentialsPresented evt = SeedEvents.CredentialsPresented;

        Assert.Equal(evt.ToJson(), JsonSerializer.Serialize(evt, options));
        Assert.Equal(evt, JsonSerializer.Deserialize<CredentialsPresented>(evt.ToJson(), options));
        // No reflection behind it: a type it does not know is refused, not serialized some other way.
        Assert.Null(GeneratedJson.Resolver.GetTypeInfo(typeof(List<CredentialsPresented>), options));
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(new List<int> { 1 }, options));
    }

    [Fact]
    public void The_resolver_chains_ahead_of_others_as_ASP_NET_Core_inserts_it()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.TypeInfoResolverChain.Insert(0, GeneratedJson.Resolver);
        options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
        CredentialsPresented evt = SeedEvents.CredentialsPresented;

        JsonTypeInfo info = options.GetTypeInfo(typeof(CredentialsPresented));

        Assert.Equal(JsonTypeInfoKind.None, info.Kind); // the generated converter, not reflected properties
        Assert.Equal(evt.ToJson(), JsonSerializer.Serialize(evt, options));
        Assert.Equal("[" + evt.ToJson() + "]", JsonSerializer.Serialize(new[] { evt }, options));
    }

    [Fact]
    public void Event_options_added_to_the_serializer_options_apply_through_the_resolver()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = GeneratedJson.Resolver }
            .AddEventSchemaOptions(new EventJsonOptions { MaxStringLength = 3 });

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CredentialsPresented>(SeedEvents.CredentialsPresented.ToJson(), options));

        Assert.Equal("$.ambassador.name", error.Path);
    }

    [Fact]
    public void Errors_keep_their_paths_through_the_type_info()
    {
        string json = SeedEvents.CredentialsPresented.ToJson().Replace("\"2025-04-17\"", "\"2025-02-30\"");

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, GeneratedJson.CredentialsPresented));

        Assert.Equal("$.occurredOn", error.Path);
    }

    [Fact]
    public void Names_shared_across_namespaces_or_with_members_are_qualified()
    {
        // Official is declared in Diplomacy and in TypeInfoNaming; Options is a member of GeneratedJson itself.
        Assert.Equal(typeof(Official), GeneratedJson.Diplomacy_Official.Type);
        Assert.Equal(typeof(TypeInfoNaming.Official), GeneratedJson.TypeInfoNaming_Official.Type);
        Assert.Equal(typeof(TypeInfoNaming.Options), GeneratedJson.TypeInfoNaming_Options.Type);
        // System.Text.Json shares metadata between equal options instances, so the type info may belong to another
        // instance with the same settings; what matters is that it resolves through the generated resolver.
        Assert.Same(GeneratedJson.Resolver, GeneratedJson.TypeInfoNaming_Options.Options.TypeInfoResolver);
        Assert.True(GeneratedJson.Options.IsReadOnly);
    }
}
