#!/usr/bin/env bash
# Tests the Debian package the way a user meets it: builds it with build-linux.sh, installs it with
# dpkg, runs the installed "roundtrip" command on the installed sample, opens the installed window
# under Xvfb and photographs it, then removes the package and looks for leftovers.
# Needs root (it installs into /opt and /usr/bin, and removes roundtrip at the end even if it was
# installed before), xvfb-run and ImageMagick. Leaves target/installer/screenshot.png to look at.
# Ends with "installer: N passed, M failed"; exits 1 when anything failed. Run by .ci/run.
set -uo pipefail
cd "$(dirname "$0")/.."

out=target/installer
deb=$out/roundtrip_$(sed -n 's:^  <version>\([^<-]*\).*</version>.*:\1:p' pom.xml | head -n 1)_amd64.deb
sample=/opt/roundtrip/lib/app/samples/ai-circular-financing.xlsx
desktop_entry=/usr/share/applications/roundtrip-Roundtrip.desktop
mime_info=/usr/share/mime/packages/roundtrip-Roundtrip-MimeInfo.xml
# The file type's own entry, which update-mime-database (shared-mime-info) derives where installed.
mime_type=/usr/share/mime/application/x-roundtrip.xml
command -v update-mime-database >/dev/null || mime_type=$mime_info
defaults=/usr/share/applications/defaults.list
had_defaults=no
[ -e "$defaults" ] && had_defaults=yes
passed=0 failed=0 started=$SECONDS
sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)

pass() { echo "installer: ok    $1"; passed=$((passed + 1)); }
fail() { echo "installer: FAIL  $1${2:+ — $2}"; failed=$((failed + 1)); }

# 1. Build.
if installer/build-linux.sh && [ -f "$deb" ]; then
  pass "build: $deb"
else
  fail "build" "build-linux.sh failed, or left no $deb"
fi

# A desktop machine has the folders xdg-utils installs menu entries and file types into; a server
# or a fresh container lacks some, and there the package installs without them. Lend the missing
# ones for the test, so the menu entry and the file type are tested too; they go again at the end.
lent=()
for d in /etc/xdg/menus /usr/share/desktop-directories /usr/share/applications /usr/share/mime/packages; do
  top=$d
  while [ ! -d "$(dirname "$top")" ]; do top=$(dirname "$top"); done
  [ -d "$d" ] || { "${sudo[@]}" mkdir -p "$d" && lent+=("$top"); }
done

# 2. Install. dpkg does not fetch dependencies (X11 libraries, xdg-utils): on a machine that lacks
#    some, dpkg -i stops short and apt-get -f fetches them and finishes the installation.
if [ -f "$deb" ] && { "${sudo[@]}" dpkg -i "$deb" \
    || { "${sudo[@]}" apt-get update -q && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
           apt-get install -f -y -q --no-install-recommends; }; } \
   && [ "$(readlink -f /usr/bin/roundtrip)" = /opt/roundtrip/bin/roundtrip ] \
   && grep -q '^Exec=/opt/roundtrip/bin/roundtrip %F$' "$desktop_entry" \
   && [ -f "$sample" ] && [ -f "$desktop_entry" ] && [ -f "$mime_info" ] && [ -f "$mime_type" ] \
   && grep -q -- '-XX:+UseSerialGC' /opt/roundtrip/lib/app/Roundtrip.cfg \
   && grep -q -- '-XX:SharedArchiveFile=$APPDIR/roundtrip.jsa' /opt/roundtrip/lib/app/Roundtrip.cfg \
   && [ -s /opt/roundtrip/lib/app/roundtrip.jsa ]; then
  pass "install: /usr/bin/roundtrip and the menu entry -> /opt/roundtrip/bin/roundtrip (serial collector, class-data archive), the sample, file type"
else
  fail "install" "see dpkg's messages above"
fi

