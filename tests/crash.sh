#!/bin/sh
# Crash consistency: the admin is killed with SIGKILL at random instants
# during 200 saves, and the generator during builds. Afterwards: git fsck
# is clean, every save answered as successful is in the history, the index
# (after the catch-up a restart does) equals a fresh index of HEAD, and the
# public site has no partial file and equals a fresh full build.
set -u
. "$(dirname "$0")/lib.sh"
w=$work
port=$(free_port $((20000 + ($$ + 7) % 20000)))
saves=${CRASH_SAVES:-200}

"$sb" -q init "$w/repo" "$top/tests/fixture/site" || { fail "init"; finish; exit 1; }
echo makelaar-wachtwoord | "$sb" -d "$w/db" user add makelaar --role makelaar --email m@example.nl --naam "Mia Makelaar"
"$sb" -q -r "$w/repo" -d "$w/db" -o "$w/public" --today 2026-11-23 build
lighttpd_conf "$w/lighttpd.conf" ROOT="$w/public" PORT="$port" STATE="$w" ADMIN="$top/${BUILD:-build}/stagebureau-admin" \
	REPO="$w/repo" DB="$w/db" THEME="$top/theme" TODAY=2026-11-23 || { fail "the lighttpd configuration renders"; finish; exit 1; }
lighttpd_start "$w/lighttpd.conf" "http://127.0.0.1:$port/beheer/inloggen" ||
	{ fail "lighttpd and the admin answer on port $port" "$(tail -5 "$w/lighttpd-error.log" 2>/dev/null)"; finish; exit 1; }

# The killer: SIGKILL to one admin process at a random instant, every
# 0.4-1.5 s, while saves run (lighttpd starts a new one).
(
	while [ ! -f "$w/stop" ]; do
		sleep "$(shuf -i 4-15 -n 1 | sed "s/.$/.&/")"
		victim=$(pgrep -f "$top/${BUILD:-build}/stagebureau-admin" | shuf -n 1)
		[ -n "$victim" ] && kill -9 "$victim" 2>/dev/null && echo kill >> "$w/kills"
	done
) &
killer=$!
/usr/bin/python3 "$top/tests/crash.py" "http://127.0.0.1:$port" "$saves" "$w/saves.log" > "$w/crash.out" 2>&1
touch "$w/stop"
wait $killer
kills=$(wc -l < "$w/kills" 2>/dev/null || echo 0)
succeeded=$(grep -c '^ok ' "$w/saves.log")
echo "crash: $saves saves, $succeeded answered with success, $kills SIGKILLs to the admin; failures: $(sed -n "s/^fail \([^ ]*\).*/\1/p" "$w/saves.log" | sort | uniq -c | tr "\n" " ")"
grep '^fail 500' "$w/saves.log" | head -3
[ "$kills" -ge 10 ] && ok "the admin was killed at least 10 times ($kills)" || fail "the admin was killed at least 10 times ($kills)"
[ "$succeeded" -ge 20 ] && ok "saves kept succeeding between kills ($succeeded)" || fail "saves kept succeeding between kills ($succeeded)"
lighttpd_stop

check "git fsck is clean" git -C "$w/repo" fsck --full --no-dangling
lost=0
for c in $(sed -n 's/^ok //p' "$w/saves.log"); do
	git -C "$w/repo" merge-base --is-ancestor "$c" HEAD 2>/dev/null || lost=$((lost + 1))
done
[ "$lost" -eq 0 ] && ok "every save answered with success is in the history" || fail "every save answered with success is in the history ($lost lost)"
# A restart catches up, then the index must equal a fresh one.
check "the index catches up after the crashes" "$sb" -q -r "$w/repo" -d "$w/db" index
check "the index equals a fresh index of HEAD" "$sb" -q -r "$w/repo" -d "$w/db" check

# The generator killed during builds (each one forced to rewrite everything).
n=0
while [ $n -lt 20 ]; do
	rm -rf "$w/public/vacatures"
	"$sb" -q -r "$w/repo" -d "$w/db" -o "$w/public" --today 2026-11-23 build &
	b=$!
	sleep "0.0$(shuf -i 1-9 -n 1)"
	kill -9 $b 2>/dev/null
	wait $b 2>/dev/null
	n=$((n + 1))
done
ok "the generator was killed during 20 builds"
check "a build after the crashes succeeds" "$sb" -q -r "$w/repo" -d "$w/db" -o "$w/public" --today 2026-11-23 build
partial=$(find "$w/public" -name '*.tmp' | wc -l)
[ "$partial" -eq 0 ] && ok "no temporary or partial file is left" || fail "no temporary or partial file is left ($partial)"
"$sb" -q -r "$w/repo" -d "$w/fresh.db" -o "$w/fresh" --today 2026-11-23 build
if out=$(diff -r "$w/fresh" "$w/public" 2>&1); then
	ok "the site equals a fresh full build"
else
	fail "the site equals a fresh full build" "$(printf '%s\n' "$out" | head -20)"
fi
finish
