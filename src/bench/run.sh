#!/usr/bin/env bash
# Builds the app and the benchmarks, then prints the table of docs/benchmarks.md.
# Usage: bash src/bench/run.sh [ROWS]   (default 1,000,000 rows; needs GNU time: apt-get install -y time)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install -y time)"; exit 2; }
mvn -B -q -ntp -Pbench -DskipTests package
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.roundtrip.bench.Benchmarks \
  target/roundtrip.jar "target/classes:target/test-classes:$(cat target/bench.classpath)" "${1:-1000000}"
