#!/usr/bin/env bash
# Throughput of OCR (docs/ocr.md): `clausecheck check --ocr always` on an image-only PDF against plain
# `pdftoppm -r 300` plus `tesseract` page by page on the same file, alternating, in the same run; prints the
# median wall time of each and their ratio. Usage: scripts/ocr-benchmark.sh SCAN.pdf [RUNS, default 3]
# A scan as docs/ocr.md measures: java -cp cli/target/clausecheck.jar scripts/SimulateScan.java CONTRACT.pdf SCAN.pdf
set -euo pipefail
cd "$(dirname "$0")/.."
scan="$1"; runs="${2:-3}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
./clausecheck --version >/dev/null   # builds the jar first when needed, outside the timing

plain() {
  pdftoppm -r 300 -gray "$scan" "$work/page"
  for image in "$work"/page*.pgm; do tesseract "$image" "$work/out" -l eng >/dev/null 2>&1; done
  rm -f "$work"/page*.pgm
}
ours() {
  ./clausecheck check "$scan" --ocr always --fail-on never --no-inventory -o "$work/report.txt" 2>/dev/null || true
}
seconds() { local start end; start=$(date +%s.%N); "$@"; end=$(date +%s.%N); echo "$end - $start" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

plain_times=(); our_times=()
for _ in $(seq "$runs"); do
  plain_times+=("$(seconds plain)")
  our_times+=("$(seconds ours)")
done
plain_median=$(printf '%s\n' "${plain_times[@]}" | median)
our_median=$(printf '%s\n' "${our_times[@]}" | median)
echo "pdftoppm -r 300 + tesseract, page by page: median ${plain_median} s (${plain_times[*]})"
echo "clausecheck check --ocr always:             median ${our_median} s (${our_times[*]})"
echo "ratio: $(echo "scale=2; $our_median / $plain_median" | bc)"
