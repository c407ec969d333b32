#!/usr/bin/env bash
# Bounded load test on loopback (a measurement, not a test): makes a store of generated events
# (default 1,000,000; re-used when present), serves it with `bin/eventwire serve`, and runs wrk
# with 200 connections for 30 s over a mix of the API's read endpoints (mix.lua). Before the run,
# each fixed path of the mix is asked once, one at a time, and timed: that is the cost of an
# answer the cache does not have yet; the timed run then measures a warm server.
#   tools/loadtest/run.sh                     # EVENTS, CONNECTIONS, DURATION, PORT, DB override
# Needs wrk (Debian package `wrk`).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
events="${EVENTS:-1000000}"
connections="${CONNECTIONS:-200}"
duration="${DURATION:-30}"
port="${PORT:-8181}"
db="${DB:-${TMPDIR:-/tmp}/eventwire-load-$events.duckdb}"
command -v wrk >/dev/null || { echo "loadtest: needs wrk (apt-get install wrk)" >&2; exit 1; }

"$root/bin/eventwire" --version >/dev/null # builds on first use
if [ ! -f "$db" ]; then
  java -cp "$(cat "$root/eventwire-cli/target/classpath.txt"):$root/eventwire-core/target/classes" \
    "$root/tools/loadtest/GenerateEvents.java" "$db" "$events"
fi

log="$(mktemp)"
"$root/bin/eventwire" serve --db "$db" --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/api/health" || { cat "$log" >&2; exit 1; }
echo
echo "loadtest: cold answers, one at a time:"
grep -o 'return "/api/[^"]*" end' "$root/tools/loadtest/mix.lua" | cut -d'"' -f2 | while read -r path; do
  curl -s -o /dev/null -w "  %{time_total} s  $path\n" "http://127.0.0.1:$port$path"
done
echo "loadtest: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c"$connections" -d"${duration}s" --timeout 30s --latency \
  -s "$root/tools/loadtest/mix.lua" "http://127.0.0.1:$port"
