# Builds Roundtrip's Windows installer with the JDK's own tools, no Java needed on the target machine:
#   target\installer\Roundtrip\                 the app-image (Roundtrip.exe, roundtrip-cli.exe, runtime)
#   target\installer\Roundtrip-<version>.msi    installs to C:\Program Files\Roundtrip
# The same steps as build-linux.sh (change them together): jar, jdeps + extra-modules.txt, jlink,
# jpackage app-image, check it reads the sample, jpackage msi.
# Needs JDK 17 (JAVA_HOME or PATH), Maven, and WiX Toolset 3.x on PATH (candle.exe, light.exe;
# jpackage 17 does not know WiX 4 or later): e.g. choco install wixtoolset.
# Usage, from any folder:  powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
# Not run by CI (Linux only).
$ErrorActionPreference = 'Stop'
Set-Location (Split-Path -Parent $PSScriptRoot)

$jdkBin = if ($env:JAVA_HOME) { Join-Path $env:JAVA_HOME 'bin' } else { '' }
function Jdk($tool) { if ($jdkBin) { Join-Path $jdkBin "$tool.exe" } else { $tool } }
function Run($exe) {
    & $exe @args
    if ($LASTEXITCODE -ne 0) { throw "build-windows: $exe failed ($LASTEXITCODE)" }
}
foreach ($tool in (Jdk 'jdeps'), (Jdk 'jlink'), (Jdk 'jpackage'), 'mvn', 'candle.exe', 'light.exe') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { throw "build-windows: $tool not found" }
}

$out = 'target\installer'
$jar = 'target\roundtrip.jar'
$sample = 'samples\ai-circular-financing.xlsx'

# The project's own <version>; MSI wants numbers only, so 1.2.0-SNAPSHOT is packaged as 1.2.0.
$version = ((Select-String -Path pom.xml -Pattern '^  <version>([^<-]+)' | Select-Object -First 1).Matches[0].Groups[1].Value)

# The runnable jar, unless it is newer than every source.
$stale = -not (Test-Path $jar) -or (Get-ChildItem pom.xml, src, samples -Recurse -File |
    Where-Object { $_.LastWriteTime -gt (Get-Item $jar).LastWriteTime } | Select-Object -First 1)
if ($stale) { Run mvn -B -ntp -q -DskipTests package }

Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$out\input\samples" | Out-Null
Copy-Item $jar "$out\input\"
Copy-Item $sample "$out\input\samples\"    # lands in app\samples\ under the install folder

$modules = (& (Jdk 'jdeps') --print-module-deps --ignore-missing-deps --multi-release 17 $jar).Trim()
$extra = (Get-Content installer\extra-modules.txt | ForEach-Object { ($_ -replace '#.*', '').Trim() } |
          Where-Object { $_ }) -join ','
# (Arguments with a comma are quoted: unquoted, PowerShell would split them into two.)
Run (Jdk 'jlink') --add-modules "$modules,$extra" '--include-locales=en,fr' `
    --strip-debug --strip-native-commands --no-header-files --no-man-pages --compress=2 `
    --output "$out\runtime"

$common = @('--name', 'Roundtrip', '--app-version', $version, '--vendor', 'Roundtrip',
            '--copyright', 'Apache-2.0', '--description', 'Where the money in a group of companies really comes from')

Run (Jdk 'jpackage') --type app-image @common --dest $out `
    --input "$out\input" --main-jar roundtrip.jar --main-class org.roundtrip.Main `
    --runtime-image "$out\runtime" --icon installer\icons\roundtrip.ico `
    --java-options '-XX:+UseSerialGC' `
    --add-launcher 'roundtrip-cli=installer\windows\roundtrip-cli.properties'

$json = & "$out\Roundtrip\roundtrip-cli.exe" summary "$out\Roundtrip\app\samples\ai-circular-financing.xlsx" --json
if (-not ($json -match '"deals" *: *17')) { throw 'build-windows: the app-image does not read its sample' }

# The upgrade code stays the same for every version, so a newer MSI replaces an older one.
Run (Jdk 'jpackage') --type msi @common --dest $out --app-image "$out\Roundtrip" `
    --win-upgrade-uuid 'cbc008ac-ffd7-4c81-bf78-bddf738d7896' `
    --win-menu --win-menu-group Roundtrip --win-shortcut --win-dir-chooser `
    --file-associations installer\roundtrip.properties --license-file LICENSE

Write-Output "build-windows: $out\Roundtrip-$version.msi"