# 3. The command line, through the command on the PATH.
json=$(roundtrip summary "$sample" --json 2>"$out/summary.err")
status=$?
if [ "$status" = 0 ] && grep -q '"deals" *: *17[,}]' <<<"$json" \
   && grep -q '"path" *: *\[ *"Nvidia" *, *"OpenAI" *, *"Oracle" *, *"Nvidia" *\]' <<<"$json" \
   && [ ! -s "$out/summary.err" ]; then
  pass "command line: roundtrip summary reads 17 deals and the Nvidia → OpenAI → Oracle → Nvidia cycle"
else
  fail "command line" "exit $status, stdout ${json:0:200}, stderr $(head -c 300 "$out/summary.err" 2>/dev/null)"
fi

# 3b. The installed command maps the app's classes from the archive postinst wrote.
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$out/class-load.log" roundtrip summary "$sample" >/dev/null 2>&1
if grep -q 'org.roundtrip.Main source: shared objects file' "$out/class-load.log" 2>/dev/null; then
  pass "class-data archive: the installed app loads its classes from /opt/roundtrip/lib/app/roundtrip.jsa"
else
  fail "class-data archive" "org.roundtrip.Main: $(grep -m1 'org.roundtrip.Main ' "$out/class-load.log" 2>/dev/null)"
fi

# 4. The window, started as the menu entry starts it, photographed once the screen is no longer
#    blank (an empty Xvfb screen is one colour; the dashboard has hundreds) and the sample has had
#    time to load. The app must still be running when the picture is taken.
shot=$out/screenshot.png
rm -f "$shot"
# shellcheck disable=SC2016 # expanded by the inner shell
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  /opt/roundtrip/bin/roundtrip >"$1/window.log" 2>&1 &
  app=$!
  for _ in $(seq 60); do
    sleep 1
    kill -0 "$app" 2>/dev/null || exit 1
    import -window root "$2" 2>/dev/null || continue
    [ "$(convert "$2" -format %k info:)" -gt 50 ] && break
  done
  sleep 4
  kill -0 "$app" 2>/dev/null || exit 1
  import -window root "$2"
  kill "$app"
' window "$out" "$shot"
status=$?
colours=$( [ -f "$shot" ] && convert "$shot" -format %k info: || echo 0)
if [ "$status" = 0 ] && [ "$colours" -gt 50 ] && ! grep -q Exception "$out/window.log"; then
  pass "window: $shot has $colours colours"
else
  fail "window" "exit $status, $colours colours, log: $(head -c 300 "$out/window.log" 2>/dev/null)"
fi

# 5. Remove, and nothing of it stays behind; then purge, which forgets the package altogether.
if "${sudo[@]}" dpkg -r roundtrip && [ ! -e /opt/roundtrip ] && [ ! -L /usr/bin/roundtrip ] \
   && [ ! -e /usr/bin/roundtrip ] && [ ! -e "$desktop_entry" ] && [ ! -e "$mime_info" ] \
   && [ ! -e "$mime_type" ] && { [ "$had_defaults" = yes ] || [ ! -e "$defaults" ]; } \
   && "${sudo[@]}" dpkg --purge roundtrip && ! dpkg-query -W roundtrip >/dev/null 2>&1; then
  pass "remove: /opt/roundtrip, /usr/bin/roundtrip, the menu entry and the file type are gone"
else
  fail "remove" "left: $(ls -d /opt/roundtrip /usr/bin/roundtrip "$desktop_entry" "$mime_info" "$mime_type" \
    "$( [ "$had_defaults" = yes ] || echo "$defaults")" 2>/dev/null | tr '\n' ' ')"
fi
# Whatever is in a lent folder now was put there during the test.
for d in "${lent[@]}"; do
  "${sudo[@]}" rm -rf "$d"
done

size=$( [ -f "$deb" ] && du -m "$deb" | cut -f1 || echo '?')
runtime=$( [ -d "$out/runtime" ] && du -sm "$out/runtime" | cut -f1 || echo '?')
echo "installer: package ${size} MB, runtime ${runtime} MB, $((SECONDS - started)) s"
echo "installer: $passed passed, $failed failed"
[ "$failed" = 0 ]
