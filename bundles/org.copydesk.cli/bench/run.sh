#!/usr/bin/env bash
# Times copydesk.jar on 1,000 articles (~5 MB), JVM start included. Build the jar first:
#   ./mvnw -B -ntp -q package -DskipTests -pl bundles/org.copydesk.core,bundles/org.copydesk.cli
# Usage: bundles/org.copydesk.cli/bench/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/copydesk.jar
corpus=target/bench-corpus
rm -rf "$corpus"
java bench/GenerateCorpus.java ../../releng/examples/000_4e3a9109ce5d23f9.txt "$corpus" 1000 5000

measure() {
  local label=$1; shift
  local best=999999
  for _ in $(seq "$runs"); do
    local start end ms
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    (( ms < best )) && best=$ms
  done
  printf '%-58s best of %d: %5d ms\n' "$label" "$runs" "$best"
}

measure "java -version (JVM start alone)" java -Xshare:auto -version
measure "copydesk --version" java -jar "$jar" --version
measure "copydesk check (1 file)" java -jar "$jar" check ../../releng/examples/000_4e3a9109ce5d23f9.txt
measure "copydesk check (1,000 files, text)" java -jar "$jar" check --fail-on never "$corpus"
measure "copydesk check (1,000 files, json)" java -jar "$jar" check --fail-on never --format json "$corpus"
measure "copydesk check (1,000 files, sarif)" java -jar "$jar" check --fail-on never --format sarif "$corpus"
measure "copydesk check (1,000 files, -j 1)" java -jar "$jar" check --fail-on never -j 1 "$corpus"
measure "./copydesk launcher (C1, serial GC): check 1 file" ./copydesk check ../../releng/examples/000_4e3a9109ce5d23f9.txt
measure "./copydesk launcher (C1, serial GC): check 1,000 files" ./copydesk check --fail-on never "$corpus"

# Application class data sharing: one training run writes an archive of the loaded classes, later runs map it
archive=target/copydesk.jsa
rm -f "$archive"
java -XX:ArchiveClassesAtExit="$archive" -jar "$jar" check --fail-on never --format json "$corpus" > /dev/null 2>&1 || true
measure "copydesk check (1,000 files, text, AppCDS)" java -XX:SharedArchiveFile="$archive" -jar "$jar" check --fail-on never "$corpus"
measure "copydesk check (1 file, AppCDS)" java -XX:SharedArchiveFile="$archive" -jar "$jar" check ../../releng/examples/000_4e3a9109ce5d23f9.txt
export COPYDESK_JAVA_OPTS="-XX:SharedArchiveFile=$archive"
measure "./copydesk launcher + AppCDS: check 1 file" ./copydesk check ../../releng/examples/000_4e3a9109ce5d23f9.txt
measure "./copydesk launcher + AppCDS: check 1,000 files" ./copydesk check --fail-on never "$corpus"
