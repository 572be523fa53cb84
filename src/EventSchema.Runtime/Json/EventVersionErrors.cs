using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>The errors of reading an event in a version this program does not know; used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class EventVersionErrors
{
    /// <summary>The error for reading version <paramref name="version"/> of <paramref name="eventName"/>, which knows versions 1 to <paramref name="currentVersion"/>.</summary>
    public static JsonException UnknownVersion(string eventName, int version, int currentVersion)
        => new(UnknownVersionMessage(eventName, version, currentVersion, null));

    internal static string UnknownVersionMessage(string eventName, int version, int currentVersion, string? eventType)
    {
        string what = eventType is null ? string.Empty : " (" + eventType + ")";
        string known = currentVersion == 1 ? "version 1" : "versions 1 to " + currentVersion.ToString(CultureInfo.InvariantCulture);
        return version > currentVersion
            ? $"Version {version.ToString(CultureInfo.InvariantCulture)} of {eventName}{what} is newer than this program knows ({known}): it was written from a later schema; update this program's schemas to read it."
            : $"Version {version.ToString(CultureInfo.InvariantCulture)} of {eventName}{what} does not exist; this program knows {known}.";
    }
}
