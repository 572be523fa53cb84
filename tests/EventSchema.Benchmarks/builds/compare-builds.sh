#!/usr/bin/env bash
# Whole builds side by side: the same message/event types as .eventschema files with the EventSchema package
# (packed from this repository), as .proto files with Grpc.Tools + Google.Protobuf, and a project with no
# schemas as the baseline. Times a clean build and a rebuild after touching one schema file in RUNS rounds (the three
# projects in turn in each round; each ratio to Grpc.Tools comes from one round, and the goal uses their median), then no-op rebuilds
# of the three projects in turn (NOOP_RUNS rounds, so a burst of load on a shared machine hits them alike),
# reads the generator's and the compiler's own time from each clean build's log (-p:ReportAnalyzer=true), and
# prints a Markdown table.
#
# With WARM_COMPILE_ROUNDS set (at least 2), it then compiles both projects' sources, generated code included, in one
# warm process (tests/EventSchema.Benchmarks.WarmCompile): the compiler's own cost of each, without what makes single
# builds on a small machine noisy.
#
# usage: compare-builds.sh [WORK_DIRECTORY]     (environment: TYPES, default 1000; RUNS, default 1; NOOP_RUNS, default 7;
#                                                WARM_COMPILE_ROUNDS, default 0: skipped)
set -euo pipefail

TYPES="${TYPES:-1000}"
RUNS="${RUNS:-1}"
NOOP_RUNS="${NOOP_RUNS:-7}"
WARM_COMPILE_ROUNDS="${WARM_COMPILE_ROUNDS:-0}"
GRPC_TOOLS_VERSION="2.85.0"
PROTOBUF_VERSION="3.36.2"
TYPES_PER_FILE=10

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../../.." && pwd)"
work="${1:-$(mktemp -d -t eventschema-builds.XXXXXX)}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
logs="$work/logs"
mkdir -p "$logs"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if (( TYPES % TYPES_PER_FILE != 0 || TYPES < 2 * TYPES_PER_FILE )); then
  echo "TYPES must be a multiple of $TYPES_PER_FILE, at least $((2 * TYPES_PER_FILE))." >&2
  exit 2
fi
files=$(( TYPES / TYPES_PER_FILE ))

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

# shellcheck source=common.sh
source "$script_dir/common.sh"

log "Packing EventSchema"
pack_eventschema builds "$logs/pack.log"
isolate_work_folder

# project NAME EXTRA_ITEMS: a net10.0 console project that prints the name of one generated type (or none).
project() {
  local name="$1" items="$2" probe="$3"
  mkdir -p "$work/$name"
  cat > "$work/$name/$name.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
$items
</Project>
XML
  echo "Console.WriteLine($probe);" > "$work/$name/Program.cs"
}

# --- The same types in both languages: per file, five records and five events that each carry a record. ---
log "Writing $TYPES types in $files files per language"
mkdir -p "$work/with-eventschema/schemas" "$work/with-protobuf/protos"
for (( f = 0; f < files; f++ )); do
  group=$(printf 'Group%03d' "$f")
  schema="$work/with-eventschema/schemas/${group,,}.eventschema"
  proto="$work/with-protobuf/protos/${group,,}.proto"
  write_schema_types "$f" "$schema"
  {
    echo 'syntax = "proto3";'
    echo "package builds.${group,,};"
    echo "option csharp_namespace = \"Builds.Protos.$group\";"
    echo
  } > "$proto"
  for (( i = 0; i < TYPES_PER_FILE / 2; i++ )); do
    rec="Detail${f}x$i"
    evt="Happened${f}x$i"
    cat >> "$proto" <<PROTO
message $rec {
  string name = 1;
  int32 count = 2;
  double amount = 3;
  bool active = 4;
  repeated string tags = 5;
  optional string note = 6;
}

message $evt {
  string id = 1;
  optional string place = 2;
  int32 attempts = 3;
  $rec detail = 4;
  repeated string sources = 5;
}

PROTO
  done
done

project with-eventschema "  <ItemGroup>
    <PackageReference Include=\"EventSchema\" Version=\"$version\" />
  </ItemGroup>" 'typeof(Builds.Group000.Happened0x0).FullName'
project with-protobuf "  <ItemGroup>
    <PackageReference Include=\"Grpc.Tools\" Version=\"$GRPC_TOOLS_VERSION\" PrivateAssets=\"all\" />
    <PackageReference Include=\"Google.Protobuf\" Version=\"$PROTOBUF_VERSION\" />
    <Protobuf Include=\"protos/**/*.proto\" GrpcServices=\"None\" />
  </ItemGroup>" 'typeof(Builds.Protos.Group000.Happened0x0).FullName'
project no-schemas "" '"no schemas"'

