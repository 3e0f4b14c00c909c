#!/usr/bin/env bash
# Renders a clausecheck HTML report in headless Chromium, takes a screenshot and checks that the page
# shows what a reviewer needs: the summary table and at least one piece of evidence marked in context.
#
# Usage: scripts/check-html-report.sh REPORT.html [SCREENSHOT.png]
#   REPORT.html     a report written by `clausecheck check --format html` (or any HtmlReportRenderer output)
#   SCREENSHOT.png  where to write the screenshot; default: REPORT.png next to the report
# Environment:
#   CHROMIUM        the browser binary (default: chromium, then chromium-browser, google-chrome)
#   MIN_PNG_BYTES   smallest screenshot accepted as non-blank (default: 20000)
#   WINDOW_SIZE     browser window (default: 1280,2000)
# Exit codes: 0 the page passed every check, 1 a check failed, 2 usage error or no browser.
#
# Chromium runs with a throw-away profile and with background networking, sync, component updates and
# QUIC off; the report itself must not need the network (its Content-Security-Policy forbids it).
set -euo pipefail

fail() { echo "check-html-report: FAIL: $*" >&2; exit 1; }
usage() { echo "check-html-report: $*" >&2; echo "usage: $0 REPORT.html [SCREENSHOT.png]" >&2; exit 2; }

[[ $# -ge 1 && $# -le 2 ]] || usage "expected a report file and an optional screenshot path"
report=$1
[[ -f $report ]] || usage "no such file: $report"
report_abs=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
screenshot=${2:-${report%.*}.png}
screenshot_abs=$(mkdir -p "$(dirname "$screenshot")" && cd "$(dirname "$screenshot")" && pwd)/$(basename "$screenshot")
min_png_bytes=${MIN_PNG_BYTES:-20000}
window_size=${WINDOW_SIZE:-1280,2000}

browser=${CHROMIUM:-}
if [[ -z $browser ]]; then
  for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
  done
fi
[[ -n $browser ]] && command -v "$browser" >/dev/null 2>&1 \
  || usage "no Chromium found; install it (Debian: apt-get install chromium) or set CHROMIUM"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# file:// URL of the report, percent-encoding what a path may hold that a URL may not.
url="file://$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$report_abs" 2>/dev/null \
  || printf '%s' "$report_abs" | sed -e 's/%/%25/g' -e 's/ /%20/g' -e 's/#/%23/g' -e 's/?/%3F/g')"

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --hide-scrollbars --window-size="$window_size")

rm -f "$screenshot_abs"
"$browser" "${flags[@]}" --user-data-dir="$work/profile-shot" --screenshot="$screenshot_abs" "$url" \
  >"$work/screenshot.log" 2>&1 || { cat "$work/screenshot.log" >&2; fail "chromium could not take the screenshot"; }
"$browser" "${flags[@]}" --user-data-dir="$work/profile-dom" --dump-dom "$url" \
  >"$work/dom.html" 2>"$work/dom.log" || { cat "$work/dom.log" >&2; fail "chromium could not dump the DOM"; }

dom="$work/dom.html"
[[ -s $dom ]] || fail "the dumped DOM is empty"
grep -q '<table class="summary">' "$dom" || fail "no summary table (<table class=\"summary\">) in the rendered page"
grep -q '<th>Protection</th>' "$dom" || fail "the summary table has no Protection column"
rows=$(grep -o '<span class="badge \(MET\|WEAK\|CONTRARY\|MISSING\)"' "$dom" | wc -l)
(( rows > 0 )) || fail "no protection status in the rendered page"
marks=$(grep -o '<mark>' "$dom" | wc -l)
(( marks > 0 )) || fail "no evidence marked in context (<mark>) in the rendered page"
if grep -qi '<script' "$dom"; then fail "the rendered page contains a script element"; fi

[[ -f $screenshot_abs ]] || fail "no screenshot written to $screenshot_abs"
head -c 8 "$screenshot_abs" | od -An -tx1 | tr -d ' \n' | grep -q '^89504e470d0a1a0a$' \
  || fail "the screenshot is not a PNG"
size=$(wc -c <"$screenshot_abs")
(( size >= min_png_bytes )) || fail "the screenshot is only $size bytes (< $min_png_bytes): the page looks blank"

echo "check-html-report: OK: $report: summary table, $rows protection statuses, $marks marked quotes;" \
     "screenshot $screenshot ($size bytes)"
