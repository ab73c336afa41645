#!/usr/bin/env bash
# Artifact benchmarks (issue 11, see docs/benchmarks.md): a build-like tree (200 MB in 2,000 files by default) published
# by one process and downloaded by three concurrent consumer processes, each into its own empty workspace, through the
# runtime's Redis, shared-folder and S3 stores, side by side with each store's floor (StackExchange.Redis SET/GET of
# 1 MiB values, cp -r, the S3 SDK's PutObject/GetObject); then a 1 GB file through the Redis store for peak RSS, and
# gzip/Brotli over the tree. Every measurement is its own process and reports its own peak RSS growth.
# Starts redis-server and s3rver (installed like scripts/test.sh does, under artifacts/tools/s3rver) on free loopback
# ports and stops them. Prints a markdown table.
# MB is 10^6 bytes, as the runtime's own transfer lines count; RSS is in MiB (/proc/self/status VmRSS, VmHWM).
# Usage: benchmarks/artifacts.sh                         (needs redis-server, node/npm for s3rver)
#        BYTES=20000000 FILES=200 LARGE_BYTES=100000000 benchmarks/artifacts.sh   (a quick smaller run)
#        STORES="redis dir" benchmarks/artifacts.sh      (skip S3)
#        STORES=redis LARGE_BYTES=0 COMPRESSION=0 benchmarks/artifacts.sh   (only the 200 MB tree through Redis)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bytes=${BYTES:-200000000}
files=${FILES:-2000}
large_bytes=${LARGE_BYTES:-1000000000}
stores=${STORES:-redis dir s3}
work=$(mktemp -d "${TMPDIR:-/tmp}/mpd-artifacts.XXXXXX")
command -v redis-server >/dev/null || { echo "error: redis-server is not installed: apt-get install redis-server" >&2; exit 2; }

echo "building benchmarks/Artifacts..." >&2
dotnet build "$root/benchmarks/Artifacts" -c Release -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 2; }
app=(dotnet "$root/benchmarks/Artifacts/bin/Release/net10.0/ModularPipelines.Distributed.Artifacts.Benchmarks.dll")

pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"' EXIT

redis_port=$("${app[@]}" free-port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no >"$work/redis.log" 2>&1 &
pids+=($!)
redis="127.0.0.1:$redis_port"
for _ in $(seq 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done

if [[ " $stores " == *" s3 "* ]]; then
  s3rver="$root/artifacts/tools/s3rver/node_modules/.bin/s3rver"
  if [ ! -x "$s3rver" ]; then
    echo "installing s3rver (npm)..." >&2
    npm install --prefix "$root/artifacts/tools/s3rver" --no-audit --no-fund --silent s3rver@3.7.1 >/dev/null
  fi
  s3_port=$("${app[@]}" free-port)
  mkdir -p "$work/s3"
  "$s3rver" --directory "$work/s3" --address 127.0.0.1 --port "$s3_port" --silent >"$work/s3rver.log" 2>&1 &
  pids+=($!)
  export AWS_ENDPOINT_URL_S3="http://127.0.0.1:$s3_port" AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_REGION=us-east-1
  for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$s3_port") 2>/dev/null && break; sleep 0.1; done
fi

echo "generating the tree ($bytes bytes, $files files)..." >&2
"${app[@]}" generate --out "$work/producer/bin" --bytes "$bytes" --files "$files" >&2
sync

field() { sed -E "s/.* $1=([^ ]+).*/\1/"; }
mbs() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", b / s / 1e6 }'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f%%", 100 * a / b }'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# consumers LOG COMMAND... : three concurrent processes, COMMAND with {n} replaced by 1..3; prints the aggregate MB/s
# (3 × the bytes over the span from the first start to the last end) and the largest RSS growth.
consumers() {
  local log=$1; shift
  local waits=()
  for n in 1 2 3; do
    "${@//\{n\}/$n}" >"$log.$n" 2>&1 &
    waits+=($!)
  done
  for p in "${waits[@]}"; do wait "$p" || { cat "$log".* >&2; exit 1; }; done
  cat "$log".[123] | grep '^BENCH' | awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      b += v["bytes"]; if (!s || v["start_ms"] < s) s = v["start_ms"]; if (v["end_ms"] > e) e = v["end_ms"]; if (v["rss_growth_mib"] > r) r = v["rss_growth_mib"] }
      END { printf "%.1f %.0f\n", b / ((e - s) / 1000) / 1e6, r }'
}

# one COMMAND... : prints its BENCH line, or the whole output when it failed
one() { local out; out=$("$@" 2>&1) || { echo "$out" >&2; exit 1; }; echo "$out" | grep '^BENCH'; }

