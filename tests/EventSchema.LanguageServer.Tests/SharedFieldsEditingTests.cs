using System.Text.Json.Nodes;
using EventSchema.Language;
using EventSchema.Language.Text;

namespace EventSchema.LanguageServer.Tests;

/// <summary>Spreads (<c>...TradeFact;</c>) and item rules in the editor: completion, navigation and rename.</summary>
public class SharedFieldsEditingTests
{
    private const string Trade = """
        namespace Corridor.Trade;

        /// What every trade fact states.
        record TradeFact {
          occurredOn: date;
          place?: string;
        }

        @summary("Cargo booked at {place}")
        event CargoBooked {
          ...TradeFact;
          booking: uuid;
          tags: list<@maxLength(20) string> = [];
        }
        """;

    [Fact]
    public async Task Completion_offers_records_after_an_ellipsis_and_item_rules_inside_type_arguments()
    {
        using var workspace = new Workspace(withSeeds: false);
        workspace.Write("trade.eventschema", Trade);
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("trade.eventschema");
        string text = Trade.Replace("  ...TradeFact;", "  ...Tr").Replace("list<@maxLength(20) string>", "list<@ string>");
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));

        var spread = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.PositionOf(text, "...Tr", offset: 5)));
        var spreadLabels = spread.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()).ToList();
        Assert.Contains("TradeFact", spreadLabels);
        Assert.DoesNotContain("CargoBooked", spreadLabels);
        Assert.DoesNotContain("string", spreadLabels);

        var item = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.PositionOf(text, "list<@ string>", offset: 6)));
        var itemLabels = item.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()).ToList();
        Assert.Contains("maxLength", itemLabels);
        Assert.Contains("pattern", itemLabels);
        Assert.DoesNotContain("json", itemLabels);
        Assert.DoesNotContain("minItems", itemLabels);
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task A_spread_leads_to_its_record_and_hovers_with_its_fields()
    {
        using var workspace = new Workspace(withSeeds: false);
        workspace.Write("trade.eventschema", Trade);
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        JsonObject At() => Lsp.At(workspace.UriOf("trade.eventschema"), workspace.PositionOf("trade.eventschema", "...TradeFact", offset: 5));

        var locations = await server.RequestAsync("textDocument/definition", At());
        var location = Assert.Single(locations.EnumerateArray());
        var expected = workspace.PositionOf("trade.eventschema", "record TradeFact", offset: 7);
        Assert.Equal(expected["line"]!.GetValue<int>(), location.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());

        var hover = await server.RequestAsync("textDocument/hover", At());
        string markdown = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Contains("record Corridor.Trade.TradeFact", markdown);
        Assert.Contains("occurredOn: date;", markdown);
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Renaming_a_shared_record_or_field_renames_its_spreads_and_the_holes_that_name_it()
    {
        using var workspace = new Workspace(withSeeds: false);
        workspace.Write("trade.eventschema", Trade);
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("trade.eventschema");

        var recordRename = Lsp.At(uri, workspace.PositionOf("trade.eventschema", "record TradeFact", offset: 8));
        recordRename["newName"] = "CorridorFact";
        var recordEdit = await server.RequestAsync("textDocument/rename", recordRename);
        string renamedRecord = NavigationTests.Apply(Trade, recordEdit.GetProperty("changes").GetProperty(uri));
        Assert.Contains("record CorridorFact {", renamedRecord);
        Assert.Contains("...CorridorFact;", renamedRecord);

        // From the hole in the event, which names the event's copy of the field: the declared field is renamed.
        var fieldRename = Lsp.At(uri, workspace.PositionOf("trade.eventschema", "{place}", offset: 2));
        fieldRename["newName"] = "port";
        var fieldEdit = await server.RequestAsync("textDocument/rename", fieldRename);
        string renamedField = NavigationTests.Apply(Trade, fieldEdit.GetProperty("changes").GetProperty(uri));
        Assert.Contains("  port?: string;", renamedField);
        Assert.Contains("@summary(\"Cargo booked at {port}\")", renamedField);
        Assert.Contains("...TradeFact;", renamedField);
        Assert.Empty(SchemaCompilation.Create([new SourceText("trade.eventschema", renamedField)]).Diagnostics);
        await server.ShutdownAsync();
    }
}
