#!/usr/bin/env bash
# Start-to-exit time of a one-module pipeline (benchmarks/TrivialPipeline): Native AOT against the JIT.
#
#   benchmarks/startup.sh [runs]        runs per variant, default 30 (or $RUNS)
#
# Publishes the pipeline twice, each under its own --artifacts-path (nothing is shared with other builds):
#   jit  framework-dependent Release publish (-p:TrivialPipelineJit=true), run through its app host;
#   aot  Native AOT (PublishAot is in TrivialPipeline.csproj, never on the command line).
# Then times process start to exit with hyperfine (--shell=none) if it is installed, else with a bash loop over
# `date +%s%N`. Prints a markdown section on stdout; logs and raw results go to benchmarks/artifacts/startup/.
set -euo pipefail

runs=${1:-${RUNS:-30}}
warmup=3
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
project=$repo/benchmarks/TrivialPipeline/TrivialPipeline.csproj
work=$repo/benchmarks/artifacts/startup

# STARTUP_REUSE=1 times the binaries of the previous run again instead of publishing them anew.
if [[ ${STARTUP_REUSE:-} != 1 || ! -x $work/jit/TrivialPipeline || ! -x $work/aot/TrivialPipeline ]]; then
    rm -rf "$work"
    mkdir -p "$work"
    publish_needed=1
else
    publish_needed=0
fi

publish() {
    local name=$1
    shift
    echo "publishing $name ..." >&2
    if ! dotnet publish "$project" -c Release -o "$work/$name" --artifacts-path "$work/build-$name" \
        --nologo -nodeReuse:false -p:UseSharedCompilation=false "$@" >"$work/publish-$name.log" 2>&1; then
        echo "dotnet publish ($name) failed: see $work/publish-$name.log" >&2
        tail -20 "$work/publish-$name.log" >&2
        exit 1
    fi
}

if [[ $publish_needed == 1 ]]; then
    publish jit -p:TrivialPipelineJit=true
    publish aot
fi

jit=$work/jit/TrivialPipeline
aot=$work/aot/TrivialPipeline
if [[ -e $work/aot/TrivialPipeline.dll || ! -x $aot ]]; then
    echo "the aot publish is not a native binary (is PublishAot still in TrivialPipeline.csproj?)" >&2
    exit 1
fi
for binary in "$jit" "$aot"; do
    if ! "$binary" >"$work/check-run.log" 2>&1; then
        echo "$binary did not exit with 0:" >&2
        cat "$work/check-run.log" >&2
        exit 1
    fi
done

# One CSV row per variant: name,mean_ms,stddev_ms,median_ms,min_ms,max_ms,user_ms,system_ms (CPU: hyperfine only)
results=$work/results.csv
: >"$results"
if command -v hyperfine >/dev/null 2>&1; then
    tool="hyperfine $(hyperfine --version | awk '{print $2}') (--shell=none, $warmup warm-up runs, $runs runs)"
    hyperfine --shell=none --warmup "$warmup" --runs "$runs" --export-json "$work/hyperfine.json" \
        --command-name jit "$jit" --command-name aot "$aot" >"$work/hyperfine.log" 2>&1
    jq -r '.results[] | [.command, .mean*1000, .stddev*1000, .median*1000, .min*1000, .max*1000, .user*1000, .system*1000] | @csv' \
        "$work/hyperfine.json" | tr -d '"' >"$results"
else
    tool="bash loop over date +%s%N ($warmup warm-up runs, $runs runs)"
    for variant in jit aot; do
        binary=$work/$variant/TrivialPipeline
        for ((i = 0; i < warmup; i++)); do "$binary" >/dev/null 2>&1; done
        : >"$work/$variant.times"
        for ((i = 0; i < runs; i++)); do
            start=$(date +%s%N)
            "$binary" >/dev/null 2>&1
            end=$(date +%s%N)
            echo "scale=3; ($end - $start) / 1000000" | bc >>"$work/$variant.times"
        done
        sort -n "$work/$variant.times" | awk -v name="$variant" '
            { t[NR] = $1; sum += $1; sq += $1 * $1 }
            END {
                mean = sum / NR; sd = sqrt(sq / NR - mean * mean)
                median = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
                printf "%s,%f,%f,%f,%f,%f,,\n", name, mean, sd, median, t[1], t[NR]
            }' >>"$results"
    done
fi

field() { awk -F, -v name="$1" -v column="$2" '$1 == name { print $column }' "$results"; }
jit_mean=$(field jit 2)
aot_mean=$(field aot 2)
aot_bytes=$(stat -c %s "$aot")
jit_bytes=$(du -sb "$work/jit" | awk '{print $1}')
speedup=$(awk -v j="$jit_mean" -v a="$aot_mean" 'BEGIN { printf "%.1f", j / a }')
verdict() { if awk -v v="$1" -v limit="$2" -v op="$3" 'BEGIN { exit !(op == "le" ? v <= limit : v >= limit) }'; then echo "met"; else echo "**not met**"; fi; }

row() {
    local name=$1 label=$2 size=$3
    awk -F, -v name="$name" -v label="$label" -v size="$size" '$1 == name {
        cpu = $7 == "" ? "n/a" : sprintf("%.1f", $7 + $8)
        printf "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s |\n", label, $2, $3, $4, $5, $6, cpu, size }' "$results"
}
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }

echo "Trivial one-module pipeline (\`benchmarks/TrivialPipeline\`), start to exit, measured with $tool."
echo
echo "| variant | mean (ms) | σ (ms) | median (ms) | min (ms) | max (ms) | CPU user+sys (ms) | size on disk |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
row jit "JIT (framework-dependent Release publish, app host)" "$(mib "$jit_bytes") (publish folder, plus the shared runtime)"
row aot "Native AOT" "$(mib "$aot_bytes") (single binary)"
echo
echo "Native AOT is **${speedup}×** faster than the JIT from start to exit."
echo
echo "| target | measured | verdict |"
echo "| --- | --- | --- |"
echo "| Native AOT start to exit ≤ 50 ms | $(printf '%.1f' "$aot_mean") ms | $(verdict "$aot_mean" 50 le) |"
echo "| Native AOT ≥ 5× faster than JIT | ${speedup}× | $(verdict "$speedup" 5 ge) |"
