#!/bin/sh
# Serves a built sample site with the real lighttpd on a loopback port and
# runs the browser test against it; screenshots land in build/screenshots.
set -u
. "$(dirname "$0")/lib.sh"
site=${1:-$top/content}
w=$work
port=$(free_port $((20000 + $$ % 20000)))

"$sb" -q init "$w/repo" "$site" && \
"$sb" -q -r "$w/repo" -d "$w/db" -t "$top/theme" -o "$w/public" --today 2026-11-23 build ||
	{ fail "site builds"; finish; exit 1; }
lighttpd_conf "$w/lighttpd.conf" ROOT="$w/public" PORT="$port" STATE="$w" &&
lighttpd_start "$w/lighttpd.conf" "http://127.0.0.1:$port/" ||
	{ fail "lighttpd answers on port $port" "$(tail -5 "$w/lighttpd-error.log" 2>/dev/null)"; finish; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/bestaat-niet/")
[ "$status" = 404 ] && ok "lighttpd answers 404 for a missing page" || fail "lighttpd answers 404 for a missing page" "$status"
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/static/")
[ "$status" != 200 ] && ok "lighttpd lists no directory" || fail "lighttpd lists no directory" "$status"
for f in x.md x.mustache x.yaml x.db .htaccess; do
	printf 'bron\n' > "$w/public/static/$f"
	status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/static/$f")
	rm -f "$w/public/static/$f"
	[ "$status" = 403 ] || [ "$status" = 404 ] && ok "lighttpd serves no source file ($f)" ||
		fail "lighttpd serves no source file ($f)" "$status"
done
# lighttpd's own refusals show the site's Dutch pages, with their status.
printf 'bron\n' > "$w/public/static/x.md"
curl -s -o "$w/403.html" -w '%{http_code}' "http://127.0.0.1:$port/static/x.md" > "$w/status"
rm -f "$w/public/static/x.md"
[ "$(cat "$w/status")" = 403 ] && grep -q '<h1>Geen toegang</h1>' "$w/403.html" &&
	ok "a forbidden file gets 403 with the site's Dutch page" ||
	fail "a forbidden file gets 403 with the site's Dutch page" "$(cat "$w/status"; head -c 300 "$w/403.html")"
python3 - "$port" > "$w/400.txt" <<'PY'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBroken header line\r\n\r\n")
out = b""
while chunk := s.recv(65536):
    out += chunk
sys.stdout.write(out.decode("utf-8", "replace"))
PY
head -1 "$w/400.txt" | grep -q ' 400 ' && grep -q '<h1>Verzoek niet begrepen</h1>' "$w/400.txt" &&
	ok "a malformed request gets 400 with the site's Dutch page" ||
	fail "a malformed request gets 400 with the site's Dutch page" "$(head -c 300 "$w/400.txt")"
src=$(find "$w/public" -name '*.md' -o -name '*.mustache' -o -name '*.yaml' -o -name '.*' | head -3)
[ -z "$src" ] && ok "the built site holds no source file" || fail "the built site holds no source file" "$src"
cc_page=$(curl -s -D - -o /dev/null "http://127.0.0.1:$port/vacatures/" | tr -d '\r' | grep -i '^cache-control:')
cc_static=$(curl -s -D - -o /dev/null "http://127.0.0.1:$port/static/css/site.css" | tr -d '\r' | grep -i '^cache-control:')
[ "$cc_page" = "Cache-Control: no-cache" ] && [ -z "$cc_static" ] &&
	ok "lighttpd: pages are asked again each time, the theme's files not" ||
	fail "lighttpd: pages are asked again each time, the theme's files not" "$cc_page / $cc_static"
ctype=$(curl -s -o /dev/null -w '%{content_type}' "http://127.0.0.1:$port/evenementen/agenda.ics")
case $ctype in text/calendar*) ok "ics served as text/calendar" ;; *) fail "ics served as text/calendar" "$ctype" ;; esac
if out=$(node "$top/tests/browser/portal.mjs" "http://127.0.0.1:$port" "$top/build/screenshots" 2>&1); then
	ok "$(printf '%s\n' "$out" | tail -1)"
else
	fail "browser test" "$(printf '%s\n' "$out" | tail -40)"
fi
if out=$(node "$top/tests/browser/search.mjs" "http://127.0.0.1:$port" "$top/build/screenshots" 2>&1); then
	ok "$(printf '%s\n' "$out" | tail -1)"
else
	fail "search test" "$(printf '%s\n' "$out" | tail -40)"
fi
finish
