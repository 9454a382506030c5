#!/bin/sh
# Hostile input (issue 6, section 5): a corpus of XSS payloads through every
# field of every kind of content file, site.yaml and the vocabularies, and
# through every field of the admin's forms, must come out escaped in the
# public pages, the admin pages, the Atom feed, JSON-LD, iCalendar and the
# search index; javascript: and data: URLs are dropped; values a field must
# refuse stop the build and publish nothing. tests/xss.py does the work and
# checks by parsing the output (html.parser, xml.etree, json, icalendar).
# The admin part runs the real lighttpd with the admin over FastCGI, as
# tests/admin.sh does.
set -u
. "$(dirname "$0")/lib.sh"
w=$work
today=2026-11-23
# python3-icalendar is Debian's, for Debian's python3.
py=/usr/bin/python3

# Copies of the programs: a rebuild of build/ during the run must not
# change or stop what is under test.
case ${BUILD:-build} in /*) bin=$BUILD ;; *) bin=$top/${BUILD:-build} ;; esac
cp "$bin/stagebureau-admin" "$bin/stagebureau" "$w/" || { fail "copy the programs"; finish; exit 1; }
sb=$w/stagebureau

# relay MODE ARG...: runs xss.py, shows its checks and counts them here.
relay() {
	"$py" "$top/tests/xss.py" "$@" > "$w/xss.out" 2>&1
	grep -v '^xss.py [a-z]*: [0-9]* passed' "$w/xss.out"
	passed=$((passed + $(grep -c '^ok - ' "$w/xss.out")))
	failed=$((failed + $(grep -c '^FAIL - ' "$w/xss.out")))
	grep -q '^xss.py [a-z]*: [0-9]* passed' "$w/xss.out" ||
		fail "xss.py $1 ran to its end" "$(tail -15 "$w/xss.out")"
}

########## Content files, built with the command-line program

mkdir "$w/content"
relay content "$sb" "$top/theme" "$top/tests/fixture/site" "$w/content"
rm -rf "$w/content"

########## The admin, through lighttpd and FastCGI

repo=$w/repo
SOURCE_DATE_EPOCH=1795000000 "$sb" -q init "$repo" "$top/tests/fixture/site" &&
"$sb" -q -r "$repo" -d "$w/db" -t "$top/theme" -o "$w/public" --today "$today" build ||
	{ fail "fixture site builds"; finish; exit 1; }
cp -R "$w/public" "$w/clean-public"
printf '%s\n' bea-wachtwoord-1 | "$sb" -d "$w/db" user add bea --role beheerder --email bea@example.nl --naam 'Bea Beheer' &&
printf '%s\n' mia-wachtwoord-1 | "$sb" -d "$w/db" user add mia --role makelaar --email mia@example.nl --naam 'Mia Makelaar' ||
	{ fail "accounts are made"; finish; exit 1; }

port=$(free_port $((20000 + ($$ + 11000) % 20000)))
base=http://127.0.0.1:$port
lighttpd_conf "$w/lighttpd.conf" ROOT="$w/public" PORT="$port" STATE="$w" ADMIN="$w/stagebureau-admin" \
	REPO="$repo" DB="$w/db" THEME="$top/theme" TODAY="$today" || { fail "the lighttpd configuration renders"; finish; exit 1; }
# The admin's own messages (a refused commit, say) go to lighttpd's output: kept in a file.
lighttpd_start "$w/lighttpd.conf" "$base/beheer/inloggen" "$w/lighttpd.out" ||
	{ fail "lighttpd and the admin answer on port $port" "$(tail -5 "$w/lighttpd-error.log" 2>/dev/null)"; finish; exit 1; }

relay admin "$base" "$w" "$w/public" "$w/db"

lighttpd_stop
if cat "$w/lighttpd-error.log" "$w/lighttpd.out" 2>/dev/null | grep -qi "signal\|segfault\|abort\|sanitizer"; then
	fail "the admin logged no crash" "$(cat "$w/lighttpd-error.log" "$w/lighttpd.out" |
		grep -i "signal\|segfault\|abort\|sanitizer" | head -5)"
else
	ok "the admin logged no crash"
fi
finish
