#!/usr/bin/env bash
# Builds the JMH benchmarks and prints the table (about 7 minutes on 2 cores): full checks and incremental re-checks.
# Arguments select benchmarks by name (JMH include patterns), e.g. releng/benchmark.sh 'CheckBenchmark.*prose-1m'.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -Pbenchmarks -DskipTests -pl bundles/org.copydesk.core,bundles/org.copydesk.benchmarks package
java -jar bundles/org.copydesk.benchmarks/target/benchmarks.jar "$@"
