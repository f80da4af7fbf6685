#!/bin/sh
# The "roundtrip" command and the menu entry's: starts Roundtrip exactly as jpackage's launcher
# bin/Roundtrip does (the class path, main class and JVM options of lib/app/Roundtrip.cfg, the
# bundled runtime), without what that launcher does first on every start: ask rpm and dpkg which
# package owns it (~55 ms on a small Debian machine, more on a desktop with thousands of packages;
# docs/benchmarks.md). The options hold no spaces: the app lives in /opt/roundtrip.
set -e
bin=$(dirname "$(readlink -f "$0")")
app=$(readlink -f "$bin/../lib/app")
cfg=$app/Roundtrip.cfg
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g")
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
# shellcheck disable=SC2046 # one option per line, split on purpose
exec "$app/../runtime/bin/java" $(sed -n 's/^java-options=//p' "$cfg" | sed "s|\$APPDIR|$app|g") \
  -cp "$classpath" "$main" "$@"
