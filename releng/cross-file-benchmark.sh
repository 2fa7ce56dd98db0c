#!/usr/bin/env bash
# Times `copydesk check DIR` on generated projects with 1 % of their paragraphs copied from other files:
# 10,000 files / about 50 MB, then 2x and 4x. Prints wall time and peak memory (RSS) per size.
# Runs the `copydesk` launcher, as a user would. Usage: releng/cross-file-benchmark.sh [WORK_DIR] [JAVA_OPTIONS...]
# (e.g. -Xmx1g, added to the launcher's own)
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-${TMPDIR:-/tmp}/copydesk-cross-file-benchmark}"
shift || true
./mvnw -o -B -q -Pbenchmarks -DskipTests -pl bundles/org.copydesk.cli,bundles/org.copydesk.benchmarks -am package
for scale in 1 2 4; do
  dir="$work/x$scale"
  if [ ! -d "$dir" ]; then
    java -cp bundles/org.copydesk.benchmarks/target/benchmarks.jar org.copydesk.benchmarks.WriteProject "$dir" $((10000 * scale)) 3800
  fi
  for run in 1 2; do
    /usr/bin/time -f "x$scale run $run: %e s wall, %M KB peak RSS, exit %x" \
      env COPYDESK_JAVA_OPTS="$*" bundles/org.copydesk.cli/copydesk check --quiet --format json --fail-on never "$dir" > "$work/x$scale.json"
  done
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); f=[x for fl in d['files'] for x in fl['findings'] if x['rule']=='duplicate-paragraph']; print('  duplicate-paragraph findings:', len(f), 'of which across files:', sum(1 for x in f if any('file' in r for r in x['related'])))" "$work/x$scale.json"
done
