#!/bin/sh
# Real validators over the whole generated sample site: the Nu Html
# Checker (vnu.jar) on every page, xmllint on the sitemap (sitemaps.org
# schema) and feed, and validate.py for Atom, iCalendar, JSON-LD, Open
# Graph and "no request to another host".
set -u
. "$(dirname "$0")/lib.sh"
site=${1:-$top/content}
w=$work
vnu="$top/tests/node_modules/vnu-jar/build/dist/vnu.jar"

"$sb" -q init "$w/repo" "$site" && \
"$sb" -q -r "$w/repo" -d "$w/db" -t "$top/theme" -o "$w/public" --today 2026-11-23 build ||
	{ fail "sample site builds"; finish; exit 1; }
ok "sample site builds"
pages=$(find "$w/public" -name '*.html' | wc -l)
base=$(sed -n 's/^basis_url: *//p' "$site/site.yaml")

if out=$(java -Xss4m -jar "$vnu" --errors-only --skip-non-html --format text "$w/public" 2>&1); then
	ok "Nu Html Checker: $pages pages without errors"
else
	fail "Nu Html Checker: $pages pages without errors" "$(printf '%s\n' "$out" | head -30)"
fi
check "sitemap.xml matches the sitemaps.org schema" \
	xmllint --noout --schema "$top/tests/schemas/sitemap.xsd" "$w/public/sitemap.xml"
check "feed.xml is well-formed XML" xmllint --noout "$w/public/feed.xml"
check "robots.txt names the sitemap" grep -q "^Sitemap: $base/sitemap.xml" "$w/public/robots.txt"
if out=$(/usr/bin/python3 "$top/tests/validate.py" "$w/public" "$base" 2>&1); then
	ok "$(printf '%s\n' "$out" | tail -1)"
else
	fail "validate.py" "$(printf '%s\n' "$out" | tail -30)"
fi
finish
