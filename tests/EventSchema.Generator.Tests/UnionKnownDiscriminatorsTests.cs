using EventSchema.Generator.Json;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Tests;

/// <summary>
/// A union's read errors list every discriminator its reader takes: the past versions of its event members too, as a
/// range when they run from version 1 to the current one.
/// </summary>
public sealed class UnionKnownDiscriminatorsTests
{
    private static UnionMemberSpec Member(string value, params (string Value, int Version)[] past) => new()
    {
        TypeName = "global::D.M",
        SchemaName = "M",
        ParameterName = "m",
        IsEvent = past.Length > 0,
        DiscriminatorValue = value,
        PastDiscriminators = past.Select(p => new PastDiscriminatorSpec { Value = p.Value, Version = p.Version }).ToEquatableArray(),
    };

    [Fact]
    public void Past_versions_are_listed_as_a_range_from_version_1_or_one_by_one()
    {
        string known = UnionKnownDiscriminators.Describe(new[]
        {
            Member("d.presented.v3", ("d.presented.v1", 1), ("d.presented.v2", 2)),
            Member("d.held.v2", ("d.held.v1", 1)),
            Member("press.release.v2", ("press.release-old.v1", 1)),
            Member("Official"),
        }.ToEquatableArray());

        Assert.Equal("'d.presented.v1' to 'd.presented.v3', 'd.held.v1', 'd.held.v2', 'press.release-old.v1', 'press.release.v2', 'Official'", known);
    }
}
