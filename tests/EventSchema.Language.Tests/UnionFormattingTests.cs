using EventSchema.Language.Formatting;
using EventSchema.Language.Syntax;

namespace EventSchema.Language.Tests;

/// <summary>The formatter on unions: one line when written on one, one bar per line when the author broke them.</summary>
public class UnionFormattingTests
{
    [Fact]
    public void Unions_are_formatted_with_spaced_bars_and_kept_line_breaks_indented()
    {
        const string written = "namespace Corridor;\nrecord RailLeg { line: string; }\nrecord SeaLeg { vessel: string; }\nevent ShipmentDispatched {\n  @discriminator(\"mode\") leg:   RailLeg|SeaLeg;\n  next?: RailLeg\n        | SeaLeg;\n}\n@discriminator(\"kind\") union   Leg=RailLeg\n  |SeaLeg;\nunion Single = SeaLeg;\n";
        const string expected = "namespace Corridor;\n\nrecord RailLeg {\n  line: string;\n}\n\nrecord SeaLeg {\n  vessel: string;\n}\n\nevent ShipmentDispatched {\n  @discriminator(\"mode\") leg: RailLeg | SeaLeg;\n  next?: RailLeg\n    | SeaLeg;\n}\n\n@discriminator(\"kind\")\nunion Leg = RailLeg\n  | SeaLeg;\n\nunion Single = SeaLeg;\n";

        string formatted = SchemaFormatter.Format(SyntaxTree.Parse("unions.eventschema", written, TestContext.Current.CancellationToken));

        Assert.Equal(expected, formatted);
        Assert.Equal(expected, SchemaFormatter.Format(SyntaxTree.Parse("unions.eventschema", formatted, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public void Unions_as_items_values_and_members_are_formatted_like_any_type()
    {
        const string written = "namespace Corridor;\nrecord RailLeg { line: string; }\nrecord SeaLeg { vessel: string; }\nunion Leg=RailLeg|SeaLeg;\nunion Route = Leg|RailLeg ;\nrecord Convoy {\n  legs:list<RailLeg|SeaLeg>;\n  stops: map<string,Leg|RailLeg  ?>;\n}\n";
        const string expected = "namespace Corridor;\n\nrecord RailLeg {\n  line: string;\n}\n\nrecord SeaLeg {\n  vessel: string;\n}\n\nunion Leg = RailLeg | SeaLeg;\n\nunion Route = Leg | RailLeg;\n\nrecord Convoy {\n  legs: list<RailLeg | SeaLeg>;\n  stops: map<string, Leg | RailLeg?>;\n}\n";

        string formatted = SchemaFormatter.Format(SyntaxTree.Parse("shapes.eventschema", written, TestContext.Current.CancellationToken));

        Assert.Equal(expected, formatted);
    }
}
