#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# compare.sh: qmp-bench beside the floor tools of shared/bench, in one run on this machine, as a
# Markdown table (work | floor | qmp-bench | ratio | target). Each pair runs REPEATS times,
# interleaved, and the medians are shown: absolute figures move with the machine's load, the
# ratios much less.
#
# usage: tests/bench/compare.sh            (after building qmp-bench into build/bin)
# environment: QMP_BENCH (default build/bin/qmp-bench), QMP_FLOOR_DIR (default ../shared/bench
# beside the checkout), REPEATS (3), N_ROUNDTRIPS (5000), N_SCHEMA (30), N_EVENTS (500000),
# N_TIMELINE (1000000).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bench=${QMP_BENCH:-$root/build/bin/qmp-bench}
floor=${QMP_FLOOR_DIR:-$root/../shared/bench}
repeats=${REPEATS:-3}
n_rt=${N_ROUNDTRIPS:-5000}
n_schema=${N_SCHEMA:-30}
n_events=${N_EVENTS:-500000}
n_timeline=${N_TIMELINE:-1000000}

die() { echo "compare.sh: $*" >&2; exit 1; }
[[ -x $bench ]] || die "no $bench: build it first (cmake --build build --target qmp-bench)"
for f in rawqmp.c rawevents.c blastserver.c qemu-fixture.sh; do
    [[ -e $floor/$f ]] || die "no $floor/$f: set QMP_FLOOR_DIR to the shared/bench folder"
done
command -v gcc >/dev/null || die "gcc is needed to build the floor tools"

