#!/usr/bin/env bash
# Store measurements for docs/store.md and the README (issue 5): a generated corpus of N articles
# ingested with the keyword stand-in coder, twice; then into a second store, killed with SIGKILL
# three times at random points and resumed; the two stores compared table by table.
# Usage: tools/store-measure.sh [N] [WORKDIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-20000}"
work="${2:-/tmp/eventwire-measure}"
mkdir -p "$work/lib"
rm -rf "$work/corpus" "$work"/*.duckdb "$work"/*.wal "$work"/lib/*
# Build once, then run a copy of the jars, so rebuilding the tree meanwhile cannot disturb the run.
"$root/bin/eventwire" --version > /dev/null
cp "$root"/eventwire-cli/target/eventwire-cli-*.jar "$root"/eventwire-core/target/eventwire-core-*.jar \
  "$root"/eventwire-server/target/eventwire-server-*.jar "$work/lib/"
cp_deps="$(cat "$root/eventwire-cli/target/classpath.txt" | tr ':' '\n' | grep -v '/target/' | paste -sd:)"
ew() { exec java -Xmx4g -cp "$work/lib/*:$cp_deps" org.eventwire.cli.Main "$@"; }
duckdb_jar="$(tr ':' '\n' < "$root/eventwire-cli/target/classpath.txt" | grep duckdb_jdbc)"
(ew generate-corpus "$n" "$work/corpus")
ingest() { (ew ingest --stand-in-coder --threads 2 --db "$1" "$work/corpus"); }

echo "== first run"; time ingest "$work/once.duckdb" 2>&1 | tail -1
java -cp "$duckdb_jar" "$root/tools/StoreDiff.java" "$work/once.duckdb" | tee "$work/once.counts"
echo "== second run of the same input"; time ingest "$work/once.duckdb" 2>&1 | tail -1
java -cp "$duckdb_jar" "$root/tools/StoreDiff.java" "$work/once.duckdb" | tee "$work/twice.counts"
ls -l "$work/once.duckdb"

echo "== killed three times, then resumed"
for i in 1 2 3; do
  # a subshell that execs java: $! is the JVM itself
  (ew ingest --stand-in-coder --threads 2 --db "$work/crashed.duckdb" "$work/corpus") > /dev/null 2>&1 &
  pid=$!
  wait_s=$(( (RANDOM % 100) + 20 ))
  sleep "$wait_s"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "kill $i after ${wait_s} s"
  java -cp "$duckdb_jar" "$root/tools/StoreDiff.java" "$work/crashed.duckdb" | grep -E "^articles|^events|runs"
done
time ingest "$work/crashed.duckdb" 2>&1 | tail -1
java -cp "$duckdb_jar" "$root/tools/StoreDiff.java" "$work/crashed.duckdb" "$work/once.duckdb"
