#!/usr/bin/env bash
# A/B of the window's filter redraw on the sample: this checkout's src/main against REV's, with this
# checkout's benchmark sources in both, in alternating runs (each its own JVM) so that both see the
# same machine. Needs a display: run under xvfb-run -a.
# Usage: xvfb-run -a bash src/bench/ab-window.sh REV [PAIRS]   (default 8 pairs)
set -euo pipefail
cd "$(dirname "$0")/../.."
rev=${1:?usage: ab-window.sh REV [PAIRS]}
pairs=${2:-8}
before=$(mktemp -d)
trap 'git worktree remove --force "$before" >/dev/null 2>&1 || true' EXIT
git worktree add -q --detach "$before" "$rev"   # REV's sources, tests and build
rm -rf "$before/src/bench" && cp -r src/bench "$before/src/bench"   # the benchmark as it stands here, in both
mvn -B -q -ntp -Pbench -DskipTests package
(cd "$before" && mvn -B -q -ntp -Pbench -DskipTests package)
echo "| run | before ($rev) | after (this checkout) |"
echo "|---|---|---|"
for i in $(seq "$pairs"); do
  row="| $i"
  for dir in "$before" "$PWD"; do
    cp="$dir/target/classes:$dir/target/test-classes:$(cat "$dir/target/bench.classpath")"
    line=$(cd "$dir" && java -Droundtrip.bench.window=sample -cp "$cp" org.roundtrip.bench.WindowBenchmarks \
      target/roundtrip.jar "$cp" 1 - 2>/dev/null | grep 'every view redrawn, sample')
    every=$(sed -E 's/.*\*\*([0-9]+) ms\*\*.*/\1/' <<<"$line")
    switches=$(sed -E 's/.*each of the [0-9]+ views ([0-9]+) ms.*/\1/' <<<"$line")
    row="$row | every view $every ms, the 13 switches $switches ms"
  done
  echo "$row |"
done
