#!/bin/sh
# Installs what Stagebureau needs and is missing, from Debian's packages
# (and, for the browser tests, npm). "runtime": build and demo; "test":
# also everything make check uses. Safe to run again: it installs only
# what is absent, and says what it installs.
set -eu
cd "$(dirname "$0")/.."

runtime="build-essential pkg-config git libcmark-dev libsqlite3-dev libgit2-dev libfcgi-dev
libyaml-dev libjansson-dev libsodium-dev lighttpd lighttpd-mod-deflate"
test="$runtime default-jre-headless nodejs npm chromium libxml2-utils python3-icalendar curl
nginx apache2 spawn-fcgi clang libclang-rt-14-dev valgrind"

case "${1:-runtime}" in
runtime) want=$runtime ;;
test) want=$test ;;
*) echo "usage: $0 runtime|test" >&2; exit 2 ;;
esac

# A tool installed outside Debian's packages (a newer Node.js, a JDK)
# counts as present: installing Debian's over it could conflict.
present() {
	case $1 in
	nodejs) command -v node >/dev/null && return 0 ;;
	npm) command -v npm >/dev/null && return 0 ;;
	default-jre-headless) command -v java >/dev/null && return 0 ;;
	esac
	dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=
for p in $want; do
	present "$p" || missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "deps: installing$missing"
	if [ "$(id -u)" != 0 ]; then
		echo "deps: not root; install these packages first:$missing" >&2
		exit 1
	fi
	apt-get update -q
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi

if [ "${1:-runtime}" = test ] && [ ! -d tests/node_modules/playwright-core ] || \
   [ "${1:-runtime}" = test ] && [ ! -d tests/node_modules/vnu-jar ]; then
	echo "deps: installing npm packages of tests/package.json"
	(cd tests && npm ci --no-audit --no-fund --loglevel=error)
fi
