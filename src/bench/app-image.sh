#!/usr/bin/env bash
# The app as the .deb installs it, for the window benchmark: installer/build-linux.sh's app-image,
# copied to target/bench/app, with its class-data archive written by the command the .deb's postinst
# runs (installer/linux/postinst), at the copy's own path since the JVM takes an archive for the path
# it was written at only. Prints the copy's path on stdout; the build's messages go to stderr.
set -euo pipefail
cd "$(dirname "$0")/../.."
installer/build-linux.sh --app-image >&2
rm -rf target/bench/app
mkdir -p target/bench
cp -a target/installer/Roundtrip target/bench/app
app=$PWD/target/bench/app/lib/app
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/roundtrip.classlist" target/bench/app/bin/roundtrip >/dev/null 2>&1
[ -s "$app/roundtrip.jsa" ] || { echo "app-image.sh: no class-data archive was written" >&2; exit 1; }
echo "$PWD/target/bench/app"
