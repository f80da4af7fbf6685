#!/usr/bin/env bash
# Builds the app and the benchmarks, then prints the window's table of docs/benchmarks.md ("The window"):
# cold start against an empty FlatLaf window, filter redraw on the sample and on 100,000 deals, cancel
# latency of a large import in the window. Needs a display: run under xvfb-run -a on a machine without one.
# Usage: bash src/bench/window.sh [RUNS]   (cold-start runs of each child JVM, default 5)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -ntp -Pbench -DskipTests package
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
java -cp "$CP" org.roundtrip.bench.WindowBenchmarks target/roundtrip.jar "$CP" "${1:-5}"
