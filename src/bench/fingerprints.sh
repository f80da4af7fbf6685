#!/usr/bin/env bash
# Whether a change meant to be faster only left every figure and chart as it was: ChartFingerprints
# written with REV's src/main and with this checkout's (the harness as it stands here in both), then
# compared. Draws charts off screen; no display needed.
# Usage: bash src/bench/fingerprints.sh REV
set -euo pipefail
cd "$(dirname "$0")/../.."
rev=${1:?usage: fingerprints.sh REV}
before=$(mktemp -d)
trap 'git worktree remove --force "$before" >/dev/null 2>&1 || true' EXIT
git worktree add -q --detach "$before" "$rev"   # REV's sources, tests and build
rm -rf "$before/src/bench" && cp -r src/bench "$before/src/bench"
mvn -B -q -ntp -Pbench -DskipTests package
(cd "$before" && mvn -B -q -ntp -Pbench -DskipTests package)
for dir in "$before" "$PWD"; do
  cp="$dir/target/classes:$dir/target/test-classes:$(cat "$dir/target/bench.classpath")"
  (cd "$dir" && java -Djava.awt.headless=true -cp "$cp" org.roundtrip.ui.ChartFingerprints target/fingerprints.txt)
done
if diff "$before/target/fingerprints.txt" target/fingerprints.txt; then
  echo "identical: $(wc -l < target/fingerprints.txt) lines (figures and charts of $rev and this checkout)"
else
  echo "DIFFERENT: see the lines above (< $rev, > this checkout)"; exit 1
fi
