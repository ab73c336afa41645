#!/usr/bin/env bash
# Dispatch benchmarks W1-W3 (see docs/benchmarks.md): each workload in-process and as 1 master + 3 workers on a
# loopback redis-server this script starts and stops, each as a JIT build and as a Native AOT binary (how a pipeline
# ships). Prints a markdown table; repeats each run RUNS times (default 3) and reports the median run (by span).
# Usage: benchmarks/dispatch.sh            (needs redis-server: apt-get install redis-server)
#        RUNTIMES=jit benchmarks/dispatch.sh   (skip the Native AOT publish, about a minute per workload)
#        BENCH_LOG_LINES=10 benchmarks/dispatch.sh   (every trivial module logs 10 lines: the cost of forwarding output)
#        BENCH_LOG_LINES=10 BENCH_FORWARD_OUTPUT=0 benchmarks/dispatch.sh   (the same lines, not forwarded to the master)
#        WORKLOADS="W1 W2" benchmarks/dispatch.sh   (only those workloads)
#        INTERLEAVE_LOG_LINES=10 benchmarks/dispatch.sh   (each run twice in a row, silent then logging 10 lines per module,
#                                                          and a row for each: a comparison within one window)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
port=${REDIS_PORT:-6398}
work=$(mktemp -d "${TMPDIR:-/tmp}/mpd-dispatch.XXXXXX")
command -v redis-server >/dev/null || { echo "error: redis-server is not installed: apt-get install redis-server" >&2; exit 2; }

runtimes=${RUNTIMES:-jit aot}
workloads=${WORKLOADS:-W1 W2 W3}
for workload in $workloads; do
  echo "building $workload ($runtimes)..." >&2
  dotnet build "$root/benchmarks/Dispatch/$workload" -c Release -v quiet -nologo >"$work/build-$workload.log" 2>&1 || { cat "$work/build-$workload.log" >&2; exit 2; }
  if [[ " $runtimes " == *" aot "* ]]; then
    dotnet publish "$root/benchmarks/Dispatch/$workload" -c Release -p:DispatchAot=true -o "$work/aot-$workload" -v quiet -nologo >"$work/publish-$workload.log" 2>&1 || { cat "$work/publish-$workload.log" >&2; exit 2; }
  fi
done

redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no >"$work/redis.log" 2>&1 &
redis_pid=$!
trap 'kill $redis_pid 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done

# run_once WORKLOAD MODE SLOTS RUNTIME -> prints the master's BENCH line
run_once() {
  local app=(dotnet "$root/benchmarks/Dispatch/$1/bin/Release/net10.0/Dispatch.$1.dll")
  [ "$4" = aot ] && app=("$work/aot-$1/Dispatch.$1")
  if [ "$2" = in-process ]; then
    "${app[@]}" --concurrency "$3" | grep '^BENCH'
    return
  fi
  local run_id="bench-$1-$RANDOM-$RANDOM" pids=()
  for index in 1 2 3; do
    "${app[@]}" --instance "$index" --total 4 --redis "127.0.0.1:$port" --run-id "$run_id" --concurrency "$3" >"$work/worker-$index.log" 2>&1 &
    pids+=($!)
  done
  "${app[@]}" --instance 0 --total 4 --redis "127.0.0.1:$port" --run-id "$run_id" --concurrency "$3" | grep '^BENCH'
  wait "${pids[@]}"
}

field() { sed -E "s/.* $1=([^ ]+).*/\1/"; }

echo "| workload | runtime | mode | slots | modules/s | span | hop p50 | hop p95 |"
echo "| --- | --- | --- | --- | ---: | ---: | ---: | ---: |"
for runtime in $runtimes; do
  for config in "W1 in-process 4" "W1 distributed 4" "W2 in-process 1" "W2 distributed 1" "W3 in-process 1" "W3 in-process 4" "W3 distributed 1"; do
    set -- $config
    [[ " $workloads " == *" $1 "* ]] || continue
    variants=("")
    [ -n "${INTERLEAVE_LOG_LINES:-}" ] && variants=(0 "$INTERLEAVE_LOG_LINES")
    for variant in "${!variants[@]}"; do : >"$work/lines-$variant"; done
    for _ in $(seq "$runs"); do
      for variant in "${!variants[@]}"; do
        if [ -n "${variants[$variant]}" ]; then
          BENCH_LOG_LINES=${variants[$variant]} run_once "$1" "$2" "$3" "$runtime" >>"$work/lines-$variant"
        else
          run_once "$1" "$2" "$3" "$runtime" >>"$work/lines-$variant"
        fi
      done
    done
    for variant in "${!variants[@]}"; do
      median=$(awk '{print $3" "$0}' "$work/lines-$variant" | sed -E 's/^span_s=([^ ]+) /\1 /' | sort -g | cut -d' ' -f2- | sed -n "$(( (runs + 1) / 2 ))p")
      mode=$2; [ "$2" = distributed ] && mode="1 master + 3 workers"
      [ -n "${variants[$variant]}" ] && mode="$mode, ${variants[$variant]} lines/module"
      hops() { [ "$1" = W2 ] && echo "$2" || echo "–"; }
      printf '| %s | %s | %s | %s | %s | %ss | %s | %s |\n' "$1" "$runtime" "$mode" "$3" \
        "$(echo "$median" | field modules_per_s)" "$(echo "$median" | field span_s)" \
        "$(hops "$1" "$(echo "$median" | field hop_p50_ms)ms")" "$(hops "$1" "$(echo "$median" | field hop_p95_ms)ms")"
    done
  done
done
