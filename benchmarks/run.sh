#!/usr/bin/env bash
# Runs every benchmark and writes the generated sections of docs/benchmarks.md.
#
#   benchmarks/run.sh [--job short|medium|default] [--runs N] [--only generator|startup|sample]
#
# 1. the generator (benchmarks/Generator.Benchmarks, BenchmarkDotNet, in-process, MemoryDiagnoser) on a synthetic
#    1,000-module compilation, preceded by its untimed incrementality check (--verify);
# 2. start-up (benchmarks/startup.sh): a one-module pipeline as Native AOT against the JIT;
# 3. the size of samples/Sample.Pipeline published with Native AOT (PublishAot is in its project file).
# Each section of docs/benchmarks.md between <!-- BEGIN name --> and <!-- END name --> is replaced; everything
# outside the markers (the analysis) is kept. Raw results: benchmarks/artifacts/results/.
set -euo pipefail

invocation="benchmarks/run.sh${*:+ $*}"
job=short
runs=30
only=
while [[ $# -gt 0 ]]; do
    case $1 in
    --job) job=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    *) echo "unknown option $1 (use --job NAME, --runs N, --only SECTION)" >&2; exit 2 ;;
    esac
done
wanted() { [[ -z $only || $only == "$1" ]]; }

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
results=$repo/benchmarks/artifacts/results
doc=$repo/docs/benchmarks.md
mkdir -p "$results"
cd "$repo"

machine() {
    local cpu ram
    cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
    ram=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
    echo "Machine: $(nproc) cores ($cpu), $ram RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), .NET SDK $(dotnet --version)."
    echo "Load average when the run started: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared)."
    echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' with uncommitted changes')."
}

# replace_section NAME FILE: the lines between the markers of NAME in docs/benchmarks.md become FILE's content.
replace_section() {
    local name=$1 file=$2
    if ! grep -q "<!-- BEGIN $name -->" "$doc"; then
        echo "docs/benchmarks.md has no <!-- BEGIN $name --> marker" >&2
        exit 1
    fi
    awk -v name="$name" -v file="$file" '
        $0 == "<!-- BEGIN " name " -->" { print; while ((getline line < file) > 0) print line; skipping = 1; next }
        $0 == "<!-- END " name " -->" { skipping = 0 }
        !skipping { print }' "$doc" >"$doc.tmp"
    mv "$doc.tmp" "$doc"
}

if wanted generator; then
echo "== generator: build" >&2
dotnet build benchmarks/Generator.Benchmarks -c Release --nologo -nodeReuse:false -p:UseSharedCompilation=false >"$results/generator-build.log" 2>&1 ||
    { tail -20 "$results/generator-build.log" >&2; exit 1; }
generator=(dotnet benchmarks/Generator.Benchmarks/bin/Release/net10.0/ModularPipelines.Distributed.Generator.Benchmarks.dll)

echo "== generator: incrementality check" >&2
generator_machine=$(machine)
"${generator[@]}" --verify >"$results/generator-verify.md"

echo "== generator: BenchmarkDotNet (--job $job)" >&2
rm -rf "$results/bdn"
"${generator[@]}" --filter '*' --job "$job" --inProcess --exporters github --artifacts "$results/bdn" \
    --verdicts "$results/generator-verdicts.md" >"$results/generator-bdn.log" 2>&1 ||
    { tail -30 "$results/generator-bdn.log" >&2; exit 1; }

{
    echo "$generator_machine"
    echo
    echo "Command: \`$invocation\`, which runs"
    echo "\`dotnet benchmarks/Generator.Benchmarks/bin/Release/net10.0/ModularPipelines.Distributed.Generator.Benchmarks.dll --filter '*' --job $job --inProcess --exporters github\`."
    echo
    sed -n '/^```/,/^```/p' "$results"/bdn/results/*-report-github.md
    echo
    grep '^|' "$results"/bdn/results/*-report-github.md
    echo
    cat "$results/generator-verdicts.md"
    echo
    echo "Untimed check (\`--verify\`, one run per scenario with step tracking on; times include JIT and tracking):"
    cat "$results/generator-verify.md"
} >"$results/generator-section.md"
replace_section generator "$results/generator-section.md"
fi

if wanted startup; then
echo "== start-up" >&2
startup_machine=$(machine)
benchmarks/startup.sh "$runs" >"$results/startup-table.md"
{
    echo "$startup_machine"
    echo
    echo "Command: \`$invocation\`, which runs \`benchmarks/startup.sh $runs\`."
    echo
    cat "$results/startup-table.md"
} >"$results/startup-section.md"
replace_section startup "$results/startup-section.md"
fi

if wanted sample; then
echo "== sample: Native AOT publish" >&2
sample_machine=$(machine)
rm -rf "$results/sample"
dotnet publish samples/Sample.Pipeline/Sample.Pipeline.csproj -c Release -o "$results/sample/publish" \
    --artifacts-path "$results/sample/build" --nologo -nodeReuse:false -p:UseSharedCompilation=false \
    >"$results/sample-publish.log" 2>&1 || { tail -20 "$results/sample-publish.log" >&2; exit 1; }
binary=$results/sample/publish/Sample.Pipeline
if [[ -e $results/sample/publish/Sample.Pipeline.dll ]]; then
    echo "samples/Sample.Pipeline was not published with Native AOT (PublishAot missing from its project file)" >&2
    exit 1
fi
bytes=$(stat -c %s "$binary")
il_warnings=$(grep -cE 'warning IL[23][0-9]{3}' "$results/sample-publish.log" || true)
{
    echo "$sample_machine"
    echo
    echo "Command: \`$invocation\`, which runs \`dotnet publish samples/Sample.Pipeline/Sample.Pipeline.csproj -c Release\` (Native AOT from the project file)."
    echo
    echo "| target | measured | verdict |"
    echo "| --- | --- | --- |"
    awk -v b="$bytes" 'BEGIN { printf "| Native AOT sample binary ≤ 20 MB | %.1f MB (%d bytes) | %s |\n", b / 1048576, b, (b <= 20 * 1048576 ? "met" : "**not met**") }'
    echo "| trim/AOT warnings (IL2xxx/IL3xxx) in the publish | $il_warnings | $([[ $il_warnings == 0 ]] && echo met || echo '**not met**') |"
} >"$results/sample-section.md"
replace_section sample "$results/sample-section.md"
fi

echo "docs/benchmarks.md updated" >&2
