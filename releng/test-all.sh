#!/usr/bin/env bash
# Runs every test: headless and UI tests against the baseline Eclipse (4.37, the default Java),
# then the same against the latest Eclipse (4.39, which needs a Java 21+ JDK).
set -euo pipefail
cd "$(dirname "$0")/.."

latest_jdk=${COPYDESK_LATEST_JDK:-}
if [ -z "$latest_jdk" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then latest_jdk=$candidate; break; fi
  done
fi

display() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1280x1024x24" "$@"; fi
}

echo "== baseline: Eclipse 4.37 on $(java -version 2>&1 | head -n 1)"
display ./mvnw -B -ntp verify "$@"

if [ -z "$latest_jdk" ]; then
  echo "no Java 21+ JDK found (set COPYDESK_LATEST_JDK): cannot test against the latest Eclipse" >&2
  exit 1
fi
echo "== latest: Eclipse 4.39 on $("$latest_jdk/bin/java" -version 2>&1 | head -n 1)"
JAVA_HOME=$latest_jdk display ./mvnw -B -ntp verify -Platest "$@"
