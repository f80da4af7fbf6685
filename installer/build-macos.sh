#!/usr/bin/env bash
# Builds Roundtrip's macOS disk image with the JDK's own tools, no Java needed on the target machine:
#   target/installer/Roundtrip.app               the app bundle (launcher, trimmed runtime, jar)
#   target/installer/Roundtrip-<version>.dmg     drag Roundtrip.app to Applications
# The same steps as build-linux.sh (change them together): jar, jdeps + extra-modules.txt, jlink,
# jpackage app-image, check it reads the sample, jpackage dmg. The icon is made from the PNG with
# the stock sips and iconutil. Needs a JDK 17 for the Mac's own architecture, and Maven.
# Usage: installer/build-macos.sh    (VERSION=1.0.0 installer/build-macos.sh: see below)
# Not run by CI (Linux only). The image is not signed: Gatekeeper asks once, on first opening.
set -euo pipefail
cd "$(dirname "$0")/.."

jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
out=target/installer
jar=target/roundtrip.jar
sample=samples/ai-circular-financing.xlsx

for tool in "${jdk_bin}jdeps" "${jdk_bin}jlink" "${jdk_bin}jpackage" mvn sips iconutil; do
  command -v "$tool" >/dev/null || { echo "build-macos: $tool not found (JDK 17+, maven)" >&2; exit 1; }
done

# The project's own <version>, numbers only. macOS bundle versions must start at 1 or more, so a
# 0.x project needs VERSION given explicitly (jpackage refuses 0.1.0 here, unlike on Linux and Windows).
version=${VERSION:-$(sed -n 's:^  <version>\([^<-]*\).*</version>.*:\1:p' pom.xml | head -n 1)}
[[ $version =~ ^[1-9][0-9]*(\.[0-9]+){0,2}$ ]] || {
  echo "build-macos: macOS needs a version from 1 up; pom.xml has '$version': try VERSION=1.0.0 $0" >&2
  exit 1
}

if [ ! -f "$jar" ] || [ -n "$(find pom.xml src samples -newer "$jar" -print -quit)" ]; then
  mvn -B -ntp -q -DskipTests package
fi

rm -rf "$out"
mkdir -p "$out/input/samples" "$out/roundtrip.iconset"
cp "$jar" "$out/input/"
# Everything under --input lands in the bundle's Contents/app/: the sample at Contents/app/samples/.
cp "$sample" "$out/input/samples/"

for size in 16 32 128 256; do
  sips -z "$size" "$size" installer/icons/roundtrip.png --out "$out/roundtrip.iconset/icon_${size}x${size}.png" >/dev/null
  sips -z $((size * 2)) $((size * 2)) installer/icons/roundtrip.png \
    --out "$out/roundtrip.iconset/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil -c icns "$out/roundtrip.iconset" -o "$out/roundtrip.icns"

modules=$("${jdk_bin}jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")
extra=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' installer/extra-modules.txt | paste -sd, -)
"${jdk_bin}jlink" --add-modules "$modules,$extra" --include-locales=en,fr \
  --strip-debug --strip-native-commands --no-header-files --no-man-pages --compress=2 \
  --output "$out/runtime"

common=(
  --name Roundtrip
  --app-version "$version"
  --vendor Roundtrip
  --copyright "Apache-2.0"
  --description "Where the money in a group of companies really comes from"
)

"${jdk_bin}jpackage" --type app-image "${common[@]}" --dest "$out" \
  --input "$out/input" --main-jar roundtrip.jar --main-class org.roundtrip.Main \
  --runtime-image "$out/runtime" --icon "$out/roundtrip.icns" \
  --mac-package-identifier org.roundtrip --mac-package-name Roundtrip \
  --java-options -XX:+UseSerialGC

"$out/Roundtrip.app/Contents/MacOS/Roundtrip" summary "$out/Roundtrip.app/Contents/app/samples/${sample##*/}" --json \
  | grep '"deals" *: *17' >/dev/null || { echo "build-macos: the app bundle does not read its sample" >&2; exit 1; }

# The disk image is built from the same input and runtime rather than from Roundtrip.app: on macOS
# the file association lives in the bundle's Info.plist, which jpackage writes only when it builds
# the bundle itself. A disk image runs no install script: the README tells how to put "roundtrip"
# on the PATH.
"${jdk_bin}jpackage" --type dmg "${common[@]}" --dest "$out" \
  --input "$out/input" --main-jar roundtrip.jar --main-class org.roundtrip.Main \
  --runtime-image "$out/runtime" --icon "$out/roundtrip.icns" \
  --mac-package-identifier org.roundtrip --mac-package-name Roundtrip \
  --file-associations installer/roundtrip.properties --license-file LICENSE

echo "build-macos: $out/Roundtrip-$version.dmg ($(du -h "$out/Roundtrip-$version.dmg" | cut -f1))"
