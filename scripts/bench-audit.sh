#!/usr/bin/env bash
# Benchmarks `clausecheck audit` on a folder of PDFs, in one run, RUNS times, and prints the medians:
#   (a) `audit -j 2` wall time (cold JVM started by the ./clausecheck launcher as users run it, empty index)
#       against plain single-threaded PDFBox getText over
#       the same files (scripts/PlainPdfbox.java, fresh JVM, timed from the first file to the last);
#   (c) a second `audit` with nothing changed, against the first;
#   (d) a phrase query's median latency inside the JVM (search --repeat: 50 warm-up runs, 50 measured);
#   (b) with --memory: peak RSS under -Xmx512m for the folder and for four copies of it (under /tmp).
# AUDIT_OPTS: more options for every audit, e.g. AUDIT_OPTS="--ocr never" to compare the text-layer audit with
# PDFBox (which reads text layers only; with the default --ocr auto the audit also runs Tesseract on image pages).
# Usage: [AUDIT_OPTS=...] scripts/bench-audit.sh [DIR] [RUNS] [--memory]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$root/../shared/corpus/cuad/pdf}"
runs="${2:-3}"
memory="${3:-}"
jar="$root/cli/target/clausecheck.jar"
"$root/clausecheck" --version >/dev/null # builds the jar (and its class-data archive) when the sources changed
work="$(mktemp -d /tmp/clausecheck-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Wall seconds of one audit; the audit's own exit code (4: gaps found) is not a failure here.
timed_audit() {
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %M" -o "$work/time" "$root/clausecheck" audit "$@" ${AUDIT_OPTS:-} \
    --no-progress --format csv -o "$work/audit.csv" 2>"$work/audit.err" || true
  tail -1 "$work/audit.err" >&2
  tail -1 "$work/time"
}

echo "folder: $dir ($(find "$dir" -maxdepth 1 -iname '*.pdf' | wc -l) PDFs), $runs runs, audit options: ${AUDIT_OPTS:-none}, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$work/pdfbox"; : >"$work/first"; : >"$work/second"; : >"$work/search"
for run in $(seq 1 "$runs"); do
  pdfbox="$(java -cp "$jar" "$root/scripts/PlainPdfbox.java" "$dir" 2>/dev/null)"
  rm -rf "$work/index"
  first="$(timed_audit "$dir" -j 2 --index "$work/index" | cut -d' ' -f1)"
  second="$(timed_audit "$dir" -j 2 --index "$work/index" | cut -d' ' -f1)"
  search="$(java -jar "$jar" search '"source code"~5' --index "$work/index" --repeat 50 2>&1 >/dev/null \
    | sed -n 's/.*median \([0-9.]*\) ms.*/\1/p')"
  echo "$pdfbox" >>"$work/pdfbox"; echo "$first" >>"$work/first"; echo "$second" >>"$work/second"
  echo "$search" >>"$work/search"
  echo "run $run: plain PDFBox $pdfbox s, audit -j 2 $first s ($(awk "BEGIN { printf \"%.2f\", $first / $pdfbox }")x)," \
    "unchanged re-audit $second s ($(awk "BEGIN { printf \"%.1f\", 100 * $second / $first }")%)," \
    "phrase query median $search ms; load: $(cut -d' ' -f1-3 /proc/loadavg)"
done
p="$(median <"$work/pdfbox")"; f="$(median <"$work/first")"; s="$(median <"$work/second")"; q="$(median <"$work/search")"
echo "medians: plain PDFBox $p s, audit -j 2 $f s ($(awk "BEGIN { printf \"%.2f\", $f / $p }")x PDFBox)," \
  "unchanged re-audit $s s ($(awk "BEGIN { printf \"%.1f\", 100 * $s / $f }")% of the first), phrase query $q ms"

if [ "$memory" = "--memory" ]; then
  mkdir -p "$work/x4"
  for copy in 1 2 3 4; do cp -r "$dir" "$work/x4/copy$copy"; done
  for target in "$dir" "$work/x4"; do
    : >"$work/rss"
    for run in $(seq 1 "$runs"); do
      rm -rf "$work/index-rss"
      CLAUSECHECK_JAVA_OPTS=-Xmx512m timed_audit "$target" -j 2 --index "$work/index-rss" | cut -d' ' -f2 >>"$work/rss"
    done
    echo "peak RSS under -Xmx512m, $target ($(find "$target" -iname '*.pdf' | wc -l) PDFs): median $(median <"$work/rss") KB" \
      "(runs: $(tr '\n' ' ' <"$work/rss"))"
  done
fi
