#!/bin/sh
# Golden-output test: the fixture site, built on a fixed date from a
# repository with a fixed commit time, must equal tests/golden/ byte for
# byte. After an intended change, `make golden` (this script with
# --update) rewrites tests/golden/ for review in git diff.
set -u
. "$(dirname "$0")/lib.sh"
golden="$top/tests/golden"
w=$work

SOURCE_DATE_EPOCH=1790000000 "$sb" -q init "$w/repo" "$top/tests/fixture/site"
"$sb" -q -r "$w/repo" -d "$w/db" -t "$top/theme" -o "$w/public" --today 2026-11-23 build ||
	{ fail "fixture builds"; finish; exit 1; }
ok "fixture builds"
if [ "${1:-}" = --update ]; then
	rm -rf "$golden"
	cp -R "$w/public" "$golden"
	echo "golden: tests/golden rewritten; review it with git diff"
	exit 0
fi
if out=$(diff -r "$golden" "$w/public" 2>&1); then
	ok "output equals tests/golden"
else
	fail "output equals tests/golden (run 'make golden' if the change is intended)" "$(printf '%s\n' "$out" | head -40)"
fi
finish
