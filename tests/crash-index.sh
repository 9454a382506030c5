#!/bin/sh
# Crash consistency of an index made from scratch: a load into a new
# database bypasses the write-ahead log (a rollback journal instead, see
# fresh_begin in generator/index.c), so it is killed with SIGKILL at
# instants spread over the load, and at the moment its journal appears.
# After each kill the database holds either the whole index or none (no
# recorded commit, no entry), a later `stagebureau index` completes, and
# the index equals a fresh one; and the database is back in WAL mode.
set -u
. "$(dirname "$0")/lib.sh"
w=$work
n=${CRASH_INDEX_N:-3000}

python3 "$top/bench/dataset.py" "$n" "$w/data" >/dev/null &&
	SOURCE_DATE_EPOCH=1767225600 "$sb" -q init "$w/repo" "$w/data/content" ||
	{ fail "a repository of $n vacancies"; finish; exit 1; }
cp "$sb" "$w/stagebureau"
sb=$w/stagebureau

# state DB: "index COMMIT" or "empty N" (N entries; no tables yet is
# "empty 0"), as SQLite reads it after rolling back a hot journal left by
# the kill; "broken" when it cannot be read.
state() {
	python3 - "$1" <<'EOF' 2>/dev/null || echo broken
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
tables = [r[0] for r in c.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
row = c.execute("SELECT value FROM meta WHERE key = 'commit'").fetchone() if "meta" in tables else None
entries = c.execute("SELECT count(*) FROM entries").fetchone()[0] if "entries" in tables else 0
print("index %s" % row[0] if row else "empty %d" % entries)
EOF
}
mode() { python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA journal_mode").fetchone()[0])' "$1"; }

# One undisturbed load: how long it takes, and the mode it leaves.
rm -f "$w/db"*
t0=$(date +%s%N)
check "a load from scratch" "$sb" -q -r "$w/repo" -d "$w/db" index
t1=$(date +%s%N)
ms=$(((t1 - t0) / 1000000))
check "leaves no rollback journal" test ! -e "$w/db-journal"
[ "$(mode "$w/db")" = wal ] && ok "leaves the database in WAL mode" ||
	fail "leaves the database in WAL mode" "$(mode "$w/db")"

# A kill as soon as the journal exists: the transaction is open, nothing committed.
rm -f "$w/db"*
"$sb" -q -r "$w/repo" -d "$w/db" index &
pid=$!
# (index_open makes the tables through the log, which fresh_begin then empties and removes.)
while { [ ! -e "$w/db-journal" ] || [ -e "$w/db-wal" ] || [ ! -s "$w/db" ]; } && kill -0 $pid 2>/dev/null; do :; done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
if [ -e "$w/db-journal" ]; then
	ok "the load writes through a rollback journal"
	s=$(state "$w/db")
	[ "$s" = "empty 0" ] && ok "killed with its journal open, it leaves no index" ||
		fail "killed with its journal open, it leaves no index" "$s"
else
	fail "the load writes through a rollback journal" "no $w/db-journal seen"
fi

# Kills at tenths of the load's duration: whole index or none, never a part.
for tenth in 1 2 3 4 5 6 7 8 9 10; do
	rm -f "$w/db"*
	"$sb" -q -r "$w/repo" -d "$w/db" index &
	pid=$!
	sleep "$(awk "BEGIN { printf \"%.3f\", $ms * $tenth / 10000 }")"
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	s=$(state "$w/db")
	case $s in
	"empty 0") ok "killed at $tenth/10: no index" ;;
	"index "*)
		check "killed at $tenth/10: the whole index" "$sb" -q -r "$w/repo" -d "$w/db" check ;;
	*) fail "killed at $tenth/10: the whole index or none" "$s" ;;
	esac
	check "killed at $tenth/10: the next load completes" "$sb" -q -r "$w/repo" -d "$w/db" index
	check "killed at $tenth/10: and equals a fresh index" "$sb" -q -r "$w/repo" -d "$w/db" check
	[ "$(mode "$w/db")" = wal ] && ok "killed at $tenth/10: WAL mode again" ||
		fail "killed at $tenth/10: WAL mode again" "$(mode "$w/db")"
done
finish
