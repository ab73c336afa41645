#!/usr/bin/env bash
# The single test entry point (README, CI): builds the solution once in Release, runs every test project, and
# prints as its last line "N passed, N failed" (", N skipped" when some were skipped), summed over the TRX
# files of all test projects. Exits non-zero when the build failed or any test failed.
# Needs only the .NET SDK and bash/grep/sed; installs redis-server for the distributed tests, Chromium for the report
# page tests and s3rver (npm) for the S3 store's tests when it can.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
solution="$root/ModularPipelines.Distributed.Generators.sln"
results="$root/artifacts/test-results"
configuration=Release

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf 'test.sh: %s\n' "$*"; }

# Distributed-mode tests start a real redis-server, and the report page is tested in a real headless Chromium. Each is
# installed when it is missing and we can (apt-get, root); otherwise scripts/require-redis.sh and
# scripts/require-chromium.sh decide: under CI the run fails, elsewhere those tests are skipped with the reason.
ensure_installed() { # command, Debian package
    command -v "$1" >/dev/null 2>&1 && return 0
    command -v apt-get >/dev/null 2>&1 || return 0
    [ "$(id -u)" -eq 0 ] || return 0
    log "installing $2 (apt-get)"
    if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2"; } >/dev/null 2>&1; then
        log "warning: could not install $2; tests that need it will report it"
    fi
    return 0
}

# The S3 store is tested against s3rver, an S3-compatible server from npm, installed under artifacts/tools (git-ignored);
# without it the S3 tests skip with the reason, or fail under CI (tests/Shared/S3ServerRequirement.cs).
ensure_s3rver() {
    local prefix="$root/artifacts/tools/s3rver"
    [ -x "$prefix/node_modules/.bin/s3rver" ] && return 0
    command -v npm >/dev/null 2>&1 || ensure_installed npm npm
    if ! command -v npm >/dev/null 2>&1; then
        log "warning: npm is missing, so s3rver cannot be installed; the S3 tests will report it"
        return 0
    fi
    log "installing s3rver (npm)"
    mkdir -p "$prefix"
    npm install --prefix "$prefix" --no-audit --no-fund --silent s3rver@3.7.1 >/dev/null 2>&1 \
        || log "warning: could not install s3rver; the S3 tests will report it"
    return 0
}

# The value of one attribute of the <Counters> element of a TRX file (0 when absent).
counter() {
    local value
    value="$(grep -o '<Counters [^>]*' "$1" | head -n 1 | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9][0-9]*')"
    echo "${value:-0}"
}

# How many tests NUnit's adapter set out to run in the test run of a TRX file.
discovered() {
    local total=0 n
    for n in $(grep -o 'discovered [0-9]* of' "$1" | grep -o '[0-9][0-9]*'); do
        total=$((total + n))
    done
    echo "$total"
}

cd "$root" || exit 2
ensure_installed redis-server redis-server
redis_status=0
"$root/scripts/require-redis.sh" || redis_status=$?
ensure_installed chromium chromium
chromium_status=0
"$root/scripts/require-chromium.sh" || chromium_status=$?
ensure_s3rver

rm -rf "$results"
mkdir -p "$results"

build_status=0
log "building $(basename "$solution") ($configuration)"
dotnet build "$solution" -c "$configuration" --nologo -v:minimal -clp:ErrorsOnly || build_status=$?
if [ "$build_status" -ne 0 ]; then
    log "error: the build failed (exit code $build_status); running the tests of the projects that built"
fi

log "testing"
# A test that hangs is stopped after 15 minutes (its unfinished tests count as failed), so the run always ends;
# the limit is per test, and generous because publishing the sample with Native AOT can take minutes on 2 cores.
dotnet test "$solution" -c "$configuration" --no-build --nologo \
    --logger trx --results-directory "$results" \
    --blame-hang-timeout 15m --blame-hang-dump-type none 2>&1 | tee "$results/dotnet-test.log"
test_status=${PIPESTATUS[0]}

# Sum over the TRX files of every test project. An aborted run (a crashed or hung test host) records only the
# tests that finished: the others it set out to run count as failed.
passed=0 failed=0 skipped=0 trx_count=0
for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    trx_count=$((trx_count + 1))
    passed=$((passed + $(counter "$trx" passed)))
    failed=$((failed + $(counter "$trx" failed) + $(counter "$trx" error) + $(counter "$trx" timeout) + $(counter "$trx" aborted)))
    skipped=$((skipped + $(counter "$trx" notExecuted) + $(counter "$trx" inconclusive)))
    if grep -q 'test run was aborted' "$trx"; then
        unfinished=$(( $(discovered "$trx") - $(counter "$trx" executed) ))
        [ "$unfinished" -gt 0 ] || unfinished=0
        failed=$((failed + unfinished))
        assembly="$(grep -o 'Running all tests in [^<]*' "$trx" | head -n 1 | sed 's|.*/||')"
        log "error: the test run of ${assembly:-$(basename "$trx")} was aborted; its $unfinished unfinished tests count as failed"
    fi
done

# A test project that did not build has no TRX file at all: name it.
grep -o 'The argument [^ ]* is invalid' "$results/dotnet-test.log" | sed 's|^The argument .*/\([^/]*\) is invalid$|\1|' \
    | while read -r assembly; do log "error: no results from $assembly: it was not built"; done

status=0
if [ "$build_status" -ne 0 ] || [ "$test_status" -ne 0 ] || [ "$failed" -gt 0 ] || [ "$redis_status" -ne 0 ] || [ "$chromium_status" -ne 0 ]; then
    status=1
fi
if [ "$trx_count" -eq 0 ]; then
    log "error: no test results in $results"
    status=1
fi

line="$passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then
    line="$line, $skipped skipped"
fi
echo "$line"
exit "$status"
