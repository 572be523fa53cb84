using System.Text.Json;

namespace EventSchema.Contract.Tests.Infrastructure;

/// <summary>One test of the JSON-Schema-Test-Suite: an instance, and whether the group's schema accepts it.</summary>
/// <param name="File">The suite file, relative to the draft folder, such as <c>optional/format/date.json</c>.</param>
/// <param name="Group">The description of the test group (one schema).</param>
/// <param name="Description">The description of the test.</param>
/// <param name="Instance">The instance, as it is written in the suite.</param>
/// <param name="Valid">Whether JSON Schema 2020-12 accepts the instance.</param>
public sealed record SuiteCase(string File, string Group, string Description, JsonElement Instance, bool Valid)
{
    /// <summary>The instance as the value of the one field of a generated record.</summary>
    public string Payload => "{\"value\":" + Instance.GetRawText() + "}";

    public override string ToString() => $"{Group} / {Description}: {Instance.GetRawText()} (suite: {(Valid ? "valid" : "invalid")})";
}
