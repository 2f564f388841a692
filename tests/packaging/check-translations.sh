#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Every translation complete: no unfinished or empty entries in the .ts files, and none missing,
# which lupdate over the current sources (into copies) would reveal as new unfinished entries.
set -uo pipefail
src=${1:?usage: check-translations.sh SOURCE_DIR LUPDATE}
lupdate=${2:?usage: check-translations.sh SOURCE_DIR LUPDATE}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
passes=0
failures=0
for ts in "$src"/translations/*.ts; do
    name=$(basename "$ts")
    unfinished=$(grep -c 'type="unfinished"' "$ts")
    empty=$(grep -cE '<translation>\s*</translation>|<numerusform>\s*</numerusform>' "$ts")
    if [ "$unfinished" -eq 0 ] && [ "$empty" -eq 0 ]; then
        passes=$((passes + 1)); echo "PASS: $name has no unfinished or empty entries"
    else
        failures=$((failures + 1)); echo "FAIL: $name has $unfinished unfinished and $empty empty entries"
    fi
    cp "$ts" "$out/$name"
    (cd "$src" && "$lupdate" -silent -no-obsolete -locations none src/qmp src/schema src/app src/gui ui -ts "$out/$name") >/dev/null 2>&1
    missing=$(grep -c 'type="unfinished"' "$out/$name")
    if [ "$missing" -eq 0 ]; then
        passes=$((passes + 1)); echo "PASS: $name covers every string of the sources"
    else
        failures=$((failures + 1)); echo "FAIL: $name lacks $missing strings of the sources (run the update_translations target and translate them)"
        grep -B3 'type="unfinished"' "$out/$name" | grep '<source>' | head -n 20 | sed 's/^/    /'
    fi
done
echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
