using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EventSchema.Contract.Tests.Infrastructure;
using Json.Schema;
using Microsoft.CodeAnalysis;

namespace EventSchema.Contract.Tests;

/// <summary>
/// The official JSON-Schema-Test-Suite (draft 2020-12) against generated code. Every test group whose keywords the
/// language has becomes a schema file of one-field records (see <see cref="SuiteTranslation"/>); all of them are
/// compiled by one run of the generator. Each instance, wrapped as <c>{"value": instance}</c>, is read with
/// <c>JsonSerializer</c> and checked with <c>Validate()</c>: the outcome must be the suite's <c>valid</c>, and
/// JsonSchema.Net evaluating the record's exported <c>JsonSchema</c> on the same payload must give the same answer.
/// A group the language refuses must be refused with a diagnostic at a span of its schema file. JsonSchema.Net's
/// format checks are laxer than the suite in places (it takes <c>1990-02-31T15:59:59Z</c> as a date-time) and its
/// patterns run on .NET's regular expressions; where the reader follows the suite and only the validator departs from
/// it on a format or a pattern, the case is listed, not failed.
/// </summary>
public sealed class JsonSchemaTestSuiteTests
{
    private static readonly EvaluationOptions SchemaOptions = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    [Fact]
    public async Task Generated_readers_validators_and_exported_schemas_agree_with_the_suite()
    {
        if (TestFiles.Draft202012 is null)
        {
            Assert.Skip("The JSON-Schema-Test-Suite was not found: clone https://github.com/json-schema-org/JSON-Schema-Test-Suite as shared/testdata/JSON-Schema-Test-Suite beside the repository, or set EVENTSCHEMA_JSON_SCHEMA_TEST_SUITE to it.");
        }
        var groups = SuiteTranslation.Load(TestFiles.Draft202012);
        var project = await ContractProject.CompileAsync(groups.Where(g => g.SchemaText.Length > 0).Select(g => (g.SchemaPath, g.SchemaText)));

        var disagreements = new List<(string File, string Text)>();
        var refusals = new List<(string File, string Text)>();
        var validatorDepartures = new List<(string File, string Text)>();
        int agree = 0, total = 0, refusedCases = 0, outside = 0, schemaAgree = 0, schemaTotal = 0;
        foreach (var group in groups)
        {
            outside += group.Outside.Count;
            if (group.Cases.Count == 0) continue;
            total += group.Cases.Count;
            var errors = project.ErrorsIn(group.SchemaPath);
            if (errors.Count > 0)
            {
                refusedCases += group.Cases.Count;
                foreach (var error in errors)
                {
                    var span = error.Location.GetLineSpan();
                    var located = error.Location.Kind != LocationKind.None && error.Location.SourceSpan.Length > 0;
                    var line = $"{group.Description}: {error.Id} at {span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1} {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} ({group.Cases.Count} cases)";
                    if (located) refusals.Add((group.File, line));
                    else disagreements.Add((group.File, "refused without a location: " + line));
                }
                continue;
            }
            foreach (var (suiteCase, recordName) in group.Cases)
            {
                var record = project.Assembly.GetType(recordName, throwOnError: true)!;
                var (readerValid, readerReason) = ReadAndValidate(record, suiteCase.Payload);
                if (readerValid == suiteCase.Valid) agree++;
                else disagreements.Add((group.File, $"{suiteCase}: reader {readerReason}"));

                schemaTotal++;
                var schema = (string)record.GetProperty("JsonSchema", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
                var schemaValid = JsonSchema.FromText(schema).Evaluate(JsonNode.Parse(suiteCase.Payload), SchemaOptions).IsValid;
                if (schemaValid == readerValid) schemaAgree++;
                else if (readerValid == suiteCase.Valid && group.ChecksFormatOrPattern) validatorDepartures.Add((group.File, $"{suiteCase}: JsonSchema.Net says {(schemaValid ? "valid" : "invalid")}"));
                else disagreements.Add((group.File, $"{suiteCase}: exported schema says {(schemaValid ? "valid" : "invalid")}, reader {readerReason}"));
            }
        }

        var report = new StringBuilder()
            .AppendLine($"{agree} agree, {total - agree - refusedCases} disagree of {total} ({refusedCases} refused at compile time)")
            .AppendLine($"exported schema (JsonSchema.Net): {schemaAgree} agree with the reader, {schemaTotal - schemaAgree - validatorDepartures.Count} disagree of {schemaTotal} ({validatorDepartures.Count} where JsonSchema.Net's own format or pattern check departs from the suite)")
            .AppendLine($"{outside} cases outside the language (keywords it has no form for, or an instance of another JSON type than the field's)");
        AppendByFile(report, "Refused at compile time", refusals);
        AppendByFile(report, "JsonSchema.Net's format and pattern checks departing from the suite, where the reader follows it", validatorDepartures);
        AppendByFile(report, "Disagreements", disagreements);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());

        Assert.True(disagreements.Count == 0, report.ToString());
        Assert.True(agree > 0);
    }

    /// <summary>Reads the payload with JsonSerializer and validates it: valid, or the reason it is not.</summary>
    private static (bool Valid, string Reason) ReadAndValidate(Type record, string payload)
    {
        try
        {
            var value = (IValidatable)JsonSerializer.Deserialize(payload, record)!;
            var result = value.Validate();
            return result.IsValid ? (true, "valid") : (false, "invalid: " + result);
        }
        catch (JsonException error)
        {
            return (false, "invalid: " + error.Message);
        }
#pragma warning disable CA1031 // Any other exception is a broken contract, reported with the others.
        catch (Exception error)
#pragma warning restore CA1031
        {
            return (false, $"threw {error.GetType().FullName}: {error.Message}");
        }
    }

    private static void AppendByFile(StringBuilder report, string title, List<(string File, string Text)> lines)
    {
        if (lines.Count == 0) return;
        report.AppendLine().AppendLine($"{title} ({lines.Count}):");
        foreach (var file in lines.GroupBy(line => line.File))
        {
            report.AppendLine($"  {file.Key} ({file.Count()})");
            foreach (var (_, text) in file) report.AppendLine("    " + text.Replace("\n", "\\n", StringComparison.Ordinal));
        }
    }
}
