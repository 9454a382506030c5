#!/bin/sh
# The demo: the sample region in content/ becomes a content repository
# (git) under var/demo, is indexed and generated, and lighttpd serves the
# portal at http://127.0.0.1:8080/ until Ctrl-C. An existing var/demo is
# kept, so changes made in the demo survive a restart; remove var/demo to
# start again from content/.
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)
demo=$top/var/demo
port=${PORT:-8080}
sb="$top/build/stagebureau"

mkdir -p "$demo"
if [ ! -f "$demo/content.git/HEAD" ]; then
	"$sb" init "$demo/content.git" content
fi
"$sb" --repo "$demo/content.git" --db "$demo/stagebureau.db" --theme theme --out "$demo/public" build

sed -e "s|@ROOT@|$demo/public|g" -e "s|@PORT@|$port|g" -e "s|@STATE@|$demo|g" \
	tools/lighttpd.conf.in > "$demo/lighttpd.conf"
lighttpd -tt -f "$demo/lighttpd.conf" >/dev/null
echo
echo "Stagebureau draait op http://127.0.0.1:$port/  (stoppen: Ctrl-C)"
echo
exec lighttpd -D -f "$demo/lighttpd.conf"
