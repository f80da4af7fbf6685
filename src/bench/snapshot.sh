#!/usr/bin/env bash
# The snapshot of a filter change on the generated 100,000 deals, off the window: per round, then
# each step on one thread (ADR 0011). No display needed.
# Usage: bash src/bench/snapshot.sh [ROUNDS]   (default 12; the second half is measured)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -ntp -Pbench -DskipTests package
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
java -cp "$CP" org.roundtrip.ui.SnapshotSteps "${1:-12}"
