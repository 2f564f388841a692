#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Every translation complete: no unfinished or empty entries in the .ts files, and none missing,
# which lupdate over the current sources (into copies: the sources' .ts files are never written)
# would reveal as new unfinished entries. qmp-console_en.ts holds only the English plural forms.
# A tr() that lupdate cannot give a context to never reaches a translator, so that fails too.
set -uo pipefail
src=${1:?usage: check-translations.sh SOURCE_DIR LUPDATE}
lupdate=${2:?usage: check-translations.sh SOURCE_DIR LUPDATE}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
passes=0
failures=0
pass() { passes=$((passes + 1)); echo "PASS: $*"; }
fail() { failures=$((failures + 1)); echo "FAIL: $*"; }

shopt -s nullglob
ts_files=("$src"/translations/*.ts)
if [ "${#ts_files[@]}" -eq 0 ]; then
    fail "no .ts files in $src/translations"
fi
for ts in "${ts_files[@]}"; do
    name=$(basename "$ts")
    unfinished=$(grep -c 'type="unfinished"' "$ts")
    empty=$(grep -cE '<translation>\s*</translation>|<translation/>|<numerusform>\s*</numerusform>|<numerusform/>' "$ts")
    if [ "$unfinished" -eq 0 ] && [ "$empty" -eq 0 ]; then
        pass "$name has no unfinished or empty entries"
    else
        fail "$name has $unfinished unfinished and $empty empty entries"
        grep -B3 -E 'type="unfinished"|<translation>\s*</translation>|<numerusform>\s*</numerusform>' "$ts" \
            | grep '<source>' | head -n 20 | sed 's/^/    /'
    fi

    options=(-no-obsolete -locations none)
    case "$name" in *_en.ts) options+=(-pluralonly) ;; esac
    cp "$ts" "$out/$name"
    if ! (cd "$src" && "$lupdate" "${options[@]}" src/qmp src/schema src/app src/gui ui -ts "$out/$name") \
        >"$out/lupdate.log" 2>&1; then
        fail "lupdate failed on $name"
        sed 's/^/    /' "$out/lupdate.log"
        continue
    fi
    lupdate_ran=1
    missing=$(grep -c 'type="unfinished"' "$out/$name")
    if [ "$missing" -eq 0 ]; then
        pass "$name covers every string of the sources"
    else
        fail "$name lacks $missing strings of the sources (run the update_translations target and translate them)"
        grep -B3 'type="unfinished"' "$out/$name" | grep '<source>' | head -n 20 | sed 's/^/    /'
    fi
done

# Strings lupdate sees but cannot place in a context: they are never offered for translation.
if [ -n "${lupdate_ran:-}" ]; then
    no_context=$(grep -c 'cannot be called without context' "$out/lupdate.log")
    if [ "$no_context" -eq 0 ]; then
        pass "every tr() call has a context"
    else
        fail "$no_context tr() calls have no context (use QCoreApplication::translate or Q_DECLARE_TR_FUNCTIONS)"
        grep 'cannot be called without context' "$out/lupdate.log" | head -n 20 | sed 's/^/    /'
    fi
fi

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
