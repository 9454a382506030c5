#!/bin/sh
# make check-asan: the whole test suite (tests/run.sh) against the
# program and unit tests built with AddressSanitizer and UBSan in DIR
# (default build-asan). Every sanitizer report is fatal: a process halts
# on its first one, and reports go to files in DIR/sanitizer/ rather than
# to stderr, so a report from a run that a test expects to fail (bad
# input, exit 1) cannot pass unseen; any such file fails the run. Ends
# "check-asan: N passed, N failed", the suite's counts plus one failure
# per report.
set -u
cd "$(dirname "$0")/../.."
dir=${1:-build-asan}
logs="$(pwd)/$dir/sanitizer"
rm -rf "$logs"
mkdir -p "$logs"

BUILD=$dir
# detect_leaks: LeakSanitizer runs at exit of every process; abort_on_error
# turns a report into SIGABRT, which no test mistakes for its exit 1.
ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=1:detect_stack_use_after_return=1"
ASAN_OPTIONS="$ASAN_OPTIONS:check_initialization_order=1:strict_string_checks=1:log_path=$logs/asan"
UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1:log_path=$logs/ubsan"
export BUILD ASAN_OPTIONS UBSAN_OPTIONS

start=$(date +%s)
out=$(tests/run.sh 2>&1)
status=$?
printf '%s\n' "$out"
line=$(printf '%s\n' "$out" | grep -E '^make check: [0-9]+ passed, [0-9]+ failed' | tail -1)
p=$(printf '%s' "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/')
f=$(printf '%s' "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
[ -n "$line" ] || { p=0; f=1; }
[ "$status" -ne 0 ] && [ "$f" -eq 0 ] && f=1

reports=0
for r in "$logs"/*; do
	[ -e "$r" ] || continue
	reports=$((reports + 1))
	echo "FAIL - sanitizer report $r:"
	head -40 "$r" | sed 's/^/    /'
done
echo "check-asan: $reports sanitizer reports, $(($(date +%s) - start)) s"
echo "check-asan: $p passed, $((f + reports)) failed"
[ "$f" -eq 0 ] && [ "$reports" -eq 0 ]
