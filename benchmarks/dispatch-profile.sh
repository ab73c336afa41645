#!/usr/bin/env bash
# Where the CPU of a distributed dispatch run goes while its modules run (docs/benchmarks.md, "Medians that rank"):
# RUNS alternating rounds of a workload as 1 master + 3 workers (Native AOT), silent and with LINES lines logged per
# module, all under one system-wide `perf record`. Only samples inside each run's span (its first module start to its
# last module end, from the master's --report) count; they are split by process (master, workers, Redis), and the
# functions whose time grew most with the lines are listed for the role asked for.
# Usage: benchmarks/dispatch-profile.sh                 (needs redis-server, perf (apt-get install linux-perf), python3)
#        RUNS=15 LINES=10 WORKLOAD=W1 ROLE=master TOP=40 benchmarks/dispatch-profile.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-15}
lines=${LINES:-10}
workload=${WORKLOAD:-W1}
port=${REDIS_PORT:-6399}
for tool in redis-server perf python3; do
  command -v "$tool" >/dev/null || { echo "error: $tool is not installed (redis-server, linux-perf and python3 are Debian packages)" >&2; exit 2; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/mpd-profile.XXXXXX")

echo "publishing $workload (Native AOT, with symbols)..." >&2
dotnet publish "$root/benchmarks/Dispatch/$workload" -c Release -p:DispatchAot=true -p:StripSymbols=false -o "$work/aot" -v quiet -nologo >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 2; }
app="$work/aot/Dispatch.$workload"

redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no >"$work/redis.log" 2>&1 &
redis_pid=$!
trap 'kill $redis_pid 2>/dev/null || true; wait $redis_pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done

# The rounds, as one script for perf to run: each run's pids and report land in $work/runs.
cat >"$work/rounds.sh" <<ROUNDS
#!/usr/bin/env bash
mkdir -p "$work/runs"
for round in \$(seq $runs); do
  for count in 0 $lines; do
    run_id="profile-\$RANDOM-\$RANDOM"; workers=()
    for index in 1 2 3; do
      BENCH_LOG_LINES=\$count "$app" --instance \$index --total 4 --redis 127.0.0.1:$port --run-id \$run_id --concurrency 4 >/dev/null 2>&1 &
      workers+=(\$!)
    done
    BENCH_LOG_LINES=\$count "$app" --instance 0 --total 4 --redis 127.0.0.1:$port --run-id \$run_id --concurrency 4 --report "$work/runs/\$count-\$round.json" >/dev/null &
    master=\$!
    echo "\$count \$round \$master \${workers[*]}" >>"$work/runs/pids"
    wait \$master "\${workers[@]}"
  done
done
ROUNDS
chmod +x "$work/rounds.sh"

echo "profiling $runs rounds (silent and $lines lines per module)..." >&2
perf record -a -g -F 10000 -k CLOCK_REALTIME -o "$work/perf.data" -- "$work/rounds.sh" >/dev/null 2>"$work/perf.log" || { cat "$work/perf.log" >&2; exit 2; }
perf script -i "$work/perf.data" -F pid,comm,time,ip,sym --ns 2>/dev/null >"$work/perf.script"
python3 "$root/benchmarks/dispatch-profile.py" "$work/runs" "$work/perf.script" "${ROLE:-master}" "${TOP:-40}"
