#!/usr/bin/env bash
# Builds the app and the benchmarks, then prints the export table of docs/benchmarks.md ("Export").
# Usage: bash src/bench/export.sh [RUNS]   (default 5 runs per figure; needs GNU time: apt-get install -y time)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install -y time)"; exit 2; }
mvn -B -q -ntp -Pbench -DskipTests package
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.roundtrip.bench.ExportBenchmarks \
  target/roundtrip.jar "${1:-5}"
