#!/bin/sh
# The demo: the sample region in content/ becomes a content repository
# (git) under var/demo, is indexed and generated, and lighttpd serves the
# portal at http://127.0.0.1:8080/ until Ctrl-C. An existing var/demo is
# kept, so changes made in the demo survive a restart; remove var/demo to
# start again from content/.
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)
. tools/serve.sh
demo=$top/var/demo
port=${PORT:-8080}
sb="$top/build/stagebureau"

mkdir -p "$demo"
if [ ! -f "$demo/content.git/HEAD" ]; then
	"$sb" init "$demo/content.git" content
fi
"$sb" --repo "$demo/content.git" --db "$demo/stagebureau.db" --theme theme --out "$demo/public" build
# The sample region's broker account; a real region adds its own accounts.
if ! "$sb" --db "$demo/stagebureau.db" user list | grep -q '^makelaar '; then
	echo demo | "$sb" --db "$demo/stagebureau.db" user add makelaar --role makelaar \
		--email makelaar@example.nl --naam "Mia Makelaar" --weak-password-ok
fi

# No TODAY: the demo's admin goes by the real date.
lighttpd_conf "$demo/lighttpd.conf" ROOT="$demo/public" PORT="$port" STATE="$demo" \
	ADMIN="$top/build/stagebureau-admin" REPO="$demo/content.git" DB="$demo/stagebureau.db" \
	THEME="$top/theme" TODAY=
lighttpd -tt -f "$demo/lighttpd.conf" >/dev/null
echo
echo "Stagebureau draait op http://127.0.0.1:$port/  (stoppen: Ctrl-C)"
echo "Beheer: http://127.0.0.1:$port/beheer/  gebruiker: makelaar  wachtwoord: demo"
echo
exec lighttpd -D -f "$demo/lighttpd.conf"
