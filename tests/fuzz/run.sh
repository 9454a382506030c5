#!/bin/sh
# What make check runs of tests/fuzz/ (from tests/run.sh): the short fuzz
# check (every seed and regression input replayed, then each driver fuzzed
# CHECK_FUZZ_SECONDS, default 10) and the valgrind check of the command.
# Under a sanitizer build (make check-asan sets BUILD=build-asan) it does
# neither: the drivers do not depend on BUILD and were run by make check,
# and valgrind cannot run an ASan program. Ends "fuzz: N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
if [ "${BUILD:-build}" != build ]; then
	echo "fuzz: skipped for BUILD=$BUILD (make check runs it on the plain build)"
	echo "fuzz: 0 passed, 0 failed"
	exit 0
fi
passed=0
failed=0

# step TARGET: runs make TARGET and adds up its closing "N passed, N failed".
step() {
	out=$(make -s --no-print-directory "$@" 2>&1)
	status=$?
	printf '%s\n' "$out" | grep -v '^ok - \|passed, [0-9]* failed$'
	line=$(printf '%s\n' "$out" | grep -E '[0-9]+ passed, [0-9]+ failed$' | tail -1)
	p=$(printf '%s' "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/')
	f=$(printf '%s' "$line" | sed -E 's/.* ([0-9]+) failed$/\1/')
	[ -n "$line" ] || { p=0; f=1; echo "FAIL - make $* printed no result line"; }
	[ "$status" -ne 0 ] && [ "$f" -eq 0 ] && { f=1; echo "FAIL - make $* exited with $status"; }
	passed=$((passed + p))
	failed=$((failed + f))
}

step check-fuzz
step check-valgrind
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
