#!/usr/bin/env bash
# Benchmarks the Spark job (spark/AuditJob in local[2], launched as spark-submit launches it) against
# `clausecheck audit DIR -j 2 --no-progress` on the same folder, in one run, RUNS times each, alternating, and prints
# the medians of the wall times (each a cold JVM, as users start them) and the ratio of throughputs.
# Spark is not installed: the job runs through Spark's own launcher class (org.apache.spark.deploy.SparkSubmit), with
# the jars of spark-sql in Spark's versions on the class path, as bin/spark-submit does.
# JOB_JAVA_OPTS: options for the job's JVM (in local mode the driver runs the tasks), e.g. the CLI launcher's:
#   JOB_JAVA_OPTS="-XX:+UseSerialGC -XX:NewRatio=1 -XX:FreqInlineSize=50 -XX:InlineSmallCode=500"
# Usage: [JOB_JAVA_OPTS=...] scripts/bench-spark.sh [DIR] [RUNS]
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
  "job JVM options: ${JOB_JAVA_OPTS:-none}"
: >"$work/audit"; : >"$work/job"
for run in $(seq 1 "$runs"); do
  rm -rf "$work/index" "$work/out"
  /usr/bin/time -f "%e" -o "$work/time" "$root/clausecheck" audit "$dir" -j 2 --no-progress --index "$work/index" \
    --format csv -o "$work/audit.csv" 2>"$work/audit.err" || true
  audit="$(tail -1 "$work/time")"
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e" -o "$work/time" java $opens ${JOB_JAVA_OPTS:-} -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit \
    --master 'local[2]' --conf spark.ui.enabled=false --class org.clausecheck.spark.AuditJob "$job_jar" \
    --input "$dir" --output "$work/out" >"$work/job.out" 2>"$work/job.err" \
    || { echo "the job failed:"; tail -5 "$work/job.err"; exit 1; }
  job="$(tail -1 "$work/time")"
  echo "run $run: audit -j 2 ${audit} s, job local[2] ${job} s ($(tail -1 "$work/job.out"))"
  echo "$audit" >>"$work/audit"; echo "$job" >>"$work/job"
done
audit="$(median <"$work/audit")"; job="$(median <"$work/job")"
awk -v a="$audit" -v j="$job" -v n="$files" 'BEGIN {
  printf "median: audit -j 2 %.1f s (%.2f files/s), job local[2] %.1f s (%.2f files/s); job throughput / audit: %.2fx\n",
    a, n / a, j, n / j, a / j }'
