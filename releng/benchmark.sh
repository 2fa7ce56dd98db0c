#!/usr/bin/env bash
# Builds the JMH benchmarks and prints the table (about 5 minutes on 2 cores).
# Arguments select benchmarks by name (JMH include patterns), e.g. releng/benchmark.sh 'CheckBenchmark.*prose-1m'.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -Pbenchmarks -DskipTests -pl bundles/org.copydesk.core,bundles/org.copydesk.benchmarks package
java -jar bundles/org.copydesk.benchmarks/target/benchmarks.jar "$@"
