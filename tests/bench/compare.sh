#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# compare.sh: qmp-bench beside the floor tools of shared/bench, in one run on this machine, as a
# Markdown table (work | floor | qmp-bench | ratio | target). Each pair runs REPEATS times,
# back to back and in alternating order; the medians are shown, and as ratio the median of the
# pairs' ratios: absolute figures move with the machine's load, the ratios much less.
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
# most of its ids (qmp-bench counts from 1; the first is spent on qmp_capabilities). Its rows are
# for reference: the targets are set against rawqmp as it is.
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
# pair NAME FLOOR BENCH: keeps both figures and their ratio. The two ran back to back, so their
# ratio is taken under one load; the median of these ratios moves less than a ratio of medians
# whose halves may come from different moments.
pair() {
    add "raw_$1" "$2"
    add "bench_$1" "$3"
    add "ratio_$1" "$(awk -v f="$2" -v b="$3" 'BEGIN { print b / f }')"
}

raw_seq() { "$tmp/rawqmp" "$sock" "$n_rt" | figure seq_cmds_per_s; }
raw_seq_id() { "$tmp/rawqmp-id" "$sock" "$n_rt" | figure seq_cmds_per_s; }
bench_seq() { "$bench" roundtrip "$sock" "$n_rt" | figure seq_cmds_per_s; }
raw_pipe() { "$tmp/rawqmp" "$sock" "$n_rt" 8 | figure pipelined_cmds_per_s; }
raw_pipe_id() { "$tmp/rawqmp-id" "$sock" "$n_rt" 8 | figure pipelined_cmds_per_s; }
bench_pipe() { "$bench" roundtrip "$sock" "$n_rt" --window 8 | figure pipelined_cmds_per_s; }
raw_events() { blast; "$tmp/rawevents" "$tmp/blast.sock" | figure events_per_s; blast_done; }
bench_events() { blast; "$bench" events "$tmp/blast.sock" | figure events_per_s; blast_done; }
# both FLOOR BENCH: runs the two, the floor first in odd runs and qmp-bench first in even ones,
# so that load coming or going between them favours neither; sets f and b.
both() {
    if ((r % 2)); then
        f=$($1)
        b=$($2)
    else
        b=$($2)
        f=$($1)
    fi
}

for r in $(seq "$repeats"); do
    echo "compare.sh: run $r of $repeats" >&2
    for kind in seq pipe; do
        if [[ -x $tmp/rawqmp-id ]]; then
            # qmp-bench between its two floors, each of them next to it.
            if ((r % 2)); then
                f=$(raw_$kind); b=$(bench_$kind); fid=$(raw_${kind}_id)
            else
                fid=$(raw_${kind}_id); b=$(bench_$kind); f=$(raw_$kind)
            fi
            pair "$kind" "$f" "$b"
            pair "${kind}_id" "$fid" "$b"
        else
            both "raw_$kind" "bench_$kind"
            pair "$kind" "$f" "$b"
        fi
    done
    both raw_events bench_events
    pair events "$f" "$b"

    schema=$("$bench" schema "$sock" "$n_schema")
    pair schema "$(figure schema_raw_calls_per_s <<<"$schema")" "$(figure schema_calls_per_s <<<"$schema")"

    timeline=$("$bench" timeline "$n_timeline")
    add ingest "$(figure timeline_ingest_events_per_s <<<"$timeline")"
    add filter "$(figure timeline_filter_ms <<<"$timeline")"
    add bytes "$(figure timeline_bytes_per_event <<<"$timeline")"
    add json "$(figure timeline_json_bytes_per_event <<<"$timeline")"
done

m() { printf '%s' "${got[$1]}" | median; }
fmt() { awk -v v="$1" 'BEGIN { if (v >= 100) printf "%d", v + 0.5; else printf "%.1f", v }'; }
# row WORK NAME TARGET-TEXT MIN-RATIO: the medians of pair NAME and the median of its ratios.
row() {
    awk -v w="$1" -v f="$(fmt "$(m "raw_$2")")" -v b="$(fmt "$(m "bench_$2")")" -v r="$(m "ratio_$2")" \
        -v t="$3" -v min="$4" 'BEGIN {
        printf "| %s | %s | %s | %.2f | %s%s |\n", w, f, b, r, t, (min == "") ? "" : ": " ((r >= min) ? "met" : "missed")
    }'
}

echo
echo "Medians of $repeats runs; a ratio is the median of the ratios of runs taken back to back," \
    "floor and qmp-bench in alternating order; $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| work | floor | qmp-bench | ratio | target |"
echo "|---|---|---|---|---|"
row "\`query-status\` round trips, one at a time (/s)" seq "≥ 0.95" 0.95
if [[ -n ${got[raw_seq_id]:-} ]]; then
    row "the same, the floor sending qmp-bench's bytes (\`\"id\":$same_id\` added) (/s)" seq_id "(reference)" ""
fi
row "the same, 8 in flight (/s)" pipe "≥ 0.97" 0.97
if [[ -n ${got[raw_pipe_id]:-} ]]; then
    row "the same, 8 in flight, the floor sending qmp-bench's bytes (/s)" pipe_id "(reference)" ""
fi
awk -v f="$(fmt "$(m raw_events)")" -v b="$(fmt "$(m bench_events)")" -v r="$(m ratio_events)" -v n="$n_events" 'BEGIN {
    printf "| events received, parsed, delivered (/s, %s events) | %s | %s | %.2f | ≥ 1,000,000/s and ≥ 0.25: %s |\n",
        n, f, b, r, (b >= 1000000 && r >= 0.25) ? "met" : "missed"
}'
row "\`query-qmp-schema\`, reply parsed and tree model built (calls/s)" schema "≥ 0.9" 0.9
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
