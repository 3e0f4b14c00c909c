#!/usr/bin/env bash
# `bench` of two jars, run after run in turn (before, after, before, ...) so that a shared machine's noise hits
# both alike, each with the ./clausecheck launcher's JVM flags and -Xmx256m; prints each run's median line.
# Usage: scripts/bench-compare.sh BEFORE.jar AFTER.jar [RUNS] [DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
before="$(readlink -f "$1")"
after="$(readlink -f "$2")"
runs="${3:-3}"
dir="${4:-$root/../shared/corpus/cuad/pdf}"
flags="-XX:FreqInlineSize=50 -XX:InlineSmallCode=500 -XX:+UseSerialGC -XX:NewRatio=1 -Xms192m -Xmx256m"
for run in $(seq 1 "$runs"); do
  for which in before after; do
    jar="$before"; [ "$which" = after ] && jar="$after"
    echo "$which run $run: $(LC_ALL=C.UTF-8 java $flags -jar "$jar" bench "$dir" --rounds 3 2>&1 | grep '^median')"
  done
done
