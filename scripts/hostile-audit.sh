#!/usr/bin/env bash
# Issue 6: builds the reliability corpus (cli/src/test/.../hostile/HostileCorpus.java) in a folder under /tmp,
# audits it as a user would under -Xmx512m, then prints one row per input: its outcome in the audit
# (analysed / failed with the reason / skipped) and the time 'clausecheck check' takes on it alone
# (the audit records no per-file time). Needs Java 17, Maven and python3.
#   scripts/hostile-audit.sh [WORK_DIR]        (default: a new /tmp/clausecheck-hostile.* folder, removed at the end)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ $# -ge 1 ]; then
  work="$1"; mkdir -p "$work"
else
  work="$(mktemp -d /tmp/clausecheck-hostile.XXXXXX)"
  trap 'chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work"' EXIT
fi
corpus="$work/corpus"

./clausecheck --version >/dev/null                       # builds cli/target/clausecheck.jar when needed
mvn -B -q -pl cli -am test-compile >/dev/null           # the corpus generator is test code
(cd cli && java -cp target/test-classes:target/clausecheck.jar org.clausecheck.cli.hostile.HostileCorpus "$corpus" \
  > "$work/inputs.tsv")

started=$(date +%s%N)
status=0
CLAUSECHECK_JAVA_OPTS=-Xmx512m ./clausecheck audit "$corpus" --index "$work/index" -j 2 --timeout 60 \
  --no-progress --format csv -o "$work/audit.csv" 2> "$work/audit.err" || status=$?
elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
echo "audit exit code $status in ${elapsed} ms (-Xmx512m, -j 2, --timeout 60):"
sed 's/^/  /' "$work/audit.err"
echo

python3 - "$root/cli/target/clausecheck.jar" "$corpus" "$work/audit.csv" "$work/audit.err" <<'PY'
import csv, os, stat, subprocess, sys, time, urllib.parse
jar, corpus, audit_csv, audit_err = sys.argv[1:]
rows = {}
with open(audit_csv, newline='', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        rows[row['file']] = row
skipped = open(audit_err, encoding='utf-8').read()

def display(path):
    """The audit's name for a file: elements that are not UTF-8 have their bytes percent-escaped."""
    parts = []
    for element in os.fsencode(path).split(b'/'):
        try:
            parts.append(element.decode('utf-8'))
        except UnicodeDecodeError:
            parts.append(urllib.parse.quote(element, safe="!$&'()*+,;=:@-._~"))
    return '/'.join(parts)

entries = []
for folder, dirs, files in os.walk(os.fsencode(corpus)):
    for name in dirs + files:
        path = os.path.join(folder, name)
        if os.path.islink(path) or os.path.isfile(path) or stat.S_ISFIFO(os.lstat(path).st_mode):
            entries.append(path)
print('| input | outcome in the audit | time (`check` alone) |')
print('| --- | --- | --- |')
for path in sorted(entries, key=lambda p: (not p.startswith(os.fsencode(corpus) + b'/bad'), p)):
    name = display(path)[len(corpus) + 1:]
    if os.path.islink(path):
        outcome = 'skipped: symbolic link (not followed)' if 'symbolic link' in skipped else 'MISSING FROM THE AUDIT'
        print(f'| {name} -> {os.readlink(path).decode()} | {outcome} | - |')
        continue
    if stat.S_ISFIFO(os.lstat(path).st_mode):
        outcome = 'skipped: not a regular file' if 'not a regular file' in skipped else 'MISSING FROM THE AUDIT'
        print(f'| {name} (named pipe) | {outcome} | - |')
        continue
    row = rows.get(display(path))
    if row is None:
        outcome = 'MISSING FROM THE AUDIT'
    elif row['error']:
        outcome = 'failed: ' + row['error']
    else:
        outcome = f"analysed: {row['format']}, {row['pages']} pages, risk {row['risk']}"
    if display(path) != os.fsdecode(path):
        # The JVM decodes its arguments with the platform encoding: such a name cannot be passed to 'check'.
        print(f'| {name} | {outcome.replace("|", "/")} | - (a name that is not UTF-8 cannot be passed as an argument) |')
        continue
    started = time.monotonic()
    run = subprocess.run(['java', '-Xmx512m', '-jar', jar, 'check', path, '--format', 'json', '--fail-on', 'never'],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)
    seconds = time.monotonic() - started
    print(f'| {name} | {outcome.replace("|", "/")} | {seconds:.1f} s (exit {run.returncode}) |')
PY
