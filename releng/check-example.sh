#!/usr/bin/env bash
# Builds the command line tool and checks the example article with it.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -DskipTests -pl bundles/org.copydesk.cli -am package
java -jar bundles/org.copydesk.cli/target/copydesk.jar check "${@:-releng/examples/000_4e3a9109ce5d23f9.txt}"