tmp=$(mktemp -d)
cleanup() {
    [[ -f $tmp/qemu/qemu.pid ]] && kill "$(cat "$tmp/qemu/qemu.pid")" 2>/dev/null || true
    [[ -n ${blast_pid:-} ]] && kill "$blast_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

for t in rawqmp rawevents blastserver; do
    gcc -O2 -o "$tmp/$t" "$floor/$t.c"
done
# QEMU reads QMP input one byte per main-loop turn, so a command costs it time in proportion to
# its length. rawqmp sends no id; a client that matches replies by id cannot do without one. This
# second floor is rawqmp sending the bytes qmp-bench sends: the same command with an id as wide as
# most of its ids (qmp-bench counts from 1; the first is spent on qmp_capabilities).
id_width=${#n_rt}
same_id=1$(printf '%0*d' $((id_width - 1)) 0)
sed 's|\\"query-status\\"}\\n"|\\"query-status\\",\\"id\\":'"$same_id"'}\\n"|' "$floor/rawqmp.c" >"$tmp/rawqmp-id.c"
if grep -qF "\\\"id\\\":$same_id}" "$tmp/rawqmp-id.c"; then
    gcc -O2 -o "$tmp/rawqmp-id" "$tmp/rawqmp-id.c"
fi
"$floor/qemu-fixture.sh" "$tmp/qemu"
sock=$tmp/qemu/qmp.sock

# figure NAME: the value of the `NAME value` line on stdin.
figure() { awk -v n="$1" '$1 == n { print $2; found = 1 } END { if (!found) exit 1 }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

blast() { # starts blastserver for one client
    rm -f "$tmp/blast.sock"
    "$tmp/blastserver" "$tmp/blast.sock" "$n_events" &
    blast_pid=$!
    for _ in $(seq 100); do [[ -S $tmp/blast.sock ]] && return 0; sleep 0.05; done
    die "blastserver did not start"
}
blast_done() { wait "$blast_pid" 2>/dev/null || true; blast_pid=; }

declare -A got
add() { got[$1]+="$2"$'\n'; }

for r in $(seq "$repeats"); do
    echo "compare.sh: run $r of $repeats" >&2
    add raw_seq "$("$tmp/rawqmp" "$sock" "$n_rt" | figure seq_cmds_per_s)"
    add bench_seq "$("$bench" roundtrip "$sock" "$n_rt" | figure seq_cmds_per_s)"
    if [[ -x $tmp/rawqmp-id ]]; then
        add raw_seq_id "$("$tmp/rawqmp-id" "$sock" "$n_rt" | figure seq_cmds_per_s)"
    fi
    add raw_pipe "$("$tmp/rawqmp" "$sock" "$n_rt" 8 | figure pipelined_cmds_per_s)"
    add bench_pipe "$("$bench" roundtrip "$sock" "$n_rt" --window 8 | figure pipelined_cmds_per_s)"

    blast; add raw_events "$("$tmp/rawevents" "$tmp/blast.sock" | figure events_per_s)"; blast_done
    blast; add bench_events "$("$bench" events "$tmp/blast.sock" | figure events_per_s)"; blast_done

    schema=$("$bench" schema "$sock" "$n_schema")
    add raw_schema "$(figure schema_raw_calls_per_s <<<"$schema")"
    add bench_schema "$(figure schema_calls_per_s <<<"$schema")"

    timeline=$("$bench" timeline "$n_timeline")
    add ingest "$(figure timeline_ingest_events_per_s <<<"$timeline")"
    add filter "$(figure timeline_filter_ms <<<"$timeline")"
    add bytes "$(figure timeline_bytes_per_event <<<"$timeline")"
    add json "$(figure timeline_json_bytes_per_event <<<"$timeline")"
done

m() { printf '%s' "${got[$1]}" | median; }
# row WORK FLOOR BENCH TARGET-TEXT MIN-RATIO: ratio BENCH/FLOOR against a minimum.
row() {
    awk -v w="$1" -v f="$2" -v b="$3" -v t="$4" -v min="$5" 'BEGIN {
        r = b / f
        printf "| %s | %s | %s | %.2f | %s: %s |\n", w, f, b, r, t, (r >= min) ? "met" : "missed"
    }'
}
fmt() { awk -v v="$1" 'BEGIN { if (v >= 100) printf "%d", v + 0.5; else printf "%.1f", v }'; }

echo
echo "Medians of $repeats interleaved runs; $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| work | floor | qmp-bench | ratio | target |"
echo "|---|---|---|---|---|"
row "\`query-status\` round trips, one at a time (/s)" "$(fmt "$(m raw_seq)")" "$(fmt "$(m bench_seq)")" "≥ 0.95" 0.95
if [[ -n ${got[raw_seq_id]:-} ]]; then
    awk -v f="$(fmt "$(m raw_seq_id)")" -v b="$(fmt "$(m bench_seq)")" -v id="$same_id" 'BEGIN {
        printf "| the same, floor sending qmp-bench'"'"'s bytes (`\"id\":%s` added) (/s) | %s | %s | %.2f | (reference) |\n", id, f, b, b / f
    }'
fi
row "the same, 8 in flight (/s)" "$(fmt "$(m raw_pipe)")" "$(fmt "$(m bench_pipe)")" "≥ 0.97" 0.97
ev_raw=$(m raw_events); ev=$(m bench_events)
awk -v f="$(fmt "$ev_raw")" -v b="$(fmt "$ev")" -v n="$n_events" 'BEGIN {
    r = b / f
    printf "| events received, parsed, delivered (/s, %s events) | %s | %s | %.2f | ≥ 1,000,000/s and ≥ 0.25: %s |\n",
        n, f, b, r, (b >= 1000000 && r >= 0.25) ? "met" : "missed"
}'
row "\`query-qmp-schema\`, reply parsed and tree model built (calls/s)" "$(fmt "$(m raw_schema)")" "$(fmt "$(m bench_schema)")" "≥ 0.9" 0.9
awk -v b="$(fmt "$(m ingest)")" -v n="$n_timeline" 'BEGIN {
    printf "| timeline ingest, %d events, filter proxy attached (events/s) | — | %s | — | ≥ 500,000: %s |\n", n, b, (b >= 500000) ? "met" : "missed"
}'
awk -v b="$(m filter)" -v n="$n_timeline" 'BEGIN {
    printf "| timeline filter change over %d events, slower of name and text (ms) | — | %.1f | — | ≤ 150: %s |\n", n, b, (b <= 150) ? "met" : "missed"
}'
awk -v f="$(m json)" -v b="$(m bytes)" 'BEGIN {
    r = b / f
    printf "| timeline memory per event (bytes; floor: the event'"'"'s JSON) | %.1f | %.1f | %.2f | ≤ 2.0: %s |\n", f, b, r, (r <= 2.0) ? "met" : "missed"
}'
