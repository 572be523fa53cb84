using System;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using EventSchema.Generator.Model;
using EventSchema.Language.Wire;

namespace EventSchema.Generator.Building;

/// <summary>
/// The C# construction of a default written in its wire form (<c>"2025-04-17"</c>, <c>"09:30:00Z"</c>, <c>"P1D"</c>):
/// the parts are read here, once, at build time, with the same grammar the readers use, so an instance costs a
/// constructor call and nothing is parsed at run time.
/// </summary>
internal static class WireDefaultExpressions
{
    private const long TicksPerSecond = 10_000_000;

    /// <summary>The expression for <paramref name="text"/>, which the binder has already checked against the type's wire grammar.</summary>
    public static string For(ShapeKind kind, string typeName, string text) => kind switch
    {
        ShapeKind.Date => Date(typeName, text),
        ShapeKind.Time => Time(text),
        ShapeKind.DateTime => DateTime(text),
        ShapeKind.Duration => Duration(text),
        ShapeKind.Uuid => Uuid(text),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a wire-format type."),
    };

    private static string Date(string typeName, string text)
    {
        if (!WireSyntax.TryParseDate(text, out int year, out int month, out int day)) throw Unchecked(text);
        return $"new {typeName}({Int(year)}, {Int(month)}, {Int(day)})";
    }

    private static string Time(string text)
    {
        if (!WireSyntax.TryParseTime(text, out TimeFields time)) throw Unchecked(text);
        long ticks = WireSyntax.TimeOfDayTicks(time);
        if (ticks % TicksPerSecond == 0)
        {
            long seconds = ticks / TicksPerSecond;
            return $"new global::EventSchema.OffsetTime({Int((int)(seconds / 3600))}, {Int((int)(seconds / 60 % 60))}, {Int((int)(seconds % 60))}, {Int(time.OffsetMinutes)})";
        }
        return $"new global::EventSchema.OffsetTime(new global::System.TimeSpan({Long(ticks)}), {Offset(time.OffsetMinutes)})";
    }

    private static string DateTime(string text)
    {
        if (!WireSyntax.TryGetInstant(text, out long localTicks, out int offsetMinutes)) throw Unchecked(text);
        var local = new System.DateTime(localTicks);
        if (localTicks % TicksPerSecond == 0)
        {
            return $"new global::System.DateTimeOffset({Int(local.Year)}, {Int(local.Month)}, {Int(local.Day)}, {Int(local.Hour)}, {Int(local.Minute)}, {Int(local.Second)}, {Offset(offsetMinutes)})";
        }
        return $"new global::System.DateTimeOffset({Long(localTicks)}, {Offset(offsetMinutes)})";
    }

    private static string Duration(string text)
    {
        if (!WireSyntax.TryParseDuration(text, out DurationFields fields)) throw Unchecked(text);
        if (fields.Weeks.IsPresent) return $"global::EventSchema.IsoDuration.FromWeeks({Part(text, fields.Weeks)})";
        DigitRun[] parts = [fields.Years, fields.Months, fields.Days, fields.Hours, fields.Minutes, fields.Seconds];
        if (parts.All(part => Value(text, part).IsZero)) return "global::EventSchema.IsoDuration.Zero";
        return "new global::EventSchema.IsoDuration(" + string.Join(", ", parts.Select(part => Part(text, part))) + ")";
    }

    private static string Uuid(string text)
    {
        if (!Guid.TryParseExact(text, "D", out Guid guid)) throw Unchecked(text);
        // The uint/ushort/byte constructor, from the bytes of the hyphenated text in order.
        string hex = guid.ToString("N", CultureInfo.InvariantCulture);
        var builder = new StringBuilder("new global::System.Guid(0x").Append(hex, 0, 8).Append("u, (ushort)0x").Append(hex, 8, 4)
            .Append(", (ushort)0x").Append(hex, 12, 4);
        for (int i = 16; i < 32; i += 2) builder.Append(", (byte)0x").Append(hex, i, 2);
        return builder.Append(')').ToString();
    }

    private static string Part(string text, DigitRun run)
    {
        BigInteger value = Value(text, run);
        if (value <= long.MaxValue) return ((long)value).ToString(CultureInfo.InvariantCulture) + (value > int.MaxValue ? "L" : string.Empty);
        // Beyond 64 bits: the value's bytes, still no text to parse at run time.
        return "new global::System.Numerics.BigInteger(new byte[] { " + string.Join(", ", value.ToByteArray().Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture))) + " })";
    }

    private static BigInteger Value(string text, DigitRun run)
        => run.IsPresent ? BigInteger.Parse(text.Substring(run.Start, run.Length), NumberStyles.None, CultureInfo.InvariantCulture) : BigInteger.Zero;

    private static string Offset(int minutes) => minutes == 0 ? "global::System.TimeSpan.Zero" : $"new global::System.TimeSpan(0, {Int(minutes)}, 0)";

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Long(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";

    private static InvalidOperationException Unchecked(string text) => new($"The default \"{text}\" reached code generation without passing the binder's check.");
}
