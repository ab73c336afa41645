#!/usr/bin/env bash
# Runs the sample pipeline as 1 master + 3 workers on this machine, coordinated through a redis-server that this
# script starts on a loopback port and stops again. Worker capabilities simulate a real fleet:
#   instance 1: --capability windows        (runs CrossPlatformTests[windows])
#   instance 2: --capability macos --capability docker
#   instance 3: this machine's OS only
# Each instance gets a workspace of its own (as each CI job has its own checkout), so the build's files reach the
# tests, the image and the package only as artifacts, through Redis.
# Usage: samples/run-distributed.sh [extra options for every instance, e.g. --concurrency 2]
#        SAMPLE=Sample.RealPipeline samples/run-distributed.sh    (the other sample: real dotnet and git commands)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
port=${REDIS_PORT:-6399}
logs=$(mktemp -d "${TMPDIR:-/tmp}/mpd-distributed.XXXXXX")
run_id="sample-$(date +%s)-$$"

if ! command -v redis-server >/dev/null; then
  echo "error: redis-server is not installed: run 'sudo apt-get install redis-server' (Debian/Ubuntu)" >&2
  exit 2
fi

sample=${SAMPLE:-Sample.Pipeline}
if [ ! -f "$root/samples/$sample/$sample.csproj" ]; then
  echo "error: SAMPLE=$sample is not a sample: use Sample.Pipeline or Sample.RealPipeline" >&2
  exit 2
fi

echo "building $sample..."
dotnet build "$root/samples/$sample" -c Release -v quiet -nologo >"$logs/build.log" 2>&1 || {
  cat "$logs/build.log" >&2
  exit 2
}
dll="$root/samples/$sample/bin/Release/net10.0/$sample.dll"

redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no >"$logs/redis.log" 2>&1 &
redis_pid=$!
worker_pids=()
cleanup() {
  for pid in "${worker_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  kill "$redis_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

for _ in $(seq 50); do
  redis-cli -p "$port" ping >/dev/null 2>&1 && break
  sleep 0.1
done

common=(--total 4 --redis "127.0.0.1:$port" --run-id "$run_id" "$@")
worker_capabilities=("--capability windows" "--capability macos --capability docker" "")
for index in 1 2 3; do
  # shellcheck disable=SC2086 # the capability list is meant to split into options
  mkdir -p "$logs/workspace-$index"
  dotnet "$dll" --instance "$index" "${common[@]}" --workspace "$logs/workspace-$index" ${worker_capabilities[$((index - 1))]} >"$logs/worker-$index.log" 2>&1 &
  worker_pids+=($!)
done

echo "run $run_id: master in the foreground, worker logs and every instance's workspace in $logs"
mkdir -p "$logs/workspace-0"
status=0
dotnet "$dll" --instance 0 "${common[@]}" --workspace "$logs/workspace-0" || status=$?

for index in 1 2 3; do
  worker_status=0
  wait "${worker_pids[$((index - 1))]}" || worker_status=$?
  echo "worker $index exited $worker_status: $(tail -n 1 "$logs/worker-$index.log")"
done
worker_pids=()
exit "$status"
