#!/usr/bin/env bash
# Benchmarks the Spark job (spark/AuditJob in local[2], launched as spark-submit launches it) against
# `clausecheck audit DIR -j 2 --no-progress` on the same folder, in one run, RUNS times each, alternating, and prints
# the medians of the wall times (each a cold JVM, as users start them) and the ratio of throughputs.
# Spark is not installed: the job runs through Spark's own launcher class (org.apache.spark.deploy.SparkSubmit), with
# the jars of spark-sql in Spark's versions on the class path, as bin/spark-submit does.
# JOB_JAVA_OPTS: options for the job's JVM (in local mode the driver runs the tasks), e.g. the CLI launcher's:
#   JOB_JAVA_OPTS="-XX:+UseSerialGC -XX:NewRatio=1 -XX:FreqInlineSize=50 -XX:InlineSmallCode=500"
# BENCH_ARGS: options for both the audit and the job, e.g. "--ocr never" (text layers only).
# BASELINE_JOB_JAR: an earlier build's clausecheck-spark.jar, run in each round too (alternating), to compare builds.
# Each line reports the wall time and, in brackets, the CPU time (user + system) of the whole process.
# Usage: [JOB_JAVA_OPTS=...] [BENCH_ARGS=...] [BASELINE_JOB_JAR=...] scripts/bench-spark.sh [DIR] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$root/../shared/corpus/cuad/pdf}"
runs="${2:-3}"
"$root/clausecheck" --version >/dev/null # builds the CLI jar when the sources changed
(cd "$root" && mvn -B -o -q package -pl spark -am -DskipTests)
job_jar="$root/spark/target/clausecheck-spark.jar"
work="$(mktemp -d /tmp/clausecheck-bench-spark.XXXXXX)"
trap 'rm -rf "$work"' EXIT
# Spark's class path as a distribution has it: spark-sql and its dependencies in Spark's own versions (resolved from
# a throw-away pom), not the project's.
spark_version="$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' "$root/spark/pom.xml")"
cat >"$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>spark-classpath</artifactId><version>1</version>
  <dependencies><dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId>
    <version>$spark_version</version></dependency></dependencies></project>
POM
mvn -B -o -q -f "$work/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/spark.cp"
spark_cp="$(cat "$work/spark.cp")"
opens="$(sed -n '/<spark.addOpens>/,/<\/spark.addOpens>/p' "$root/spark/pom.xml" | sed 's/<[^>]*>//g' | tr '\n' ' ')"

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
files="$(find "$dir" -type f -iname '*.pdf' | wc -l)"
echo "folder: $dir ($files PDFs), $runs runs, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)," \
  "job JVM options: ${JOB_JAVA_OPTS:-none}, options of both: ${BENCH_ARGS:-none}"
: >"$work/audit"; : >"$work/job"; : >"$work/baseline"
# Runs the job from JAR into a fresh output and prints "WALL CPU".
run_job() {
  rm -rf "$work/out"
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %U %S" -o "$work/time" java $opens ${JOB_JAVA_OPTS:-} -cp "$spark_cp" \
    org.apache.spark.deploy.SparkSubmit --master 'local[2]' --conf spark.ui.enabled=false \
    --class org.clausecheck.spark.AuditJob "$1" --input "$dir" --output "$work/out" ${BENCH_ARGS:-} \
    >"$work/job.out" 2>"$work/job.err" || { echo "the job failed:" >&2; tail -5 "$work/job.err" >&2; exit 1; }
  tail -1 "$work/time" | awk '{ printf "%s %.2f\n", $1, $2 + $3 }'
}
for run in $(seq 1 "$runs"); do
  rm -rf "$work/index"
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$root/clausecheck" audit "$dir" -j 2 --no-progress \
    --index "$work/index" --format csv -o "$work/audit.csv" ${BENCH_ARGS:-} 2>"$work/audit.err" || true
  # The audit exits with 1 when a file was read in part; time then writes that first: the figures are the last line.
  audit="$(tail -1 "$work/time" | awk '{ printf "%s %.2f", $1, $2 + $3 }')"
  job="$(run_job "$job_jar")"
  line="run $run: audit -j 2 ${audit% *} s (${audit#* } s CPU), job local[2] ${job% *} s (${job#* } s CPU)"
  if [ -n "${BASELINE_JOB_JAR:-}" ]; then
    baseline="$(run_job "$BASELINE_JOB_JAR")"
    line="$line, baseline job ${baseline% *} s (${baseline#* } s CPU)"
    echo "$baseline" >>"$work/baseline"
  fi
  echo "$line; load $(cut -d' ' -f1 /proc/loadavg) ($(tail -1 "$work/job.out"))"
  echo "$audit" >>"$work/audit"; echo "$job" >>"$work/job"
done
audit="$(cut -d' ' -f1 "$work/audit" | median)"; job="$(cut -d' ' -f1 "$work/job" | median)"
audit_cpu="$(cut -d' ' -f2 "$work/audit" | median)"; job_cpu="$(cut -d' ' -f2 "$work/job" | median)"
awk -v a="$audit" -v j="$job" -v ac="$audit_cpu" -v jc="$job_cpu" -v n="$files" 'BEGIN {
  printf "median: audit -j 2 %.1f s (%.2f files/s, %.1f s CPU), job local[2] %.1f s (%.2f files/s, %.1f s CPU);" \
    " job throughput / audit: %.2fx\n", a, n / a, ac, j, n / j, jc, a / j }'
if [ -n "${BASELINE_JOB_JAR:-}" ]; then
  baseline="$(cut -d' ' -f1 "$work/baseline" | median)"; baseline_cpu="$(cut -d' ' -f2 "$work/baseline" | median)"
  awk -v a="$audit" -v b="$baseline" -v bc="$baseline_cpu" -v n="$files" 'BEGIN {
    printf "median: baseline job %.1f s (%.2f files/s, %.1f s CPU); baseline job throughput / audit: %.2fx\n",
      b, n / b, bc, a / b }'
fi
