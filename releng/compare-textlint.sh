#!/usr/bin/env bash
# Times Copydesk against textlint, a prose linter people already use, on the same generated articles.
# Installs textlint and a few common rules from npm into bundles/org.copydesk.benchmarks/target/textlint.
# Usage: releng/compare-textlint.sh [FILES [CHARS_PER_FILE [RUNS]]]   (default: 200 files of ~5,000 characters, best of 3)
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-200}
size=${2:-5000}
runs=${3:-3}
work=bundles/org.copydesk.benchmarks/target/textlint
corpus=$work/corpus

./mvnw -B -ntp -q -Pbenchmarks -DskipTests -pl bundles/org.copydesk.core,bundles/org.copydesk.cli,bundles/org.copydesk.benchmarks package
mkdir -p "$work"
if [ ! -x "$work/node_modules/.bin/textlint" ]; then
  echo "installing textlint from npm..." >&2
  (cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error \
    textlint@15 textlint-rule-write-good textlint-rule-common-misspellings textlint-rule-terminology textlint-rule-no-todo >/dev/null)
fi
cat > "$work/.textlintrc.json" <<'JSON'
{ "rules": { "write-good": true, "common-misspellings": true, "terminology": true, "no-todo": true } }
JSON
rm -rf "$corpus"
java -cp bundles/org.copydesk.benchmarks/target/benchmarks.jar org.copydesk.benchmarks.WriteCorpus "$corpus" "$files" "$size"
bytes=$(cat "$corpus"/* | wc -c)

best() { # best wall time in seconds of running "$@" $runs times
  local best_time=
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N)
    best_time=$(echo "$end $start ${best_time:-999999}" | awk '{t=$1-$2; print (t<$3)?t:$3}')
  done
  echo "$best_time"
}

copydesk=$(best java -jar bundles/org.copydesk.cli/target/copydesk.jar check --fail-on never "$corpus")
textlint=$(cd "$work" && best node_modules/.bin/textlint --config .textlintrc.json --format compact corpus)
textlint_version=$("$work/node_modules/.bin/textlint" --version)
echo
printf '%s files, %s bytes (half Markdown, half plain text); best of %s runs, wall time with start-up\n' "$files" "$bytes" "$runs"
printf '  copydesk check (4 rules)                        %6.2f s\n' "$copydesk"
printf '  textlint %-8s (write-good, common-misspellings, terminology, no-todo) %6.2f s\n' "$textlint_version" "$textlint"
echo "$textlint $copydesk" | awk '{printf "  Copydesk is %.1fx faster\n", $1/$2}'
