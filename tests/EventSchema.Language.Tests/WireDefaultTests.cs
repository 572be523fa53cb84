using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests;

/// <summary>Defaults are written in the wire form, checked by the grammar the generated readers use.</summary>
public class WireDefaultTests
{
    private static SchemaCompilation Compile(string field)
        => SchemaCompilation.Create([new SourceText("defaults.eventschema", "namespace N;\nrecord R {\n  " + field + "\n}\n")], TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("window: duration = \"P1D\";")]
    [InlineData("window: duration = \"P1Y2M\";")]
    [InlineData("window: duration = \"P4W\";")]
    [InlineData("window: duration = \"PT36H\";")]
    [InlineData("window: duration = \"P999999999999999999999999999999999999D\";")]
    [InlineData("at: time = \"08:30:06z\";")]
    [InlineData("at: time = \"23:59:60Z\";")]
    [InlineData("at: time = \"01:29:60+01:30\";")]
    [InlineData("moment: datetime = \"1998-12-31t23:59:60z\";")]
    [InlineData("moment: datetime = \"1985-04-12T00:59:59.999999999999999Z\";")]
    [InlineData("day: date = \"0400-02-29\";")]
    [InlineData("link: uri = \"./this:that\";")]
    [InlineData("link: uri = \"ldap://[2001:db8::7]/c=GB?objectClass?one\";")]
    public void Wire_forms_are_accepted(string field)
        => Assert.Empty(Compile(field).Diagnostics.Select(d => d.ToString()));

    [Theory]
    [InlineData("window: duration = \"01:30:00\";", "\"PT1H30M\"")]
    [InlineData("window: duration = \"2.00:00:00\";", "\"PT1H30M\"")]
    [InlineData("window: duration = \"PT0.5S\";", "\"PT1H30M\"")]
    [InlineData("window: duration = \"PT1H2S\";", "\"PT1H30M\"")]
    [InlineData("window: duration = \"-P1D\";", "\"PT1H30M\"")]
    [InlineData("window: duration = \"P1WT1H\";", "\"PT1H30M\"")]
    [InlineData("at: time = \"09:30\";", "\"09:30:00Z\"")]
    [InlineData("at: time = \"12:00:00\";", "\"09:30:00Z\"")]
    [InlineData("at: time = \"22:59:60Z\";", "\"09:30:00Z\"")]
    [InlineData("moment: datetime = \"2025-04-17T09:30:00\";", "\"2025-04-17T09:30:00+04:00\"")]
    [InlineData("moment: datetime = \"0001-01-01T00:00:00+01:00\";", "\"2025-04-17T09:30:00+04:00\"")]
    [InlineData("day: date = \"2025-4-17\";", "\"2025-04-17\"")]
    [InlineData("day: date = \"\u09e80-01-01\";", "\"2025-04-17\"")]
    [InlineData("link: uri = \"/%zz\";", "RFC 3986")]
    [InlineData("link: uri = \"/foobar\u00ae.txt\";", "RFC 3986")]
    [InlineData("link: uri = \"//example.com:abc/p\";", "RFC 3986")]
    public void Other_forms_are_refused_at_the_literal_with_the_wire_form_shown(string field, string shown)
    {
        var diagnostic = Assert.Single(Compile(field).Diagnostics);
        Assert.Equal("ES0043", diagnostic.Code);
        Assert.Contains(shown, diagnostic.Message);
        Assert.Equal(3, diagnostic.Start.Line);
        var literal = field.Substring(field.IndexOf('"'), field.LastIndexOf('"') - field.IndexOf('"') + 1);
        Assert.Equal(3 + field.IndexOf('"'), diagnostic.Start.Column);
        Assert.Equal(literal.Length, diagnostic.Span.Length);
    }

    [Fact]
    public void The_default_is_exported_as_written_and_is_the_wire_text()
    {
        var compilation = Compile("window: duration = \"P1Y2M\";");
        var record = (RecordSymbol)compilation.GetDeclaration("N.R")!;
        Assert.Equal("P1Y2M", record.Fields[0].Default!.Value);
        Assert.Contains("\"default\": \"P1Y2M\"", Export.JsonSchemaExporter.Export(record));
    }
}
