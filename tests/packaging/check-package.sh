#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds the .deb and .tar.gz from a finished build tree and inspects them as a distribution would:
# the files they install, the dependencies the .deb declares, and the desktop and AppStream
# validators over the installed files.
set -uo pipefail
build=${1:?usage: check-package.sh BUILD_DIR [SOURCE_DIR]}
src=${2:-}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failures=0
passes=0
check() { # check DESCRIPTION COMMAND...
    local what=$1; shift
    if "$@" >"$out/last.log" 2>&1; then
        passes=$((passes + 1)); echo "PASS: $what"
    else
        failures=$((failures + 1)); echo "FAIL: $what"; sed 's/^/    /' "$out/last.log"
    fi
}

(cd "$build" && cpack -G "DEB;TGZ" -B "$out/pkg" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; echo "0 passed, 1 failed"; exit 1; }
deb=$(ls "$out"/pkg/*.deb 2>/dev/null | head -n1)
tgz=$(ls "$out"/pkg/*.tar.gz 2>/dev/null | head -n1)
check ".deb built" test -f "$deb"
check ".tar.gz built" test -f "$tgz"

dpkg-deb -c "$deb" >"$out/contents.txt" 2>&1
for f in ./usr/bin/qmp-console ./usr/bin/qmpctl \
         ./usr/share/applications/io.github.qmpconsole.QmpConsole.desktop \
         ./usr/share/metainfo/io.github.qmpconsole.QmpConsole.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/qmp-console.svg \
         ./usr/share/icons/hicolor/48x48/apps/qmp-console.png \
         ./usr/share/icons/hicolor/256x256/apps/qmp-console.png \
         ./usr/share/man/man1/qmp-console.1.gz ./usr/share/man/man1/qmpctl.1.gz; do
    check "the .deb installs $f" grep -q " $f\$" "$out/contents.txt"
done
if [ -d "$build/translations" ] || ls "$build"/src/gui/*.qm >/dev/null 2>&1; then
    check "the .deb installs translations" grep -q '/usr/share/qmp-console/translations/.*\.qm$' "$out/contents.txt"
fi
if [ -n "$src" ]; then
    for ts in "$src"/translations/*.ts; do
        qm=$(basename "$ts" .ts).qm
        check "the .deb installs $qm" grep -q "/usr/share/qmp-console/translations/$qm\$" "$out/contents.txt"
    done
fi

dpkg-deb -f "$deb" Depends >"$out/depends.txt"
check "Depends names the Qt 6 libraries" grep -q 'libqt6widgets6' "$out/depends.txt"
check "Depends names the C++ runtime" grep -q 'libstdc++6' "$out/depends.txt"
check "Recommends QEMU" sh -c "dpkg-deb -f '$deb' Recommends | grep -q qemu-system-x86"

mkdir -p "$out/root"
dpkg-deb -x "$deb" "$out/root"
check "desktop-file-validate" desktop-file-validate "$out/root/usr/share/applications/io.github.qmpconsole.QmpConsole.desktop"
check "appstreamcli validate" appstreamcli validate --no-net --pedantic "$out/root/usr/share/metainfo/io.github.qmpconsole.QmpConsole.metainfo.xml"
if [ -n "$src" ]; then
    # Each screenshot the metainfo names is one of docs/screenshots.
    for url in $(sed -n 's|.*<image>\(.*\)</image>.*|\1|p' "$out/root/usr/share/metainfo/io.github.qmpconsole.QmpConsole.metainfo.xml"); do
        check "the screenshot $(basename "$url") exists" test -s "$src/docs/screenshots/$(basename "$url")"
    done
fi
check "the PNG icon is a 256x256 PNG" sh -c "file '$out/root/usr/share/icons/hicolor/256x256/apps/qmp-console.png' | grep -q '256 x 256'"
check "the man pages format" sh -c "for p in '$out'/root/usr/share/man/man1/*.1.gz; do zcat \"\$p\" | groff -man -Tutf8 -z -ww 2>&1 | grep . && exit 1; done; exit 0"
check "installed qmpctl runs" "$out/root/usr/bin/qmpctl" --version
check "installed qmp-console runs" env QT_QPA_PLATFORM=offscreen "$out/root/usr/bin/qmp-console" --version
check "installed qmp-console speaks German" sh -c "env LANG=de_DE.UTF-8 LC_ALL= LANGUAGE= QT_QPA_PLATFORM=offscreen '$out/root/usr/bin/qmp-console' --help | grep -q 'Desktop-Konsole'"
check "the .tar.gz holds both programs" sh -c "tar -tzf '$tgz' | grep -q 'bin/qmp-console\$' && tar -tzf '$tgz' | grep -q 'bin/qmpctl\$'"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
