#!/usr/bin/env bash
# What the generator costs a real build of the synthetic 1,000-module pipeline, as the compiler reports it.
#
#   benchmarks/real-build.sh [--runs N] [--keep DIR]
#
# Writes the pipeline of benchmarks/Generator.Benchmarks as a project (--write-project), builds it once to capture
# the compiler's command line, then runs that command directly (a new csc process each time, as on a machine with
# UseSharedCompilation=false) with only what differs between rows:
#   no generator    no analyzer or generator at all: the compile of the 1,000 modules alone;
#   generator       the pipeline generator alone (-reportanalyzer gives its time); the difference in wall and CPU
#                   time is what the generator and the compile of its output add to a build.
# Then it builds the project with the compiler server (dotnet build -p:UseSharedCompilation=true) N+1 times after a
# one-line edit and reports the generator time of the last N builds, once the server is warm.
# Prints a Markdown table; medians of N runs. Other analyzers are left out of the csc rows so that their seconds
# do not hide the generator's; the server builds keep the SDK's analyzers, as a real build does.
set -euo pipefail

runs=3
keep=
while [[ $# -gt 0 ]]; do
    case $1 in
    --runs) runs=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (use --runs N, --keep DIR)" >&2; exit 2 ;;
    esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "--runs takes a positive whole number, not '$runs'" >&2; exit 2; }

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=${keep:-$(mktemp -d)}
[[ -n $keep ]] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"

echo "== building the benchmark and writing the project to $work/synth" >&2
dotnet build "$repo/benchmarks/Generator.Benchmarks" -c Release --nologo >"$work/benchmark-build.log" 2>&1 ||
    { tail -20 "$work/benchmark-build.log" >&2; exit 1; }
rm -rf "$work/synth"
dotnet "$repo/benchmarks/Generator.Benchmarks/bin/Release/net10.0/ModularPipelines.Distributed.Generator.Benchmarks.dll" \
    --write-project "$work/synth" >/dev/null
cd "$work/synth"

echo "== capturing the compiler's command line" >&2
dotnet build -c Release -v:detailed --nologo -p:UseSharedCompilation=false >"$work/first-build.log" 2>&1 ||
    { tail -20 "$work/first-build.log" >&2; exit 1; }
command_line=$(grep -m1 -E '^ +/[^ ]*/csc /noconfig ' "$work/first-build.log" | sed 's/^ *//')
[[ -n $command_line ]] || { echo "no csc command line in $work/first-build.log" >&2; exit 1; }
csc=${command_line%% *}
generator=$(grep -o '/analyzer:[^ ]*ModularPipelines\.Distributed\.Generator\.dll' <<<"$command_line")
# Every row starts from the command without analyzers; /noconfig is a command-line-only option.
base=$(sed -E 's#/analyzer:[^ ]+ ##g; s#^[^ ]+ ##; s#/noconfig ##' <<<"$command_line")
echo "$base" >"$work/none.rsp"
sed "s#/reportanalyzer#/reportanalyzer $generator#" "$work/none.rsp" >"$work/generator.rsp"

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# run_csc NAME: N runs of csc with NAME.rsp; records wall seconds, CPU seconds and the generator's reported time.
run_csc() {
    local name=$1 i start end
    : >"$work/$name.wall"; : >"$work/$name.cpu"; : >"$work/$name.gen"
    for ((i = 1; i <= runs; i++)); do
        echo "== csc, $name, run $i of $runs" >&2
        start=$(date +%s%N)
        /usr/bin/time -f '%U %S' -o "$work/$name.time" "$csc" /noconfig @"$work/$name.rsp" >"$work/$name.out" 2>&1 ||
            { tail -20 "$work/$name.out" >&2; exit 1; }
        end=$(date +%s%N)
        echo "scale=3; ($end - $start) / 1000000000" | bc >>"$work/$name.wall"
        awk '{ printf "%.2f\n", $1 + $2 }' "$work/$name.time" >>"$work/$name.cpu"
        grep -A30 'Time (s)    %   Generator' "$work/$name.out" | awk '/PipelineGenerator$/ { print $1 }' | head -1 >>"$work/$name.gen" || true
    done
}

run_csc none
run_csc generator

: >"$work/server.gen"
for ((i = 0; i <= runs; i++)); do
    echo "== compiler server build $i of $runs (build 0 starts the server)" >&2
    echo "// edit $i" >>Unrelated.cs
    dotnet build -c Release -v:detailed --nologo --no-restore -p:UseSharedCompilation=true >"$work/server-$i.log" 2>&1 ||
        { tail -20 "$work/server-$i.log" >&2; exit 1; }
    ((i == 0)) || grep -A30 'Time (s)    %   Generator' "$work/server-$i.log" | awk '/PipelineGenerator$/ { print $1 }' | head -1 >>"$work/server.gen" || true
done
dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1 || true

echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, .NET SDK $(dotnet --version), $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$repo" rev-parse --short HEAD)."
echo
echo "Command: \`benchmarks/real-build.sh --runs $runs\`; medians of $runs runs (all runs: $work when kept with --keep)."
echo
echo "| csc process per build (UseSharedCompilation=false) | wall (s) | CPU (s) | generator reported (s) |"
echo "| --- | ---: | ---: | ---: |"
row() { echo "| $1 | $(median <"$work/$2.wall") | $(median <"$work/$2.cpu") | $(median <"$work/$2.gen") |"; }
row "no generator" none
row "generator" generator
echo
echo "Compiler server (dotnet build -p:UseSharedCompilation=true, SDK analyzers on), generator reported in builds 1–$runs after the server started: $(tr '\n' ' ' <"$work/server.gen")s (median $(median <"$work/server.gen") s)."
