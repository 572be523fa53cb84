using EventSchema.Language.Naming;

namespace EventSchema.Language.Tests;

/// <summary>One rule splits names into words for event types, JSON names, C# names and file names.</summary>
public class NameWordsTests
{
    [Theory]
    [InlineData("receivedBy", "received|By")]
    [InlineData("CredentialsPresented", "Credentials|Presented")]
    [InlineData("HTTPStatus", "HTTP|Status")]
    [InlineData("HTTPRequestSent", "HTTP|Request|Sent")]
    [InlineData("IOError", "IO|Error")]
    [InlineData("URL", "URL")]
    [InlineData("iPhone", "i|Phone")]
    [InlineData("Utf8Name", "Utf8|Name")]
    [InlineData("utf8name", "utf8name")]
    [InlineData("Area51Report", "Area51|Report")]
    [InlineData("Http2XML", "Http2|XML")]
    [InlineData("v2", "v2")]
    [InlineData("42Things", "42|Things")]
    [InlineData("received_by", "received|by")]
    [InlineData("__private__name_", "private|name")]
    [InlineData("sales-orders app.v2", "sales|orders|app|v2")]
    [InlineData("ÉtatChangé", "État|Changé")]
    [InlineData("straßeName", "straße|Name")]
    [InlineData("cafe\u0301Ouvert", "cafe\u0301|Ouvert")]
    [InlineData("名前Value", "名前Value")]
    [InlineData("", "")]
    [InlineData("___", "")]
    public void Names_split_into_words(string name, string words)
    {
        Assert.Equal(words, string.Join("|", NameWords.Split(name)));
    }

    [Theory]
    [InlineData("Utf8Name", "utf8-name", "utf8_name", "utf8Name", "Utf8Name")]
    [InlineData("Area51Report", "area51-report", "area51_report", "area51Report", "Area51Report")]
    [InlineData("HTTPStatus", "http-status", "http_status", "httpStatus", "HTTPStatus")]
    [InlineData("received_by", "received-by", "received_by", "receivedBy", "ReceivedBy")]
    [InlineData("ÉtatChangé", "état-changé", "état_changé", "étatChangé", "ÉtatChangé")]
    public void Every_casing_joins_the_same_words(string name, string kebab, string snake, string camel, string pascal)
    {
        Assert.Equal(kebab, NameWords.ToKebabCase(name));
        Assert.Equal(snake, NameWords.ToSnakeCase(name));
        Assert.Equal(camel, NameWords.ToCamelCase(name));
        Assert.Equal(pascal, NameWords.ToPascalCase(name));
    }

    [Theory]
    [InlineData("Utf8Name", "app.utf8-name.v1")]
    [InlineData("Area51Report", "app.area51-report.v1")]
    [InlineData("HTTPRequestSent", "app.http-request-sent.v1")]
    public void Default_event_types_and_kebab_json_names_agree(string name, string eventType)
    {
        var compilation = SchemaCompilation.Create(
            [new Text.SourceText("app.eventschema", $"namespace App;\nevent {name} {{ id: string; }}")],
            TestContext.Current.CancellationToken);
        var record = Assert.IsType<Semantics.RecordSymbol>(Assert.Single(compilation.Declarations));

        Assert.Equal(eventType, record.EventType);
        Assert.Equal(eventType, "app." + Export.JsonNames.Convert(name, Export.JsonNaming.KebabCase) + ".v1");
    }
}
