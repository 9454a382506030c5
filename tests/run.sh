#!/bin/sh
# Every test of make check, in order of cost: unit tests (the Mustache
# spec included), short fuzzing, the command-line and bad-input tests,
# golden output, validators over the sample site, the browser tests
# through lighttpd, the admin end to end and confined (Landlock), the
# nginx and Apache setups, and the crash tests.
# Each runner prints "NAME: N passed, N failed"; this script adds them up
# and ends with the total in the same form.
set -u
cd "$(dirname "$0")/.."
total_passed=0
total_failed=0
# The official Mustache spec, vendored in tests/mustache-spec/ (its README);
# MUSTACHE_SPEC names another copy.
spec=${MUSTACHE_SPEC:-tests/mustache-spec}

run() {
	out=$("$@" 2>&1)
	status=$?
	printf '%s\n' "$out" | grep -v '^ok - ' | sed '/^$/d'
	line=$(printf '%s\n' "$out" | grep -E '[0-9]+ passed, [0-9]+ failed' | tail -1)
	p=$(printf '%s' "$line" | sed -E 's/^(.*[^0-9])?([0-9]+) passed.*/\2/')
	f=$(printf '%s' "$line" | sed -E 's/^.*[^0-9]([0-9]+) failed.*/\1/')
	[ -n "$line" ] || { p=0; f=1; echo "FAIL - $* printed no result line"; }
	[ $status -ne 0 ] && [ "$f" -eq 0 ] && { f=1; echo "FAIL - $* exited with $status"; }
	total_passed=$((total_passed + p))
	total_failed=$((total_failed + f))
}

for t in "${BUILD:-build}"/tests/test_*; do
	case $t in
	*/test_mustache) run "$t" "$spec" ;;
	*) run "$t" ;;
	esac
done
run sh tests/fuzz/run.sh
run python3 tests/locale-keys.py
run sh tests/cli.sh
run sh tests/golden.sh
run sh tests/incremental.sh
run sh tests/validate.sh
run sh tests/xss.sh
run sh tests/hostile.sh
run sh tests/browser.sh
run sh tests/admin.sh
run sh tests/sandbox.sh
run sh tests/servers.sh
run sh tests/crash.sh
run sh tests/crash-build.sh
run sh tests/crash-index.sh

echo
echo "make check: $total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
