#!/usr/bin/env bash
# The long reliability runs of the core engine, too long for every build:
#   properties  every invariant on DRAFTS generated drafts (default 1,000,000) in THREADS threads (default 2)
#   fuzz        each Jazzer fuzz test for FUZZ_SECONDS seconds (default 600), from its seed corpus
#   all         both (the default)
# Usage: releng/long-run.sh [properties|fuzz|all]
# Environment: DRAFTS, THREADS, SEED (first seed of the property run; random if unset), FUZZ_SECONDS,
#              FUZZ_TARGETS (Class#method, default: the three FormatFuzzTest targets and ConfigFuzzTest#parse),
#              JAVA_HOME (any JDK 17+).
# A failing property prints its seed and a shrunk draft; a fuzzing crash is written by Jazzer to
# bundles/org.copydesk.core/src/test/resources/org/copydesk/core/reliability/<Class>Inputs/<method>/,
# where the normal test run replays it. The corpus grown while fuzzing is kept in
# bundles/org.copydesk.core/.cifuzz-corpus/ (not versioned) for the next run. Logs and a summary go to
# bundles/org.copydesk.core/target/long-run/.
set -uo pipefail
cd "$(dirname "$0")/.."

mode=${1:-all}
drafts=${DRAFTS:-1000000}
threads=${THREADS:-2}
fuzz_seconds=${FUZZ_SECONDS:-600}
fuzz_targets=${FUZZ_TARGETS:-FormatFuzzTest#plainText FormatFuzzTest#markdown FormatFuzzTest#asciiDoc ConfigFuzzTest#parse}
module=bundles/org.copydesk.core
logs=$module/target/long-run
mvn=(./mvnw -B -ntp test -pl "$module" -Dsurefire.failIfNoSpecifiedTests=false)

properties() {
  mkdir -p "$logs"
  local seed_arg=()
  if [ -n "${SEED:-}" ]; then seed_arg=(-Dcopydesk.property.seed="$SEED"); fi
  echo "== properties: $drafts drafts, $threads thread(s), $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -n 1)"
  local start=$SECONDS status=0
  "${mvn[@]}" -Dtest='EnginePropertiesTest#everyInvariantHolds' -Dcopydesk.property.tries="$drafts" \
    -Dcopydesk.property.threads="$threads" "${seed_arg[@]}" > "$logs/properties.log" 2>&1 || status=$?
  grep -E 'every invariant|Tests run:|shrunk|rerun' "$logs/properties.log" | sort -u || true
  echo "properties: exit $status after $((SECONDS - start)) s" | tee -a "$logs/summary.txt"
  grep -h '^every invariant' "$logs/properties.log" >> "$logs/summary.txt" || true
  return "$status"
}

fuzz() {
  mkdir -p "$logs"
  local failed=0
  for target in $fuzz_targets; do
    local log=$logs/fuzz-${target/\#/-}.log
    echo "== fuzz $target: $fuzz_seconds s"
    local start=$SECONDS status=0
    # coverage from the engine and from the Markdown and YAML parsers it drives
    JAZZER_FUZZ=1 "${mvn[@]}" -Dtest="$target" -Djazzer.max_duration="${fuzz_seconds}s" \
      -Djazzer.instrument='org.copydesk.**,org.commonmark.**,org.snakeyaml.**' > "$log" 2>&1 || status=$?
    grep -E '^#[0-9]+ *DONE|Tests run:|== Java Exception|crash-|Crash' "$log" | sort -u || true
    local runs
    runs=$(grep -oE '^#[0-9]+' "$log" | tail -n 1 | tr -d '#' || true)
    echo "fuzz $target: exit $status after $((SECONDS - start)) s, ${runs:-?} executions" | tee -a "$logs/summary.txt"
    [ "$status" -eq 0 ] || failed=1
  done
  return "$failed"
}

case "$mode" in
  properties) properties ;;
  fuzz) fuzz ;;
  all) properties && fuzz ;;
  *) echo "usage: $0 [properties|fuzz|all]" >&2; exit 2 ;;
esac
