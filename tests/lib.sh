# Shared helpers of the shell tests: a pass/fail counter and a summary in
# the one closing line every runner here prints ("N passed, N failed").
# Source it; call ok/fail (or check CMD...), then finish.
passed=0
failed=0
top=$(cd "$(dirname "$0")/.." && pwd)
sb="$top/${BUILD:-build}/stagebureau"

ok() { passed=$((passed + 1)); [ -n "${VERBOSE:-}" ] && echo "ok - $1"; return 0; }
fail() { failed=$((failed + 1)); echo "FAIL - $1" >&2; [ $# -gt 1 ] && printf '%s\n' "$2" | sed 's/^/    /' >&2; return 0; }

# check NAME CMD...: passes when CMD exits 0.
check() {
	name=$1; shift
	if out=$("$@" 2>&1); then ok "$name"; else fail "$name" "$out"; fi
}

# The server configurations of tools/ and lighttpd: render_conf,
# lighttpd_conf, free_port, lighttpd_start, lighttpd_stop (tools/serve.sh).
. "$top/tools/serve.sh"

# Every script gets one fresh work directory, removed at exit, after the
# lighttpd of lighttpd_start is stopped; a script that starts another
# server adds its stop command to $on_exit.
work=$(mktemp -d "${TMPDIR:-/tmp}/sbtest.XXXXXX")
on_exit=:
trap 'eval "$on_exit"; lighttpd_stop; rm -rf "$work"' EXIT

# git with a fixed identity, so tests need no global configuration.
g() { git -c user.name=Test -c user.email=test@example.nl -c init.defaultBranch=main "$@"; }

finish() {
	echo "$(basename "$0" .sh): $passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}
