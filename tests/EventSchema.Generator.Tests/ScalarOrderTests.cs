using System.Reflection;
using EventSchema.Generator.Tests.Infrastructure;

namespace EventSchema.Generator.Tests;

/// <summary>
/// Scalars over strings, numbers, dates, date-times and UUIDs sort: <c>IComparable&lt;T&gt;</c>, <c>IComparable</c> and the
/// comparison operators, in the order of their values (strings ordinally); the other scalars promise no order.
/// </summary>
public sealed class ScalarOrderTests
{
    private const string Schema = """
        namespace Orders;

        scalar Code : string;
        scalar Count : int;
        scalar Big : long;
        scalar Ratio : double;
        scalar Amount : decimal;
        scalar Day : date;
        scalar Moment : datetime;
        scalar Id : uuid;
        scalar Flag : bool;
        scalar Link : uri;
        scalar Clock : time;
        scalar Span : duration;
        """;

    private const string ConsumerCode = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Orders;

        namespace Consumer;

        internal static class Probe
        {
            // Sorted by List.Sort (IComparable<T>), then checked pairwise with every operator.
            public static string Sorted()
            {
                var codes = new List<Code> { Code.From("b"), Code.From("B"), Code.From("a"), Code.From("ab") };
                codes.Sort();
                var counts = new[] { Count.From(3), Count.From(-1), Count.From(2) }.OrderBy(c => c).ToList();
                var amounts = new[] { Amount.From(1.50m), Amount.From(1.5m), Amount.From(0.25m) }.OrderBy(a => a).ToList();
                // 10:00 at +04:00 is 06:00 UTC, an hour before 07:00 UTC.
                var moments = new[] { Moment.From(new DateTimeOffset(2025, 4, 17, 10, 0, 0, TimeSpan.FromHours(4))), Moment.From(new DateTimeOffset(2025, 4, 17, 7, 0, 0, TimeSpan.Zero)) }.OrderBy(m => m).ToList();
                return string.Join(",", codes) + "|" + string.Join(",", counts) + "|" + string.Join(",", amounts.Select(a => a.Value)) + "|"
                    + string.Join(",", moments.Select(m => m.Value.Offset.Hours));
            }

            public static string Operators()
            {
                var one = Ratio.From(1.0);
                var two = Ratio.From(2.0);
                var day = Day.From(new DateOnly(2025, 4, 17));
                var next = Day.From(new DateOnly(2025, 4, 18));
                var low = Big.From(1);
                var id = Id.From(Guid.Parse("00000000-0000-0000-0000-000000000001"));
                var later = Id.From(Guid.Parse("00000000-0000-0000-0000-000000000002"));
                return string.Join(",", one < two, one > two, one <= Ratio.From(1.0), two >= one, day < next, next <= day, low >= Big.From(1), id < later);
            }

            public static int CompareBoxed(object? other) => ((IComparable)Count.From(2)).CompareTo(other);

            // default(Code) holds no value; it sorts first, as equality takes it, rather than throwing from Value.
            public static string Unset() => string.Join(",", new[] { Code.From("b"), default, Code.From("a") }.OrderBy(c => c).Select(c => c.ToString().Length == 0 ? "unset" : c.ToString()))
                + " " + default(Code).CompareTo(default) + " " + (default(Code) < Code.From("a"));

            public static bool Ordered(Type type) => typeof(IComparable).IsAssignableFrom(type);
        }
        """;

    [Fact]
    public void Scalars_with_ordered_values_sort_and_compare_with_operators()
    {
        Type probe = Compile();

        Assert.Equal("B,a,ab,b|-1,2,3|0.25,1.50,1.5|4,0", Invoke(probe, "Sorted"));
        Assert.Equal("True,False,True,True,True,False,True,True", Invoke(probe, "Operators"));
    }

    [Fact]
    public void The_same_members_compile_for_netstandard2_0()
    {
        // netstandard2.0 has no DateOnly: the probe's dates are written for the date type there.
        string consumer = ConsumerCode.Replace("new DateOnly(", "new DateTime(", StringComparison.Ordinal);
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("orders.eventschema", Schema)], compilation: GeneratorHarness.CreateNetStandardCompilation(consumer));

        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
    }

    [Fact]
    public void Comparing_with_an_object_follows_IComparable()
    {
        Type probe = Compile();
        Type count = probe.Assembly.GetType("Orders.Count", throwOnError: true)!;
        object three = count.GetMethod("From")!.Invoke(null, [3])!;

        Assert.Equal(1, Invoke(probe, "CompareBoxed", [null]));
        Assert.True((int)Invoke(probe, "CompareBoxed", [three])! < 0);
        var error = Assert.Throws<TargetInvocationException>(() => Invoke(probe, "CompareBoxed", [2]));
        Assert.IsType<ArgumentException>(error.InnerException);
        Assert.Contains("A Count compares only with another Count, not with Int32", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unset_string_scalar_sorts_first()
    {
        Assert.Equal("unset,a,b 0 True", Invoke(Compile(), "Unset"));
    }

    [Fact]
    public void Scalars_without_a_natural_order_do_not_claim_one()
    {
        Type probe = Compile();

        foreach (string name in (string[])["Code", "Count", "Big", "Ratio", "Amount", "Day", "Moment", "Id"])
        {
            Assert.True((bool)Invoke(probe, "Ordered", [probe.Assembly.GetType("Orders." + name, throwOnError: true)])!, name);
        }
        foreach (string name in (string[])["Flag", "Link", "Clock", "Span"])
        {
            Assert.False((bool)Invoke(probe, "Ordered", [probe.Assembly.GetType("Orders." + name, throwOnError: true)])!, name);
        }
    }

    private static readonly Lazy<Type> CompiledProbe = new(() =>
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("orders.eventschema", Schema)], compilation: GeneratorHarness.CreateCompilation(ConsumerCode));
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
        return GeneratorHarness.EmitAndLoad(run.OutputCompilation).GetType("Consumer.Probe", throwOnError: true)!;
    });

    private static Type Compile() => CompiledProbe.Value;

    private static object? Invoke(Type probe, string name, object?[]? arguments = null)
        => probe.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments);
}