for name in no-schemas with-eventschema with-protobuf; do
  log "Restoring $name"
  dotnet restore "$work/$name" > "$logs/$name-restore.log" 2>&1 || { cat "$logs/$name-restore.log" >&2; exit 1; }
done

# timed NAME LABEL ARGS...: runs one build, prints its wall-clock seconds; fails loudly on a failed build.
timed() {
  local name="$1" label="$2"; shift 2
  local start end
  start=$(date +%s.%N)
  if ! dotnet build "$work/$name" --no-restore -c Debug -nologo "$@" > "$logs/$name-$label.log" 2>&1; then
    cat "$logs/$name-$label.log" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  echo "$start $end" | awk '{ printf "%.2f", $2 - $1 }'
}

# seconds_from_log LOG PATTERN: the first number on the first line matching PATTERN (0 when none).
seconds_from_log() {
  grep -m1 -E "$2" "$1" | grep -oE '[0-9]+([.,][0-9]+)?' | head -1 | tr ',' '.' || true
}

# Warm-up builds, not measured: each project is built once, so that the compiler server and MSBuild nodes (where the
# environment keeps them) are running, and the packages and reference assemblies each project reads are in the file
# cache, for every measured build alike. Warming up with the small project only left the first build of each large
# one to round 1.
for name in no-schemas with-eventschema with-protobuf; do
  log "Warm-up build: $name"
  timed "$name" warmup > /dev/null
  rm -rf "$work/$name/bin" "$work/$name/obj/Debug"
done

declare -A clean noop noop_spread touched generator csc protoc
touch_file() {
  case "$1" in
    with-eventschema) echo "$work/with-eventschema/schemas/group000.eventschema" ;;
    with-protobuf) echo "$work/with-protobuf/protos/group000.proto" ;;
    no-schemas) echo "$work/no-schemas/Program.cs" ;;
  esac
}
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
spread() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { printf "%s–%s", a[1], a[NR] }'; }

# Clean and touch builds, the three projects in turn in each round (as the no-op rounds below), so a burst of load on
# a shared machine hits each round's projects alike; each round's ratio to Grpc.Tools comes from that round.
declare -A clean_times touch_times
clean_ratios=(); touch_ratios=()
for (( run = 1; run <= RUNS; run++ )); do
  for name in no-schemas with-eventschema with-protobuf; do
    log "$name: clean build (run $run)"
    rm -rf "$work/$name/bin" "$work/$name/obj/Debug"
    seconds=$(timed "$name" "clean$run" -p:ReportAnalyzer=true "-bl:$logs/$name-clean$run.binlog" "-flp:v=diag;performancesummary;logfile=$logs/$name-clean$run.diag.log")
    clean_times[$name]+="$seconds "
    log "$name: rebuild after touching $(basename "$(touch_file "$name")") (run $run)"
    touch "$(touch_file "$name")"
    touch_seconds=$(timed "$name" "touch$run")
    touch_times[$name]+="$touch_seconds "
    case "$name" in
      with-eventschema) es_clean=$seconds; es_touch=$touch_seconds ;;
      with-protobuf)
        clean_ratios+=("$(awk -v a="$es_clean" -v b="$seconds" 'BEGIN { printf "%.2f", a / b }')")
        touch_ratios+=("$(awk -v a="$es_touch" -v b="$touch_seconds" 'BEGIN { printf "%.2f", a / b }')") ;;
    esac
  done
done
for name in no-schemas with-eventschema with-protobuf; do
  # shellcheck disable=SC2086
  clean[$name]=$(median ${clean_times[$name]})
  # shellcheck disable=SC2086
  touched[$name]=$(median ${touch_times[$name]})
  diag="$logs/$name-clean1.diag.log"
  # csc prints these with -p:ReportAnalyzer=true; the task summary gives the compiler's and protoc's own time.
  gen=$(grep -A8 -E 'Total generator execution time' "$diag" | grep -m1 -E 'EventSchema\.Generator' | grep -oE '^[[:space:]]*[0-9]+([.,][0-9]+)?' | tr -d ' ' | tr ',' '.' || true)
  generator[$name]="${gen:-0}"
  cscms=$(grep -E '^[[:space:]]+[0-9]+ ms[[:space:]]+Csc[[:space:]]+[0-9]+ calls' "$diag" | grep -oE '[0-9]+ ms' | head -1 | grep -oE '[0-9]+' || true)
  csc[$name]=$(awk -v ms="${cscms:-0}" 'BEGIN { printf "%.2f", ms / 1000 }')
  protocms=$(grep -E '^[[:space:]]+[0-9]+ ms[[:space:]]+ProtoCompile[[:space:]]+[0-9]+ calls' "$diag" | grep -oE '[0-9]+ ms' | head -1 | grep -oE '[0-9]+' || true)
  protoc[$name]=$(awk -v ms="${protocms:-0}" 'BEGIN { printf "%.2f", ms / 1000 }')
