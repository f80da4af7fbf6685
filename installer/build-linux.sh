#!/usr/bin/env bash
# Builds Roundtrip's Linux installers with the JDK's own tools, no Java needed on the target machine:
#   target/installer/Roundtrip/                    the app-image (launcher, trimmed runtime, jar)
#   target/installer/roundtrip_<version>_amd64.deb the Debian package, installing to /opt/roundtrip
# Needs JDK 17+ (jdeps, jlink, jpackage), Maven, dpkg-deb and fakeroot; xvfb-run where there is no
# display. Usage: installer/build-linux.sh [--app-image]   (--app-image: stop before the .deb)
# build-windows.ps1 and build-macos.sh do the same steps for .msi and .dmg: change them together.
set -euo pipefail
cd "$(dirname "$0")/.."

jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
out=target/installer
jar=target/roundtrip.jar
sample=samples/ai-circular-financing.xlsx

for tool in "${jdk_bin}jdeps" "${jdk_bin}jlink" "${jdk_bin}jpackage" mvn dpkg-deb fakeroot; do
  command -v "$tool" >/dev/null || { echo "build-linux: $tool not found (JDK 17+, maven, dpkg-dev, fakeroot)" >&2; exit 1; }
done

# The project's own <version> (the first one indented as a child of <project>); jpackage wants
# numbers only, so "1.2.0-SNAPSHOT" is packaged as 1.2.0.
version=$(sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' pom.xml | head -n 1)
version=${version%%-*}
[[ $version =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || { echo "build-linux: no usable <version> in pom.xml: '$version'" >&2; exit 1; }

# The runnable jar, unless it is newer than every source.
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src samples -newer "$jar" -print -quit)" ]; then
  mvn -B -ntp -q -DskipTests package
fi

rm -rf "$out"
mkdir -p "$out/input/samples"
cp "$jar" "$out/input/"
# Everything under --input lands in the app's lib/app/: the sample at lib/app/samples/.
cp "$sample" "$out/input/samples/"

# The trimmed runtime: the modules the jar uses, plus those only reached by reflection or locale;
# its bin/java stays, for the roundtrip command below.
modules=$("${jdk_bin}jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")
extra=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' installer/extra-modules.txt | paste -sd, -)
"${jdk_bin}jlink" --add-modules "$modules,$extra" --include-locales=en,fr \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$out/runtime"

common=(
  --name Roundtrip
  --app-version "$version"
  --vendor Roundtrip
  --copyright "Apache-2.0"
  --description "Where the money in a group of companies really comes from"
)

# The launcher's JVM options (ADR 0008, ADR 0009, docs/benchmarks.md):
# - the serial collector: a desktop app's heap is small, and on a 1M-row ledger at -Xmx512m it keeps
#   the process ~100 MB leaner than G1 with pauses under 0.1 s;
# - a class-data archive of the classes a start loads, written by the .deb's postinst at the path the
#   jar is installed at (the JVM takes it for that path only; a missing archive is skipped quietly);
# - the optimising compiler only for code ten times hotter than by default: a start no longer spends
#   a core compiling code it runs a few thousand times; a million-row import is as fast.
"${jdk_bin}jpackage" --type app-image "${common[@]}" --dest "$out" \
  --input "$out/input" --main-jar roundtrip.jar --main-class org.roundtrip.Main \
  --runtime-image "$out/runtime" --icon installer/icons/roundtrip.png \
  --java-options -XX:+UseSerialGC \
  --java-options '-XX:SharedArchiveFile=$APPDIR/roundtrip.jsa' \
  --java-options -XX:Tier4InvocationThreshold=50000 --java-options -XX:Tier4MinInvocationThreshold=6000 \
  --java-options -XX:Tier4CompileThreshold=150000 --java-options -XX:Tier4BackEdgeThreshold=400000

# Does the trimmed runtime run the app? The launcher reads the bundled sample on the command line.
"$out/Roundtrip/bin/Roundtrip" summary "$out/Roundtrip/lib/app/samples/${sample##*/}" --json \
  | grep '"deals" *: *17' >/dev/null || { echo "build-linux: the app-image does not read its sample" >&2; exit 1; }

# The "roundtrip" command, which the menu entry and /usr/bin/roundtrip start: the same JVM, options
# and jar as bin/Roundtrip, without jpackage's launcher asking rpm and dpkg which package owns it on
# every start (installer/roundtrip-command.sh). It runs the runtime's own java, hence a runtime
# that keeps its bin/java (jlink without --strip-native-commands).
install -m 755 installer/roundtrip-command.sh "$out/Roundtrip/bin/roundtrip"

# The classes a start loads, for the archive postinst writes: the window started on the sample until
# its first chart is drawn (under Xvfb when there is no display), then the command line's summary.
# Its own preferences and recovery folder, so that the build machine's user settings play no part.
train=$(mktemp -d)
trap 'rm -rf "$train"' EXIT
probe="-Djava.util.prefs.userRoot=$train/prefs -Droundtrip.recoveryDir=$train/recovery -Droundtrip.benchmark.firstPaint=exit"
display=()
[ -n "${DISPLAY:-}" ] || display=(xvfb-run -a)
if [ -n "${DISPLAY:-}" ] || command -v xvfb-run >/dev/null; then
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$train/window.classlist $probe" timeout 120 "${display[@]}" \
    "$out/Roundtrip/bin/roundtrip" >/dev/null 2>&1 || echo "build-linux: the window's training start failed" >&2
else
  echo "build-linux: no display and no xvfb-run: the class list has the command line's classes only" >&2
fi
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$train/summary.classlist" \
  "$out/Roundtrip/bin/roundtrip" summary "$out/Roundtrip/lib/app/samples/${sample##*/}" --json >/dev/null 2>&1
cat "$train"/*.classlist | awk '!seen[$0]++' > "$out/Roundtrip/lib/app/roundtrip.classlist"
[ "$(grep -c '^org/roundtrip/' "$out/Roundtrip/lib/app/roundtrip.classlist")" -gt 100 ] \
  || { echo "build-linux: the class list names too few of the app's classes" >&2; exit 1; }

if [ "${1:-}" = --app-image ]; then
  echo "build-linux: $out/Roundtrip"
  exit 0
fi

# The .deb wraps that same app-image. installer/linux overrides three of jpackage's templates: the
# postinst/prerm that add and remove /usr/bin/roundtrip (they assume /opt/roundtrip, which
# --install-dir /opt gives), and the menu entry, to hand double-clicked workspaces to the app (%F).
# gzip, not dpkg's default xz: the jar and the runtime are compressed already, so xz takes minutes
# to save 4 % (a dpkg older than 1.21.10 ignores the variable and uses xz).
DPKG_DEB_COMPRESSOR_TYPE=gzip "${jdk_bin}jpackage" --type deb "${common[@]}" --dest "$out" \
  --app-image "$out/Roundtrip" --icon installer/icons/roundtrip.png \
  --linux-package-name roundtrip --linux-menu-group Office --linux-shortcut \
  --install-dir /opt --file-associations installer/roundtrip.properties \
  --license-file LICENSE --resource-dir installer/linux

# jpackage names it roundtrip_<version>-<Debian revision>_amd64.deb: keep the plain name documented.
deb="$out/roundtrip_${version}_amd64.deb"
mv "$out"/roundtrip_"${version}"-*_amd64.deb "$deb"
for installed in bin/Roundtrip bin/roundtrip lib/runtime/bin/java lib/app/roundtrip.classlist; do
  dpkg-deb -c "$deb" | grep " ./opt/roundtrip/$installed\$" >/dev/null \
    || { echo "build-linux: $deb does not install /opt/roundtrip/$installed" >&2; exit 1; }
done
echo "build-linux: $deb ($(du -h "$deb" | cut -f1)), runtime $(du -sh "$out/runtime" | cut -f1)"