# cp -r: the directory store's floor, timed here (cp has no BENCH line; RSS by /usr/bin/time when present)
timed_cp() { local start end; start=$(date +%s%N); cp -r "$1" "$2"; end=$(date +%s%N); awk -v b="$bytes" -v ns=$((end - start)) 'BEGIN { printf "%.1f", b / (ns / 1e9) / 1e6 }'; }

rows=()
for store in $stores; do
  started_load=$(load)
  echo "measuring $store (load $started_load)..." >&2
  run="bench-$store-$RANDOM"
  common=(--store "$store" --run "$run" --redis "$redis" --dir "$work/shared" --bucket mpd-bench)
  mkdir -p "$work/shared"
  publish=$(one "${app[@]}" publish "${common[@]}" --workspace "$work/producer" --pattern "bin/**")
  read -r download download_rss < <(consumers "$work/$store-download" "${app[@]}" download "${common[@]}" --workspace "$work/$store-consumer-{n}")
  case $store in
    redis)
      floor_up=$(one "${app[@]}" redis-set --redis "$redis" --run "floor-$run" --tree "$work/producer/bin" | field mb_s)
      read -r floor_down _ < <(consumers "$work/redis-floor" "${app[@]}" redis-get --redis "$redis" --run "floor-$run" --workspace "$work/redis-floor-{n}")
      redis-cli -p "$redis_port" flushall >/dev/null ;;
    dir)
      floor_up=$(timed_cp "$work/producer/bin" "$work/cp-shared")
      start=$(date +%s%N)
      copies=()
      for n in 1 2 3; do cp -r "$work/cp-shared" "$work/cp-consumer-$n" & copies+=($!); done
      wait "${copies[@]}"
      end=$(date +%s%N)
      floor_down=$(awk -v b="$((3 * bytes))" -v ns=$((end - start)) 'BEGIN { printf "%.1f", b / (ns / 1e9) / 1e6 }') ;;
    s3)
      floor_up=$(one "${app[@]}" s3-put --bucket mpd-bench --run "$run" --tree "$work/producer/bin" | field mb_s)
      read -r floor_down _ < <(consumers "$work/s3-floor" "${app[@]}" s3-get --bucket mpd-bench --run "$run" --workspace "$work/s3-floor-{n}") ;;
  esac
  up=$(echo "$publish" | field mb_s)
  rows+=("| $store | $up | $floor_up | $(pct "$up" "$floor_up") | $download | $floor_down | $(pct "$download" "$floor_down") | $(echo "$publish" | field rss_growth_mib) / $download_rss MiB | $started_load |")
  rm -rf "$work/shared" "$work/cp-shared" "$work"/*-consumer-* "$work"/*-floor-* "$work"/s3/mpd-bench 2>/dev/null || true
done

echo "| store | publish MB/s | floor MB/s | % of floor | download MB/s (3 consumers) | floor | % | peak RSS growth (publish / worst consumer) | load at start |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
printf '%s\n' "${rows[@]}"

if [ "$large_bytes" -gt 0 ]; then
  echo "measuring $large_bytes bytes in one file through the Redis store (load $(load))..." >&2
  "${app[@]}" generate --out "$work/large/bin" --bytes "$large_bytes" --files 1 >&2
  run="bench-large-$RANDOM"
  large_up=$(one "${app[@]}" publish --store redis --run "$run" --redis "$redis" --workspace "$work/large" --pattern "bin/**")
  large_down=$(one "${app[@]}" download --store redis --run "$run" --redis "$redis" --workspace "$work/large-consumer")
  echo
  echo "1 file of $large_bytes bytes through Redis: publish $(echo "$large_up" | field mb_s) MB/s, peak RSS growth $(echo "$large_up" | field rss_growth_mib) MiB (baseline $(echo "$large_up" | field rss_base_mib) MiB); download $(echo "$large_down" | field mb_s) MB/s, peak RSS growth $(echo "$large_down" | field rss_growth_mib) MiB (baseline $(echo "$large_down" | field rss_base_mib) MiB); load $(load)"
  redis-cli -p "$redis_port" flushall >/dev/null
  rm -rf "$work/large" "$work/large-consumer"
fi

[ "${COMPRESSION:-1}" = 1 ] || exit 0
echo
echo "compression (one thread, memory to memory, file by file; load $(load)):"
"${app[@]}" compress --tree "$work/producer/bin" | grep '^BENCH' | sed 's/^/generated tree: /'
# A real build's output beside the synthetic tree: this benchmark's own bin/ (the runtime, StackExchange.Redis, the AWS SDK).
"${app[@]}" compress --tree "$root/benchmarks/Artifacts/bin/Release/net10.0" | grep '^BENCH' | sed 's/^/real bin\/: /'
