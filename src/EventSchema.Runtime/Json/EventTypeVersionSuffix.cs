using System;

namespace EventSchema.Json;

/// <summary>
/// The <c>.v&lt;n&gt;</c> ending that default event type strings carry (<c>diplomacy.credentials-presented.v3</c>), so
/// a type string of a version the program does not know is still recognised as a version of an event it knows.
/// </summary>
internal static class EventTypeVersionSuffix
{
    /// <summary>Splits <paramref name="eventType"/> into the part before <c>.v</c> and the version; false when it has no such ending.</summary>
    public static bool TrySplit(string eventType, out string stem, out int version)
    {
        stem = string.Empty;
        version = 0;
        int digits = eventType.Length;
        while (digits > 0 && eventType[digits - 1] is >= '0' and <= '9') digits--;
        int count = eventType.Length - digits;
        // ".v" then 1 to 9 digits without a leading zero: nothing else is a version this toolchain writes.
        if (count is 0 or > 9 || digits < 3 || eventType[digits - 1] != 'v' || eventType[digits - 2] != '.' || eventType[digits] == '0') return false;
        version = int.Parse(eventType.Substring(digits), System.Globalization.CultureInfo.InvariantCulture);
        stem = eventType.Substring(0, digits - 2);
        return true;
    }
}