done

# No-op rebuilds, the projects in turn in each round: one build takes about a second, so a single measurement says
# more about the machine's load at that moment than about the project. The first round warms the MSBuild node.
declare -A noop_times
for (( run = 0; run <= NOOP_RUNS; run++ )); do
  log "No-op rebuilds, round $run of $NOOP_RUNS"
  for name in no-schemas with-eventschema with-protobuf; do
    seconds=$(timed "$name" "noop$run" "-flp:v=n;performancesummary;logfile=$logs/$name-noop$run.perf.log")
    if (( run > 0 )); then noop_times[$name]+="$seconds "; fi
  done
done
for name in no-schemas with-eventschema with-protobuf; do
  # shellcheck disable=SC2086
  noop[$name]=$(median ${noop_times[$name]})
  # shellcheck disable=SC2086
  noop_spread[$name]=$(spread ${noop_times[$name]})
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2fx", a / b }'; }
percent() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.1f%%", 100 * a / b }'; }

echo
echo "Builds of $TYPES types in $files files (median of $RUNS run(s)); $(nproc) cores; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); $(dotnet --version) SDK."
echo
echo "| Project | Clean build (s) | No-op rebuild (s), median of $NOOP_RUNS (fastest–slowest) | Rebuild after touching one schema (s) | Csc task (s) | Schema tool's own time (s) |"
echo "|---|---:|---:|---:|---:|---:|"
echo "| No schemas (baseline) | ${clean[no-schemas]} | ${noop[no-schemas]} (${noop_spread[no-schemas]}) | ${touched[no-schemas]} (Program.cs) | ${csc[no-schemas]} | — |"
echo "| EventSchema | ${clean[with-eventschema]} | ${noop[with-eventschema]} (${noop_spread[with-eventschema]}) | ${touched[with-eventschema]} | ${csc[with-eventschema]} | ${generator[with-eventschema]} (generator, inside Csc) |"
echo "| Grpc.Tools $GRPC_TOOLS_VERSION + Google.Protobuf $PROTOBUF_VERSION | ${clean[with-protobuf]} | ${noop[with-protobuf]} (${noop_spread[with-protobuf]}) | ${touched[with-protobuf]} | ${csc[with-protobuf]} | ${protoc[with-protobuf]} (protoc) |"
echo
echo "| Goal | Measured | Met |"
echo "|---|---|---|"
met() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "yes" : "no" }'; }
clean_ratio=$(median "${clean_ratios[@]}"); touch_ratio=$(median "${touch_ratios[@]}")
echo "| Clean build ≤ 0.8x of Grpc.Tools (median of each round's ratio; rounds: ${clean_ratios[*]}) | ${clean_ratio}x | $(met "$clean_ratio" 0.8) |"
echo "| Rebuild after one schema touched ≤ 0.8x of Grpc.Tools (rounds: ${touch_ratios[*]}) | ${touch_ratio}x | $(met "$touch_ratio" 0.8) |"
echo "| Generator under 5% of the compiler's time | $(percent "${generator[with-eventschema]}" "${csc[with-eventschema]}") | $(awk -v g="${generator[with-eventschema]}" -v c="${csc[with-eventschema]}" 'BEGIN { print (c > 0 && g <= 0.05 * c) ? "yes" : "no" }') |"
echo "| No-op rebuild ≤ 1.0x of no schemas (medians) | $(ratio "${noop[with-eventschema]}" "${noop[no-schemas]}") | $(met "${noop[with-eventschema]}" "${noop[no-schemas]}") |"

# The generated sources are written by one more build (writing them costs time, so the measured builds do not).
if (( WARM_COMPILE_ROUNDS >= 2 )); then
  log "Warm compiles, $WARM_COMPILE_ROUNDS rounds"
  rm -rf "$work/with-eventschema/bin" "$work/with-eventschema/obj/Debug" "$work/generated"
  timed with-eventschema emit -p:EmitCompilerGeneratedFiles=true "-p:CompilerGeneratedFilesOutputPath=$work/generated" > /dev/null
  echo
  echo "The compiler alone on each project's sources (generated code included): one warm process, one compiler thread, the projects in turn in each of $((WARM_COMPILE_ROUNDS - 1)) measured rounds."
  echo
  dotnet run -c Release --project "$repo_root/tests/EventSchema.Benchmarks.WarmCompile" -- "$WARM_COMPILE_ROUNDS" \
    "EventSchema=$logs/with-eventschema-clean1.diag.log,$work/with-eventschema,$work/generated" \
    "Grpc.Tools=$logs/with-protobuf-clean1.diag.log,$work/with-protobuf" 2> "$logs/warm-compile.log"
fi
echo
echo "Logs and binary logs: $logs"
