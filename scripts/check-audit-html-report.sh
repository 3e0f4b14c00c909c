#!/usr/bin/env bash
# Renders a clausecheck audit HTML report in headless Chromium at 1280 px, takes a screenshot and checks what a
# reviewer of a portfolio needs: the matrix fits the screen (no horizontal scroll), its header stays in view
# (sticky), every rule column has a short label with the full title on hover, and every row links to that
# contract's findings in the same report.
#
# Usage: scripts/check-audit-html-report.sh REPORT.html [SCREENSHOT.png]
#   REPORT.html     a report written by `clausecheck audit --format html -o REPORT.html`
#   SCREENSHOT.png  where to write the screenshot; default: REPORT.png next to the report
# Environment:
#   CHROMIUM        the browser binary (default: chromium, then chromium-browser, google-chrome)
#   WINDOW_SIZE     browser window (default: 1280,2000); the width is the screen the matrix must fit
# Exit codes: 0 the page passed every check, 1 a check failed, 2 usage error or no browser.
#
# The report forbids scripts (Content-Security-Policy). To measure the layout, a copy of it without that meta
# element gets one inline script that writes the measurements into the DOM, which Chromium then dumps; the
# report itself is not changed.
set -euo pipefail

fail() { echo "check-audit-html-report: FAIL: $*" >&2; exit 1; }
usage() { echo "check-audit-html-report: $*" >&2; echo "usage: $0 REPORT.html [SCREENSHOT.png]" >&2; exit 2; }

[[ $# -ge 1 && $# -le 2 ]] || usage "expected a report file and an optional screenshot path"
report=$1
[[ -f $report ]] || usage "no such file: $report"
screenshot=${2:-${report%.*}.png}
screenshot_abs=$(mkdir -p "$(dirname "$screenshot")" && cd "$(dirname "$screenshot")" && pwd)/$(basename "$screenshot")
window_size=${WINDOW_SIZE:-1280,2000}
width=${window_size%%,*}

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

grep -q '<table class="matrix">' "$report" || fail "no matrix (<table class=\"matrix\">) in $report"
if grep -qi '<script' "$report"; then fail "the report contains a script element"; fi

measured="$work/measured.html"
measure='<script>
var m = document.querySelector("table.matrix"), h = m.querySelector("thead th");
var b = document.body;
b.setAttribute("data-scroll-width", document.scrollingElement.scrollWidth);
b.setAttribute("data-matrix-right", Math.ceil(m.getBoundingClientRect().right));
b.setAttribute("data-header-position", getComputedStyle(h).position);
var rows = m.querySelectorAll("tbody tr"), linked = 0;
rows.forEach(function (r) { var a = r.querySelector("td a"); if (a && document.getElementById(a.getAttribute("href").slice(1))) linked++; });
b.setAttribute("data-rows", rows.length);
b.setAttribute("data-linked-rows", linked);
var rules = m.querySelectorAll("thead th.rule"), titled = 0;
rules.forEach(function (t) { if (t.title && t.textContent.length < t.title.length + 1) titled++; });
b.setAttribute("data-rules", rules.length);
b.setAttribute("data-titled-rules", titled);
</script>'
# A script after </html> still runs, at the end of the body, once the page is laid out.
{ sed -e '/http-equiv="Content-Security-Policy"/d' "$report"; printf '%s\n' "$measure"; } >"$measured"

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --hide-scrollbars --window-size="$window_size")

"$browser" "${flags[@]}" --user-data-dir="$work/profile-dom" --dump-dom "file://$measured" \
  >"$work/dom.html" 2>"$work/dom.log" || { cat "$work/dom.log" >&2; fail "chromium could not dump the DOM"; }
report_abs=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
rm -f "$screenshot_abs"
"$browser" "${flags[@]}" --user-data-dir="$work/profile-shot" --screenshot="$screenshot_abs" "file://$report_abs" \
  >"$work/screenshot.log" 2>&1 || { cat "$work/screenshot.log" >&2; fail "chromium could not take the screenshot"; }

attribute() { { grep -o "data-$1=\"[^\"]*\"" "$work/dom.html" || true; } | head -1 | sed -e 's/.*="//' -e 's/"$//'; }
scroll_width=$(attribute scroll-width)
[[ -n $scroll_width ]] || fail "the measurement did not run (no data-scroll-width in the dumped DOM)"
matrix_right=$(attribute matrix-right)
header=$(attribute header-position)
rows=$(attribute rows); linked=$(attribute linked-rows)
rules=$(attribute rules); titled=$(attribute titled-rules)

(( scroll_width <= width )) || fail "the page scrolls sideways: $scroll_width px wide on a $width px screen"
(( matrix_right <= width )) || fail "the matrix ends at $matrix_right px, beyond the $width px screen"
[[ $header == sticky ]] || fail "the matrix header is not sticky (position: $header)"
(( rows > 0 )) || fail "the matrix has no rows"
(( linked == rows )) || fail "only $linked of $rows matrix rows link to their contract's findings"
(( rules > 0 && titled == rules )) || fail "only $titled of $rules rule columns have a short label with the title on hover"
[[ -s $screenshot_abs ]] || fail "no screenshot written to $screenshot_abs"

echo "check-audit-html-report: OK: $report: $rows rows, $rules rules, $scroll_width px wide at $width px," \
     "sticky header, every row linked; screenshot $screenshot"
