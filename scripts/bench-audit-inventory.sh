#!/usr/bin/env bash
# What the clause inventory and key terms add to `clausecheck audit`: RUNS pairs of audits of DIR into empty
# indexes, one without the inventory (--no-inventory) and one with it (the default), interleaved so that a change in
# the machine's load falls on both. Prints per run and the medians of wall time and of CPU time (user + system, less
# sensitive to other processes on a shared machine), and the ratios with / without.
# Usage: scripts/bench-audit-inventory.sh [DIR] [RUNS] [JOBS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$root/../shared/corpus/cuad/pdf}"
runs="${2:-5}"
jobs="${3:-2}"
"$root/clausecheck" --version >/dev/null # builds the jar when the sources changed
work="$(mktemp -d /tmp/clausecheck-bench-inventory.XXXXXX)"
trap 'rm -rf "$work"' EXIT

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# "wall cpu" seconds of one audit into a new index; the audit's exit code (4: gaps found) is not a failure here.
timed_audit() {
  rm -rf "$work/index"
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$root/clausecheck" audit "$dir" -j "$jobs" --index "$work/index" \
    --no-progress --format csv -o "$work/audit.csv" "$@" 2>"$work/audit.err" || true
  grep -q "contracts audited" "$work/audit.err" || { cat "$work/audit.err" >&2; exit 1; }
  tail -1 "$work/time" | awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' # after "Command exited with ..."
}

echo "folder: $dir ($(find "$dir" -maxdepth 1 -iname '*.pdf' | wc -l) PDFs), $runs runs, -j $jobs, $(nproc) cores," \
  "load: $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$work/without"; : >"$work/with"
for run in $(seq 1 "$runs"); do
  without="$(timed_audit --no-inventory)"
  with="$(timed_audit)"
  echo "$without" >>"$work/without"; echo "$with" >>"$work/with"
  echo "run $run: without inventory $without, with $with (wall s, cpu s); load: $(cut -d' ' -f1-3 /proc/loadavg)"
done
ww="$(cut -d' ' -f1 "$work/without" | median)"; wc="$(cut -d' ' -f2 "$work/without" | median)"
iw="$(cut -d' ' -f1 "$work/with" | median)"; ic="$(cut -d' ' -f2 "$work/with" | median)"
echo "medians: without inventory wall $ww s, cpu $wc s; with inventory wall $iw s, cpu $ic s;" \
  "with / without: wall $(awk "BEGIN { printf \"%.3f\", $iw / $ww }"), cpu $(awk "BEGIN { printf \"%.3f\", $ic / $wc }")"
