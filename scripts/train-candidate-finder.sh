#!/usr/bin/env bash
# Rebuilds the candidate finder's model from CUAD's expert spans, on the WRITE half of the fixed split only
# (CorpusSplit), reading each contract's PDF as users' files are read. The same corpus and code give the same bytes.
# Usage: scripts/train-candidate-finder.sh [CORPUS_DIR] [OUTPUT_DIR]
#   CORPUS_DIR  folder with labels.csv and pdf/ (default: ../shared/corpus/cuad beside the checkout)
#   OUTPUT_DIR  where the model files go (default: the model resource of the candidates module)
# Then rebuild (./clausecheck does it on its next run) and review `git diff --stat` before committing the model.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/corpus/cuad}"
output="${2:-$root/candidates/src/main/resources/org/clausecheck/candidates/model}"
if [ ! -f "$corpus/labels.csv" ]; then
  echo "train-candidate-finder: $corpus/labels.csv: no such file (give the CUAD corpus folder)" >&2
  exit 2
fi
"$root/clausecheck" --version >/dev/null # builds the jar when the sources changed
java -Xmx3g -cp "$root/cli/target/clausecheck.jar" org.clausecheck.eval.candidates.CandidateTraining \
  "$corpus/labels.csv" "$corpus" "$output"
