#!/bin/sh
# One admin save until the public page shows it (issue "Beheer" §6): the
# admin runs under lighttpd on a copy of a content repository; a broker's
# client logs in and saves SAVES vacancies at a broker's pace. For each
# save it records the server's own time from commit to the vacancy page
# written (the "tijd" of the answer) and the client's time from posting
# until the /vacatures/ list shows the change (lists follow in the full
# build after the answer). Prints p50 and p95 of both.
# Usage: bench/admin.sh NAME REPO-OR-FOLDER [SAVES] [PAUSE_S]
set -eu
name=$1 src=$2 saves=${3:-20} pause=${4:-1}
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/tools/serve.sh"
w=$(mktemp -d "${TMPDIR:-/tmp}/sbbench.XXXXXX")
port=$(free_port $((30000 + $$ % 20000)))
trap 'lighttpd_stop; rm -rf "$w"' EXIT
sb="$top/${BUILD:-build}/stagebureau"

if [ -f "$src/HEAD" ]; then git clone -q --bare "$src" "$w/repo.git"; else "$sb" -q init "$w/repo.git" "$src"; fi
echo bench-wachtwoord | "$sb" -d "$w/db" user add makelaar --role makelaar --email m@example.nl --naam "Bench Makelaar" >/dev/null
"$sb" -q -r "$w/repo.git" -d "$w/db" -o "$w/public" -t "$top/theme" --today 2026-11-23 build
lighttpd_conf "$w/lighttpd.conf" ROOT="$w/public" PORT="$port" STATE="$w" ADMIN="$top/${BUILD:-build}/stagebureau-admin" \
	REPO="$w/repo.git" DB="$w/db" THEME="$top/theme" TODAY=2026-11-23
lighttpd_start "$w/lighttpd.conf" "http://127.0.0.1:$port/beheer/inloggen" ||
	{ echo "$name: lighttpd or the admin did not start: $(tail -5 "$w/lighttpd-error.log" 2>/dev/null)" >&2; exit 1; }
# Vacancies that are open, so they are on the list pages.
slugs=$(sqlite3_slugs() { /usr/bin/python3 -c "
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for (s,) in c.execute(\"SELECT slug FROM vacancies WHERE status = 'open' AND vrij > 0 AND geldig_tot >= '2026-11-23' ORDER BY geplaatst DESC, slug LIMIT ?\", (int(sys.argv[2]),)):
    print(s)" "$w/db" "$saves"; }; sqlite3_slugs)
/usr/bin/python3 - "http://127.0.0.1:$port" "$name" "$pause" "$w/public" $slugs <<'PY'
import re, sys, time
sys.path.insert(0, "tests")
from adminclient import Admin
base, name, pause, public, slugs = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4], sys.argv[5:]
a = Admin(base)
assert a.login("makelaar", "bench-wachtwoord") == 303
page, lists = [], []
for i, slug in enumerate(slugs):
    time.sleep(pause)
    title = f"Bench {i} {slug[:20]}"
    t0 = time.time()
    st, loc = a.save(f"/beheer/vacatures/{slug}/", {"titel": title})
    m = re.search(r"tijd=(\d+)", loc or "")
    if st != 303 or not m:
        print(f"{name}: save {i} failed ({st})"); continue
    page.append(int(m.group(1)))
    # The list shows the new title once the full build after the answer is done.
    while time.time() - t0 < 120:
        _, _, body = a.request("/vacatures/")
        if title in body:
            break
        time.sleep(0.02)
    lists.append(int((time.time() - t0) * 1000))
def pct(v, p):
    v = sorted(v); return v[min(len(v) - 1, int(round(p * (len(v) - 1))))]
print(f"{name}: admin save to live vacancy page: p50 {pct(page, .5)} ms, p95 {pct(page, .95)} ms;"
      f" save to list pages updated: p50 {pct(lists, .5)} ms, p95 {pct(lists, .95)} ms ({len(page)} saves)")
PY
