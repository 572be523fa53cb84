namespace EventSchema.Contract.Tests.Infrastructure;

/// <summary>
/// A test group of the suite turned into a schema file: one one-field record per field type its instances need
/// (<c>Instance</c>, <c>Instance1</c>, … in the group's namespace), and the cases each record reads.
/// </summary>
/// <param name="File">The suite file, relative to the draft folder.</param>
/// <param name="Description">The group's description.</param>
/// <param name="SchemaPath">The path of the generated schema file in the compiled project.</param>
/// <param name="SchemaText">The generated schema file; empty when the group's schema has no form in the language.</param>
/// <param name="Cases">Each case the language can express, with the full name of the record that reads it.</param>
/// <param name="Outside">Cases the language has no form for: keywords it does not have, or an instance of a JSON type the field cannot hold.</param>
/// <param name="ChecksFormatOrPattern">Whether the group checks a format or a pattern, where JSON Schema validators depart from the specification in places (loose format checks, a regular expression engine that is not ECMA-262).</param>
public sealed record SuiteGroup(
    string File,
    string Description,
    string SchemaPath,
    string SchemaText,
    IReadOnlyList<(SuiteCase Case, string RecordType)> Cases,
    IReadOnlyList<SuiteCase> Outside,
    bool ChecksFormatOrPattern);
