# Shared by compare-builds.sh and measure-constant-analyzer.sh (sourced, not run): the package packed from this
# repository, a work folder cut off from the repository's build settings, and the generated schemas both measure.
# Expects repo_root and work to be set, and TYPES_PER_FILE.

# pack_eventschema LABEL LOG: packs EventSchema with a version no cache has seen into $work/feed; sets `version`.
pack_eventschema() {
  version="0.1.0-$1.$(date -u +%Y%m%d%H%M%S)"
  dotnet pack "$repo_root/src/EventSchema.Runtime/EventSchema.Runtime.csproj" -c Release -o "$work/feed" \
    --artifacts-path "$work/pack-artifacts" "-p:Version=$version" > "$2" 2>&1 \
    || { cat "$2" >&2; exit 1; }
}

# isolate_work_folder: empty Directory.Build.* files and a nuget.config that takes EventSchema from $work/feed.
isolate_work_folder() {
  for name in Directory.Build.props Directory.Build.targets Directory.Packages.props; do
    echo "<Project />" > "$work/$name"
  done
  cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="EventSchema" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
}

# write_schema_types FILE_INDEX SCHEMA_PATH: the schema file of group FILE_INDEX, five records and five events that
# each carry a record (Detail{f}x{i}, Happened{f}x{i}) in namespace Builds.Group{f:000}.
write_schema_types() {
  local f="$1" schema="$2" group rec evt
  group=$(printf 'Group%03d' "$f")
  printf 'namespace Builds.%s;\n\n' "$group" > "$schema"
  for (( i = 0; i < TYPES_PER_FILE / 2; i++ )); do
    rec="Detail${f}x$i"
    evt="Happened${f}x$i"
    cat >> "$schema" <<ES
record $rec {
  @minLength(1) @maxLength(200) name: string;
  @minimum(0) count: int;
  amount: double;
  active: bool;
  tags: list<string>;
  note?: string;
}

event $evt {
  @minLength(1) @maxLength(64) id: string;
  @maxLength(200) place?: string;
  @minimum(0) @maximum(1000) attempts: int;
  detail: $rec;
  @minItems(1) sources: list<string>;
}

ES
  done
}
