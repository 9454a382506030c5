#!/bin/sh
# The search figures of make bench (issue 4 §4): serves a built site with
# the real lighttpd and the configuration of tools/lighttpd.conf.in
# (mod_deflate on, so "transferred" is what a browser really gets), and
# runs bench/search.mjs in Debian's Chromium against it: bytes
# transferred and time from the load event to the first result list for
# a query, a query with a filter, a filter alone and three typed letters
# (median of SEARCH_RUNS cold-cache runs each), and the files of the index.
#
#   sh bench/search.sh SITE_DIR [N]
#
# N (the number of vacancies, for the table and the JSON) defaults to the
# documents of the site's vacancy indexes. Prints one table and merges its
# rows into bench/search-results.json (or $SEARCH_JSON), replacing earlier
# rows of the same N. Needs lighttpd, /usr/bin/chromium, node and
# playwright-core in tests/node_modules (tools/deps.sh test installs them).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 1 ] || { echo "usage: bench/search.sh SITE_DIR [N]" >&2; exit 2; }
site=$(cd "$1" && pwd)
n=${2:-}
json=${SEARCH_JSON:-$top/bench/search-results.json}

die() {
	echo "bench/search.sh: $*" >&2
	exit 1
}

[ -f "$site/zoeken/index/open/start.json" ] || die "$site has no search index (zoeken/index/open/start.json)"
command -v lighttpd >/dev/null || die "lighttpd is missing (tools/deps.sh test)"
command -v node >/dev/null || die "node is missing (tools/deps.sh test)"
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium is missing (tools/deps.sh test)"
[ -d "$top/tests/node_modules/playwright-core" ] || die "tests/node_modules/playwright-core is missing (tools/deps.sh test)"

state=$(mktemp -d "${TMPDIR:-/tmp}/sbsearch.XXXXXX")
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$state"' EXIT
trap 'exit 130' INT TERM

# A free loopback port: try a few from a per-process start.
port=$((20000 + $$ % 20000))
for _ in 1 2 3 4 5 6 7 8 9 10; do
	sed -e "s|@ROOT@|$site|g" -e "s|@PORT@|$port|g" -e "s|@STATE@|$state|g" \
		"$top/tools/lighttpd.conf.in" > "$state/lighttpd.conf"
	lighttpd -D -f "$state/lighttpd.conf" 2>"$state/start.err" &
	server=$!
	up=
	for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
		if curl -fsS -o /dev/null "http://127.0.0.1:$port/robots.txt" 2>/dev/null; then up=1; break; fi
		kill -0 "$server" 2>/dev/null || break
		sleep 0.2
	done
	[ -n "$up" ] && break
	kill "$server" 2>/dev/null || :
	wait "$server" 2>/dev/null || :
	server=
	port=$((port + 1))
done
[ -n "$server" ] || die "lighttpd did not start: $(cat "$state/start.err")"
enc=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip, deflate' -w '%header{content-encoding}' \
	"http://127.0.0.1:$port/zoeken/index/open/start.json" 2>/dev/null || :)
[ "$enc" = gzip ] || echo "bench/search.sh: note: start.json is not served gzip-compressed ($enc)" >&2

node "$top/bench/search.mjs" "http://127.0.0.1:$port" "$site" "$json" "$n"
