namespace EventSchema.Cli.Tests;

public class LockCommandTests
{
    private const string Version1 = """
        namespace Diplomacy;

        event CredentialsPresented {
          ambassador: string;
          @maxLength(200) place?: string;
        }
        """;

    private const string Version2 = """
        namespace Diplomacy;

        @version(2)
        event CredentialsPresented {
          ambassador: string;
          @maxLength(200) place?: string;
          @added(2) greetingsFrom?: string;
        }
        """;

    [Fact]
    public void Lock_writes_the_baseline_and_check_against_it_passes()
    {
        using var folder = new TemporaryFolder();
        folder.Write("credentials.eventschema", Version1);

        var locked = CliRunner.Run(folder.Path, "lock");
        Assert.True(locked.ExitCode == 0, locked.ToString());
        Assert.Contains("Wrote eventschema.lock.json (1 declaration, 1 version).", locked.Output);
        string text = folder.Read("eventschema.lock.json");
        Assert.Contains("\"eventType\": \"diplomacy.credentials-presented.v1\"", text);
        Assert.EndsWith("\n", text);

        var again = CliRunner.Run(folder.Path, "lock");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("eventschema.lock.json is up to date", again.Output);

        var check = CliRunner.Run(folder.Path, "check", "--against", "eventschema.lock.json");
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public void Lock_records_the_naming_and_check_and_lock_report_a_naming_that_renames_published_fields()
    {
        using var folder = new TemporaryFolder();
        folder.Write("credentials.eventschema", Version1.Replace("  ambassador: string;", "  ambassador: string;\n  receivedBy: string;", StringComparison.Ordinal));

        var locked = CliRunner.Run(folder.Path, "lock", "--naming", "snake_case");
        Assert.True(locked.ExitCode == 0, locked.ToString());
        string text = folder.Read("eventschema.lock.json");
        Assert.EndsWith("  \"formatVersion\": 4,\n  \"jsonNaming\": \"SnakeCase\"\n}\n", text, StringComparison.Ordinal);

        // The naming the lock records: nothing to report, and the lock is up to date.
        var same = CliRunner.Run(folder.Path, "check", "--against", "eventschema.lock.json", "--naming", "SnakeCase");
        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.Contains("up to date", CliRunner.Run(folder.Path, "lock", "--naming", "snake").Output, StringComparison.Ordinal);

        // Without --naming, the project's naming is taken to be AsWritten, which renames 'received_by'.
        var check = CliRunner.Run(folder.Path, "check", "--against", "eventschema.lock.json");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("credentials.eventschema(3,7): error ES0763: JSON_NAMING_CHANGED: The lock file records the published versions of 'Diplomacy.CredentialsPresented' under the JSON naming SnakeCase", check.Output, StringComparison.Ordinal);
        Assert.Contains("\"received_by\" becomes \"receivedBy\"", check.Output, StringComparison.Ordinal);
        Assert.True(CliRunner.Run(folder.Path, "check", "--against", "eventschema.lock.json", "--compatibility", "none").ExitCode == 0);

        // 'lock' does not record the new naming for versions published under the old one, unless told to with --force.
        var relock = CliRunner.Run(folder.Path, "lock", "--naming", "CamelCase");
        Assert.Equal(1, relock.ExitCode);
        Assert.Contains("error ES0763", relock.Output, StringComparison.Ordinal);
        Assert.Contains("--naming CamelCase changes wire names of versions 'eventschema.lock.json' records as published under SnakeCase", relock.Error, StringComparison.Ordinal);
        Assert.Equal(text, folder.Read("eventschema.lock.json"));
        Assert.Equal(0, CliRunner.Run(folder.Path, "lock", "--naming", "CamelCase", "--force").ExitCode);
        Assert.Contains("\"jsonNaming\": \"CamelCase\"", folder.Read("eventschema.lock.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_fix_against_a_lock_keeps_a_published_name_that_a_new_naming_renames()
    {
        using var folder = new TemporaryFolder();
        folder.Write("credentials.eventschema", Version1.Replace("  ambassador: string;", "  ambassador: string;\n  receivedBy: string;", StringComparison.Ordinal));
        Assert.Equal(0, CliRunner.Run(folder.Path, "lock").ExitCode);

        // Under SnakeCase 'receivedBy' would become 'received_by': --fix writes the @json that ES0763 offers.
        var fixedRun = CliRunner.Run(folder.Path, "check", "--against", "eventschema.lock.json", "--naming", "SnakeCase", "--fix");

        Assert.True(fixedRun.ExitCode == 0, fixedRun.ToString());
        Assert.Contains("Fixed 1 problem in 1 file.", fixedRun.Output, StringComparison.Ordinal);
        Assert.Contains("@json(\"receivedBy\") receivedBy: string;", folder.Read("credentials.eventschema"), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run(folder.Path, "check", "--against", "eventschema.lock.json", "--naming", "SnakeCase").ExitCode);
    }

    [Fact]
    public void A_name_published_under_a_converting_naming_is_kept_with_json_and_the_lock_moves_to_the_new_naming()
    {
        using var folder = new TemporaryFolder();
        folder.Write("credentials.eventschema", Version1.Replace("  ambassador: string;", "  ambassador: string;\n  receivedBy: string;", StringComparison.Ordinal));
        Assert.Equal(0, CliRunner.Run(folder.Path, "lock", "--naming", "SnakeCase").ExitCode);

        var fixedRun = CliRunner.Run(folder.Path, "check", "--against", "eventschema.lock.json", "--naming", "CamelCase", "--fix");
        Assert.True(fixedRun.ExitCode == 0, fixedRun.ToString());
        Assert.Contains("@json(\"received_by\") receivedBy: string;", folder.Read("credentials.eventschema"), StringComparison.Ordinal);

        var relock = CliRunner.Run(folder.Path, "lock", "--naming", "CamelCase");
        Assert.True(relock.ExitCode == 0, relock.ToString());
        string text = folder.Read("eventschema.lock.json");
        Assert.Contains("\"jsonNaming\": \"CamelCase\"", text, StringComparison.Ordinal);
        Assert.Contains("\"received_by\": {\n              \"name\": \"receivedBy\",", text, StringComparison.Ordinal);
        var check = CliRunner.Run(folder.Path, "check", "--against", "eventschema.lock.json", "--naming", "CamelCase", "--compatibility", "full-transitive");
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Theory]
    [InlineData("  @json(\"place\") venue?: string;", 0)] // a C#-only rename: the wire name is kept
    [InlineData("  @json(\"venue\") place?: string;", 1)] // the wire name of version 1 changed
    public void Check_and_lock_give_one_verdict_on_a_field_whose_json_name_is_kept_or_changed(string field, int exitCode)
    {
        using var folder = new TemporaryFolder();
        folder.Write("credentials.eventschema", Version1);
        Assert.Equal(0, CliRunner.Run(folder.Path, "lock").ExitCode);
        string locked = folder.Read("eventschema.lock.json");
        folder.Write("credentials.eventschema", Version1.Replace("  @maxLength(200) place?: string;", "  @maxLength(200)\n" + field, StringComparison.Ordinal));

        var check = CliRunner.Run(folder.Path, "check", "--against", "eventschema.lock.json");
        var relock = CliRunner.Run(folder.Path, "lock");

        Assert.True(check.ExitCode == exitCode, check.ToString());
        Assert.True(relock.ExitCode == exitCode, relock.ToString());
        if (exitCode == 0)
        {
            Assert.Contains("up to date", relock.Output, StringComparison.Ordinal);
            return;
        }
        const string Edit = "credentials.eventschema(6,3): error ES0730: PUBLISHED_VERSION_EDITED: Version 1 of 'Diplomacy.CredentialsPresented' writes the field 'place' as \"place\" in the lock file";
        Assert.Contains(Edit, check.Output, StringComparison.Ordinal);
        Assert.Contains(Edit, relock.Output, StringComparison.Ordinal);
        Assert.Contains("but '@json(\"venue\")' now fixes it as \"venue\"; remove the '@json' to keep the published wire name.", check.Output, StringComparison.Ordinal);
        Assert.Equal(1, check.Output.Split("error ES07").Length - 1);
        Assert.Equal(locked, folder.Read("eventschema.lock.json"));
    }

    [Fact]
    public void A_namespace_no_file_declares_gets_a_hint_about_reference_in_check_lock_and_export()
    {
        using var folder = new TemporaryFolder();
        folder.Write("service.eventschema", "namespace Freight;\n\nusing Corridor.Common;\n\nevent ShipmentBooked {\n  port: Port;\n}\n");

        var check = CliRunner.Run(folder.Path, "check");
        var locked = CliRunner.Run(folder.Path, "lock");
        foreach (string format in new[] { "jsonschema", "asyncapi", "markdown" })
        {
            var exported = CliRunner.Run(folder.Path, "export", format, ".", "-o", Path.Combine(folder.Path, "out-" + format));
            Assert.Equal(1, exported.ExitCode);
            Assert.Contains("error ES0028", exported.Error, StringComparison.Ordinal);
            Assert.Contains("pass its built assembly with --reference path/to/Contracts.dll", exported.Error, StringComparison.Ordinal);
        }

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("error ES0028", check.Output, StringComparison.Ordinal);
        Assert.Contains("pass its built assembly with --reference path/to/Contracts.dll", check.Error, StringComparison.Ordinal);
        Assert.Equal(1, locked.ExitCode);
        Assert.Contains("pass its built assembly with --reference path/to/Contracts.dll", locked.Error, StringComparison.Ordinal);
        // Other errors get no such note.
        folder.Write("service.eventschema", "namespace Freight;\n\nevent ShipmentBooked {\n  port: Prot;\n}\n");
        Assert.DoesNotContain("--reference", CliRunner.Run(folder.Path, "check").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lock_of_a_folder_without_schemas_refuses_and_keeps_the_lock_file()
    {
        using var folder = new TemporaryFolder();
        folder.Write("schemas/credentials.eventschema", Version1);
        Directory.CreateDirectory(Path.Combine(folder.Path, "app"));
        Assert.Equal(0, CliRunner.Run(folder.Path, "lock", "schemas", "--output", "app/eventschema.lock.json").ExitCode);
        string locked = folder.Read("app/eventschema.lock.json");

        var result = CliRunner.Run(folder.Path, "lock", "app");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no .eventschema files in 'app'", result.Error, StringComparison.Ordinal);
        Assert.Equal(locked, folder.Read("app/eventschema.lock.json"));
    }

    [Fact]
    public void A_new_version_is_appended_and_published_versions_stay()
    {
        using var folder = new TemporaryFolder();
        folder.Write("credentials.eventschema", Version1);
        Assert.Equal(0, CliRunner.Run(folder.Path, "lock").ExitCode);
        folder.Write("credentials.eventschema", Version2);

        var check = CliRunner.Run(folder.Path, "check", "--against", "eventschema.lock.json", "--compatibility", "full-transitive");
        Assert.True(check.ExitCode == 0, check.ToString());

        var locked = CliRunner.Run(folder.Path, "lock");
        Assert.True(locked.ExitCode == 0, locked.ToString());
        Assert.Contains("Updated eventschema.lock.json (1 declaration, 2 versions).", locked.Output);
        string text = folder.Read("eventschema.lock.json");
        Assert.Contains("diplomacy.credentials-presented.v1", text);
        Assert.Contains("diplomacy.credentials-presented.v2", text);
    }

    [Fact]
    public void A_record_renamed_with_its_shape_is_locked_under_the_new_name_and_checks_clean_afterwards()
    {
        using var folder = new TemporaryFolder();
        folder.Write("port.eventschema", "namespace Corridor;\n\nrecord Port { code: string; }\n\nevent PortCallScheduled { port: Port; }\n");
        Assert.Equal(0, CliRunner.Run(folder.Path, "lock").ExitCode);
        folder.Write("port.eventschema", "namespace Corridor;\n\nrecord Harbor { code: string; }\n\nevent PortCallScheduled { port: Harbor; }\n");

        var check = CliRunner.Run(folder.Path, "check", "--against", "eventschema.lock.json");
        Assert.True(check.ExitCode == 0, check.ToString());
        var locked = CliRunner.Run(folder.Path, "lock");
        Assert.True(locked.ExitCode == 0, locked.ToString());
        string text = folder.Read("eventschema.lock.json");
        Assert.Contains("\"Corridor.Harbor\"", text);
        Assert.DoesNotContain("Corridor.Port\"", text);

        // The published version of the event now names the record where it is, so the next check still finds its shape.
        var again = CliRunner.Run(folder.Path, "check", "--against", "eventschema.lock.json", "--compatibility", "full-transitive");
        Assert.True(again.ExitCode == 0, again.ToString());
    }

    [Fact]
    public void A_breaking_change_fails_check_at_the_changed_line_and_the_mode_decides()
    {
        using var folder = new TemporaryFolder();
        folder.Write("credentials.eventschema", Version1);
        Assert.Equal(0, CliRunner.Run(folder.Path, "lock").ExitCode);
        folder.Write("credentials.eventschema", Version2.Replace("@maxLength(200) place", "@maxLength(100) place"));

        var check = CliRunner.Run(folder.Path, "check", "--against", "eventschema.lock.json");
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("credentials.eventschema(6,3): error ES0744: MAX_LENGTH_DECREASED: ", check.Output);
        Assert.Contains("Checked 1 file: 1 error, 0 warnings.", check.Output);

        var forward = CliRunner.Run(folder.Path, "check", "--against", "eventschema.lock.json", "--compatibility", "Forward");
        Assert.True(forward.ExitCode == 0, forward.ToString());
    }

    [Fact]
    public void Lock_refuses_to_overwrite_an_edited_published_version_unless_forced()
    {
        using var folder = new TemporaryFolder();
        folder.Write("credentials.eventschema", Version1);
        Assert.Equal(0, CliRunner.Run(folder.Path, "lock").ExitCode);
        string before = folder.Read("eventschema.lock.json");
        folder.Write("credentials.eventschema", Version1.Replace("ambassador: string;", "ambassador: string;\n  note: string;"));

        var refused = CliRunner.Run(folder.Path, "lock");
        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("error ES0730: PUBLISHED_VERSION_EDITED", refused.Output);
        Assert.Equal(before, folder.Read("eventschema.lock.json"));

        var forced = CliRunner.Run(folder.Path, "lock", "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Contains("\"note\"", folder.Read("eventschema.lock.json"));
    }

    [Fact]
    public void A_new_version_that_breaks_its_declared_mode_is_locked_since_it_edits_nothing_published()
    {
        using var folder = new TemporaryFolder();
        folder.Write("credentials.eventschema", "namespace Diplomacy;\n\n@compatibility(\"forward\")\nevent CredentialsPresented {\n  ambassador: string;\n  when: date;\n}\n");
        Assert.Equal(0, CliRunner.Run(folder.Path, "lock").ExitCode);
        // A rename breaks forward compatibility: 'check' reports it, but version 1 as published is untouched.
        folder.Write("credentials.eventschema", "namespace Diplomacy;\n\n@version(2) @compatibility(\"forward\")\nevent CredentialsPresented {\n  ambassador: string;\n  @renamedFrom(2, \"when\") occurredOn: date;\n}\n");
        Assert.Contains("ES0735", CliRunner.Run(folder.Path, "check", "--against", "eventschema.lock.json").Output);

        var locked = CliRunner.Run(folder.Path, "lock");

        Assert.True(locked.ExitCode == 0, locked.ToString());
        Assert.Contains("credentials-presented.v2", folder.Read("eventschema.lock.json"));
    }

    [Fact]
    public void A_malformed_lock_file_is_a_located_error()
    {
        using var folder = new TemporaryFolder();
        folder.Write("credentials.eventschema", Version1);
        folder.Write("eventschema.lock.json", "{\n  \"formatVersion\": 1,\n  \"declarations\": {,}\n}\n");

        var check = CliRunner.Run(folder.Path, "check", "--against", "eventschema.lock.json");
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("eventschema.lock.json(3,20): error ES0720:", check.Output);
    }

    [Fact]
    public void Bad_options_are_usage_errors()
    {
        using var folder = new TemporaryFolder();
        folder.Write("credentials.eventschema", Version1);
        Assert.Equal(2, CliRunner.Run(folder.Path, "check", "--against", "missing.lock.json").ExitCode);
        Assert.Equal(2, CliRunner.Run(folder.Path, "check", "--compatibility", "full").ExitCode);
        Assert.Equal(0, CliRunner.Run(folder.Path, "lock").ExitCode);
        var unknown = CliRunner.Run(folder.Path, "check", "--against", "eventschema.lock.json", "--compatibility", "sideways");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown compatibility mode 'sideways'", unknown.Error);
    }
}
