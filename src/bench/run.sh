#!/usr/bin/env bash
# Builds the app and the benchmarks, then prints every table of docs/benchmarks.md: import and
# analysis, export, and the window (the window's part needs a display: run under xvfb-run -a).
# Usage: bash src/bench/run.sh [ROWS]   (default 1,000,000 rows; needs GNU time: apt-get install -y time;
#        the window's part builds the Linux app-image with installer/build-linux.sh --app-image)
#        bash src/bench/run.sh import [ROWS] | export | window    one part only (EXPORT_RUNS, WINDOW_RUNS: runs per figure;
#        WINDOW_PARTS: some of start,sample,large,cancel, e.g. WINDOW_PARTS=sample for the sample's redraw alone)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install -y time)"; exit 2; }
mvn -B -q -ntp -Pbench -DskipTests package
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
part=all
case "${1:-}" in import|export|window) part=$1; shift ;; esac
if [ "$part" = all ] || [ "$part" = import ]; then
  echo "## Import and analysis"
  java -cp "$CP" org.roundtrip.bench.Benchmarks target/roundtrip.jar "$CP" "${1:-1000000}"
fi
if [ "$part" = all ] || [ "$part" = export ]; then
  echo; echo "## Export"
  java -cp "$CP" org.roundtrip.bench.ExportBenchmarks target/roundtrip.jar "${EXPORT_RUNS:-5}"
fi
if [ "$part" = all ] || [ "$part" = window ]; then
  echo; echo "## Window"
  if [ -z "${DISPLAY:-}" ]; then
    echo "no display: run under xvfb-run -a (apt-get install -y xvfb)"
  else
    # the app as installed (launcher, its JVM options, class-data archive); "-" when it cannot be built here
    parts=${WINDOW_PARTS:-start,sample,large,cancel}
    app=-
    case ",$parts," in *,start,*) app=$(bash src/bench/app-image.sh) || app=- ;; esac
    java -Droundtrip.bench.window="$parts" -cp "$CP" org.roundtrip.bench.WindowBenchmarks target/roundtrip.jar "$CP" "${WINDOW_RUNS:-5}" "$app"
  fi
fi
