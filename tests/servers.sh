#!/bin/sh
# The documented nginx and Apache configurations (tools/nginx.conf.in,
# tools/apache.conf.in), tested for real: each server serves the built
# fixture site and passes /beheer to stagebureau-admin, started by
# spawn-fcgi on a socket. Checks status codes, types and headers of the
# public site, and a login and a save through the admin.
set -u
. "$(dirname "$0")/lib.sh"
w=$work
admin="$top/${BUILD:-build}/stagebureau-admin"

"$sb" -q init "$w/repo" "$top/tests/fixture/site" || { fail "init"; finish; exit 1; }
echo server-wachtwoord | "$sb" -d "$w/db" user add makelaar --role makelaar --email m@example.nl --naam "Mia Makelaar"
"$sb" -q -r "$w/repo" -d "$w/db" -o "$w/public" --today 2026-11-23 build
chmod -R a+rX "$w"

# One admin pool for both servers, as a server would run it (its own socket).
STAGEBUREAU_REPO="$w/repo" STAGEBUREAU_DB="$w/db" STAGEBUREAU_OUT="$w/public" STAGEBUREAU_THEME="$top/theme" \
	STAGEBUREAU_TODAY=2026-11-23 spawn-fcgi -s "$w/admin.sock" -M 0666 -F 2 -P "$w/admin.pid" -- "$admin" >/dev/null
on_exit='pkill -F "$w/admin.pid" 2>/dev/null; pkill -f "stagebureau-admin" -P 1 2>/dev/null; [ -n "${server:-}" ] && kill $server 2>/dev/null'

serve() {
	name=$1 port=$2
	base="http://127.0.0.1:$port"
	for i in $(seq 50); do curl -fsS -o /dev/null "$base/" 2>/dev/null && break; sleep 0.1; done
	code() { curl -s -o /dev/null -w '%{http_code}' "$base$1"; }
	header() { curl -s -D - -o /dev/null "$base$1" | tr -d '\r' | grep -i "^$2:" ; }
	[ "$(code /)" = 200 ] && ok "$name: home page" || fail "$name: home page" "$(code /)"
	[ "$(code /vacatures/zorgassistent-de-horizon/)" = 200 ] && ok "$name: a vacancy" || fail "$name: a vacancy"
	[ "$(code /bestaat-niet/)" = 404 ] && ok "$name: 404 status for a missing page" || fail "$name: 404 status" "$(code /bestaat-niet/)"
	curl -s "$base/bestaat-niet/" | grep -q '<h1' && ok "$name: the site's own 404 page" || fail "$name: the site's own 404 page"
	case $(header /evenementen/agenda.ics content-type) in *text/calendar*) ok "$name: ics type" ;; *) fail "$name: ics type" "$(header /evenementen/agenda.ics content-type)" ;; esac
	case $(header /feed.xml content-type) in *application/atom+xml*) ok "$name: Atom type" ;; *) fail "$name: Atom type" "$(header /feed.xml content-type)" ;; esac
	[ "$(header / content-security-policy | wc -l)" = 1 ] && ok "$name: CSP on the public site" || fail "$name: CSP on the public site"
	[ "$(code /static/)" != 200 ] && ok "$name: no directory listing" || fail "$name: no directory listing"
	[ "$(header / cache-control)" = "Cache-Control: no-cache" ] && [ -z "$(header /static/css/site.css cache-control)" ] &&
		[ "$(header /beheer/inloggen cache-control | wc -l)" = 1 ] &&
		ok "$name: pages are asked again each time, the theme's files not, the admin keeps its own" ||
		fail "$name: Cache-Control" "$(header / cache-control; header /static/css/site.css cache-control; header /beheer/inloggen cache-control)"
	[ "$(header /beheer/inloggen content-security-policy | wc -l)" = 1 ] && ok "$name: the admin's own CSP, once" ||
		fail "$name: the admin's own CSP, once" "$(header /beheer/inloggen content-security-policy)"
	if out=$(/usr/bin/python3 - "$base" <<'PY' 2>&1
import sys
sys.path.insert(0, "tests")
from adminclient import Admin
a = Admin(sys.argv[1])
assert a.login("makelaar", "server-wachtwoord") == 303, "login"
status, location = a.save("/beheer/vacatures/helpende-zorg-2/", {"titel": "Helpende zorg via " + sys.argv[1][-5:]})
assert status == 303 and "opgeslagen=" in (location or ""), (status, location)
PY
	); then ok "$name: login and a save through the admin"; else fail "$name: login and a save through the admin" "$out"; fi
	grep -q "Helpende zorg via $(printf %s "$base" | tail -c 5)" "$w/public/vacatures/helpende-zorg-2/index.html" &&
		ok "$name: the save is published" || fail "$name: the save is published"
}

cd "$top"
port=$((20000 + ($$ + 11) % 20000))
render_conf "$w/nginx.conf" tools/nginx.conf.in ROOT="$w/public" PORT="$port" STATE="$w"
if nginx -t -c "$w/nginx.conf" >/dev/null 2>&1; then
	nginx -c "$w/nginx.conf" -g 'daemon off;' &
	server=$!
	serve nginx "$port"
	kill $server; wait $server 2>/dev/null; server=
else
	fail "nginx accepts tools/nginx.conf.in" "$(nginx -t -c "$w/nginx.conf" 2>&1)"
fi

port=$((port + 1))
render_conf "$w/apache.conf" tools/apache.conf.in ROOT="$w/public" PORT="$port" STATE="$w"
if apache2 -t -f "$w/apache.conf" >/dev/null 2>&1; then
	apache2 -f "$w/apache.conf" -DFOREGROUND &
	server=$!
	serve apache "$port"
	kill $server; wait $server 2>/dev/null; server=
else
	fail "Apache accepts tools/apache.conf.in" "$(apache2 -t -f "$w/apache.conf" 2>&1)"
fi
finish
