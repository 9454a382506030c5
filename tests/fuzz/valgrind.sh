#!/bin/sh
# The stagebureau command under valgrind, as a user runs it on the fixture
# site: init, index, check, build, an incremental build after an edit, and
# check of a work tree with a broken file (the error paths). Any invalid
# read or write, use of uninitialised memory, bad free or definite leak
# fails the step, even when the command's own exit status is expected to
# be 1: the verdict is valgrind's ERROR SUMMARY, not the exit status
# alone. Uses ${BUILD:-build}/stagebureau, a build without sanitizers
# (valgrind cannot run an ASan program). Ends "valgrind: N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
top=$(pwd)
sb="$top/${BUILD:-build}/stagebureau"
fixture="$top/tests/fixture/site"
passed=0
failed=0

if ! command -v valgrind >/dev/null; then
	echo "FAIL - valgrind not found; install the Debian package valgrind"
	echo "valgrind: 0 passed, 1 failed"
	exit 1
fi
if [ ! -x "$sb" ]; then
	echo "FAIL - $sb not built (make all)"
	echo "valgrind: 0 passed, 1 failed"
	exit 1
fi

w=$(mktemp -d "${TMPDIR:-/tmp}/sbvalgrind.XXXXXX")
trap 'rm -rf "$w"' EXIT

# vg NAME EXPECTED-STATUS ARGS...: runs stagebureau ARGS under valgrind.
vg() {
	name=$1 want=$2
	shift 2
	log="$w/$name.vg"
	valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
		--show-leak-kinds=definite --log-file="$log" ${VALGRIND_OPTS:-} \
		"$sb" "$@" >"$w/$name.out" 2>&1
	status=$?
	if ! grep -q 'ERROR SUMMARY: 0 errors' "$log" ||
	    { [ "$want" = 0 ] && [ $status -ne 0 ]; } || { [ "$want" = 1 ] && [ $status -ne 1 ]; }; then
		failed=$((failed + 1))
		echo "FAIL - valgrind $name (exit $status, expected $want; VALGRIND_OPTS=--track-origins=yes tells more)"
		sed -n '/definitely lost\|Invalid \|uninitialised\|Mismatched\|overlap\|Syscall param/,$p' "$log" |
			head -60 | sed 's/^/    /'
		sed 's/^/    /' "$w/$name.out" | head -20
	else
		passed=$((passed + 1))
	fi
}

g() { git -c user.name=Test -c user.email=test@example.nl -c init.defaultBranch=main "$@"; }

start=$(date +%s)
vg init 0 -q init "$w/repo" "$fixture"
vg index 0 -q -r "$w/repo" -d "$w/db" index
vg check 0 -q -r "$w/repo" -d "$w/db" check
vg build 0 -q -r "$w/repo" -d "$w/db" -o "$w/public" --today 2026-11-23 build

# An edit, pushed: the incremental path of index and build.
g clone -q "$w/repo" "$w/work"
vac=$(cd "$w/work" && find vacatures -name fietsenmaker-hoogeveen.md)
sed -i 's/^titel: .*/titel: Fietsenmaker op proef/' "$w/work/$vac"
g -C "$w/work" commit -qam "Titel" && g -C "$w/work" push -q origin HEAD:main
vg build-incremental 0 -q -r "$w/repo" -d "$w/db" -o "$w/public" --today 2026-11-23 build

# A broken file: diagnostics, exit 1, nothing leaked on the way out.
printf -- '---\ntitel: [kapot\n---\nTekst\n' >"$w/work/$vac"
vg check-broken 1 check "$w/work"

echo "valgrind: $(($(date +%s) - start)) s for $((passed + failed)) runs"
echo "valgrind: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
