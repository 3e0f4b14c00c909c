#!/usr/bin/env bash
# Shows that a change leaves every report byte for byte the same: `check --format json` over the 270 CUAD PDFs,
# the 24 drafts and the samples (and the samples' text report), once with each of two jars, compared with cmp.
# Usage: scripts/compare-reports.sh BEFORE.jar AFTER.jar [WORKDIR]
# e.g. a jar built from main copied to /tmp/before.jar, then this branch's cli/target/clausecheck.jar.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
before="$(readlink -f "$1")"
after="$(readlink -f "$2")"
work="${3:-$(mktemp -d /tmp/clausecheck-compare.XXXXXX)}"
cd "$root"
reports() { # JAR FOLDER
  mkdir -p "$2"
  java -Xmx512m -jar "$1" check --no-config --format json ../shared/corpus/cuad/pdf/*.pdf >"$2/cuad.json" 2>"$2/cuad.err"
  java -Xmx512m -jar "$1" check --no-config --format json $(ls eval/drafts/[0-9]* | sort) >"$2/drafts.json" 2>"$2/drafts.err"
  java -Xmx512m -jar "$1" check --no-config --format json $(ls samples/*.* | sort) >"$2/samples.json" 2>"$2/samples.err"
  java -Xmx512m -jar "$1" check --no-config --format text --no-color $(ls samples/*.* | sort) >"$2/samples.txt" 2>&1
}
reports "$before" "$work/before"
reports "$after" "$work/after"
status=0
for file in cuad.json cuad.err drafts.json drafts.err samples.json samples.err samples.txt; do
  if cmp -s "$work/before/$file" "$work/after/$file"; then
    echo "same: $file ($(wc -c <"$work/after/$file") bytes)"
  else
    echo "DIFFERENT: $file (diff $work/before/$file $work/after/$file)"
    status=1
  fi
done
exit $status
