#!/usr/bin/env bash
# Called by scripts/test.sh after it tried to install redis-server. Under CI (CI=true) the distributed tests must not
# go green without it, so a missing redis-server there exits 1 with the fix; elsewhere it warns and exits 0 (those
# tests are then skipped, each saying why). MPD_TEST_REDIS_SERVER names the executable, as it does for the tests.
set -uo pipefail

if [ -n "${MPD_TEST_REDIS_SERVER:-}" ]; then
    redis="$MPD_TEST_REDIS_SERVER"
else
    redis="$(command -v redis-server || true)"
    for candidate in /usr/bin/redis-server /usr/local/bin/redis-server; do
        [ -n "$redis" ] || { [ -x "$candidate" ] && redis="$candidate"; }
    done
fi
[ -n "$redis" ] && [ -x "$redis" ] && exit 0

case "${CI:-}" in
    true|TRUE|True|1)
        echo "test.sh: error: redis-server is missing on this CI machine (CI=true) and could not be installed: run 'apt-get install redis-server' as root, or set MPD_TEST_REDIS_SERVER to its path" >&2
        exit 1 ;;
    *)
        echo "test.sh: warning: redis-server is missing: the distributed tests will be skipped (apt-get install redis-server)" >&2
        exit 0 ;;
esac
