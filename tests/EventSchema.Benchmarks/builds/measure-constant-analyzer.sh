#!/usr/bin/env bash
# The constant analyzer's cost on a whole build: the 1,000-type project of compare-builds.sh plus a usage file
# that creates every event with constants (half of them in object initializers, half through `with`), built
# clean with -p:ReportAnalyzer=true. Prints the compiler's time and SchemaConstantAnalyzer's time from the log.
#
# usage: measure-constant-analyzer.sh [WORK_DIRECTORY]     (environment: TYPES, default 1000)
set -euo pipefail

TYPES="${TYPES:-1000}"
TYPES_PER_FILE=10
script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../../.." && pwd)"
work="${1:-$(mktemp -d -t eventschema-analyzer.XXXXXX)}"
mkdir -p "$work/project/schemas"
work="$(cd "$work" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
files=$(( TYPES / TYPES_PER_FILE ))

# shellcheck source=common.sh
source "$script_dir/common.sh"
pack_eventschema analyzer "$work/pack.log"
isolate_work_folder
cat > "$work/project/project.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="EventSchema" Version="$version" />
  </ItemGroup>
</Project>
XML

# The schemas of compare-builds.sh, and code that creates each event with valid constants.
usage="$work/project/Usage.cs"
{
  echo "namespace Usage;"
  echo "public static class Events"
  echo "{"
} > "$usage"
for (( f = 0; f < files; f++ )); do
  group=$(printf 'Group%03d' "$f")
  schema="$work/project/schemas/${group,,}.eventschema"
  write_schema_types "$f" "$schema"
  for (( i = 0; i < TYPES_PER_FILE / 2; i++ )); do
    rec="Detail${f}x$i"
    evt="Happened${f}x$i"
    cat >> "$usage" <<CS
    public static Builds.$group.$evt Create$evt(string place) => new()
    {
        Id = "evt-$f-$i",
        Place = place,
        Attempts = $i,
        Detail = new Builds.$group.$rec { Name = "detail $f", Count = $f, Amount = 1.5, Active = true, Tags = ["a", "b"], Note = null },
        Sources = ["newswire"],
    };

    public static Builds.$group.$evt Retry$evt(Builds.$group.$evt previous) => previous with { Attempts = previous.Attempts + 1, Place = "elsewhere" };

CS
  done
done
echo "}" >> "$usage"
echo 'Console.WriteLine(Usage.Events.CreateHappened0x0("here").Id);' > "$work/project/Program.cs"

dotnet restore "$work/project" > "$work/restore.log" 2>&1 || { cat "$work/restore.log" >&2; exit 1; }
dotnet build "$work/project" --no-restore -nologo > /dev/null 2>&1 || true   # warm the compiler server
rm -rf "$work/project/bin" "$work/project/obj/Debug"
dotnet build "$work/project" --no-restore -nologo -p:ReportAnalyzer=true "-flp:v=diag;performancesummary;logfile=$work/build.diag.log" > "$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }

# The analyzer summary of the Csc task: total compiler time, then one line per analyzer and generator.
grep -E "Total analyzer execution time|Total generator execution time|SchemaConstantAnalyzer|EventSchemaDiagnosticAnalyzer|EventSchemaGenerator" "$work/build.diag.log" | sed 's/^ *//' | sort -u
grep -E "^ *[0-9.]+ ms +Csc +[0-9]+ calls" "$work/build.diag.log" | head -1 || true
grep -cE "warning ES1|error ES1" "$work/build.log" | sed 's/^/ES1xxx diagnostics in the build: /'
