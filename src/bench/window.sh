#!/usr/bin/env bash
# The window's table of docs/benchmarks.md ("The window"): cold start against an empty FlatLaf window,
# filter redraw on the sample and on 100,000 deals, cancel latency of a large import in the window.
# Needs a display: run under xvfb-run -a on a machine without one. The same as run.sh window.
# Usage: bash src/bench/window.sh [RUNS]   (cold-start runs of each child JVM, default 5)
set -euo pipefail
WINDOW_RUNS=${1:-5} exec bash "$(dirname "$0")/run.sh" window
