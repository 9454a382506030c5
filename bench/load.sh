#!/bin/sh
# Load (issue 6 §4; bench/README.md, "Load"): the sample region (content/)
# served by lighttpd on loopback with the admin under /beheer/ (the
# configuration of tools/, two FastCGI processes), then, each bounded in
# time:
#   1. static: wrk over six public URLs (home, /vacatures/, a vacancy, an
#      organisation, /evenementen/, the style sheet), at each LOAD_CONNS;
#   2. admin pages: wrk with a logged-in session's cookie over the
#      dashboard, the vacancy list and a vacancy's edit form;
#   3. concurrent saves: LOAD_SESSIONS accounts, each its own session,
#      saving for LOAD_SAVE_SECONDS (a) each its own vacancy, (b) all the
#      same vacancy, every save based on the revision its form showed
#      (bench/load/load.py, with tests/adminclient.py); (c) as (a) while
#      one wrk reads the saved vacancies' pages, /vacatures/ and the home
#      page uncompressed, every HTML page checked to end with </html>, and
#      another the admin's dashboard, lists and the vacancies' edit forms.
# Then, with the server stopped and the builds after the saves finished:
# git fsck; every save answered with success is in the history with its
# own title and author, on exactly the revision it read; no other save is;
# no commit went unanswered; saves that lost a race got 409 and the
# conflict page, and only when their revision had really been replaced;
# each vacancy's public page shows its last save; the index equals a fresh
# index of HEAD (stagebureau check); the public site equals a fresh full
# build.
# Prints one table (also in $BENCH_DIR/load.txt) and writes
# bench/load-results.json. Exits 1 on any 5xx, lost or corrupted save or
# failed check.
#
#   bench/load.sh          LOAD_SECONDS=10 LOAD_CONNS="10 50" LOAD_THREADS=2
#                          LOAD_SESSIONS=4 LOAD_SAVE_SECONDS=LOAD_SECONDS
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)
. tools/serve.sh
seconds=${LOAD_SECONDS:-10}
conns=${LOAD_CONNS:-10 50}
threads=${LOAD_THREADS:-2}
sessions=${LOAD_SESSIONS:-4}
save_s=${LOAD_SAVE_SECONDS:-$seconds}
dir=${BENCH_DIR:-build/bench}
sb=${SB:-${BUILD:-build}/stagebureau}
admin=${ADMIN:-${BUILD:-build}/stagebureau-admin}
results=${LOAD_RESULTS:-bench/load-results.json}
today=2026-11-23
case $dir in /*) ;; *) dir=$top/$dir ;; esac
case $sb in /*) ;; *) sb=$top/$sb ;; esac
case $admin in /*) ;; *) admin=$top/$admin ;; esac

die() {
	echo "load: $*" >&2
	exit 1
}
for v in "$seconds" "$threads" "$sessions" "$save_s" $conns; do
	case $v in '' | *[!0-9]* | 0) die "LOAD_SECONDS, LOAD_CONNS, LOAD_THREADS, LOAD_SESSIONS and LOAD_SAVE_SECONDS are numbers above 0" ;; esac
done
for c in $conns; do
	[ "$c" -ge "$threads" ] || die "every LOAD_CONNS must be at least LOAD_THREADS ($threads)"
done
[ -x "$sb" ] && [ -x "$admin" ] || die "$sb or $admin is missing; run make all"
# Both programs must come from the same library (a failed make can leave
# one of them older): the site the admin writes is compared with a fresh
# build of the command-line program.
lib=$(dirname "$sb")/libstagebureau.a
for p in "$sb" "$admin"; do
	[ ! -f "$lib" ] || [ -z "$(find "$lib" -newer "$p")" ] || die "$p is older than $lib; run make all"
done
for tool in wrk lighttpd; do
	if ! command -v $tool >/dev/null; then
		echo "load: $tool is missing; installing Debian's $tool"
		[ "$(id -u)" -eq 0 ] || die "run as root, or apt-get install -y $tool first"
		apt-get install -y $tool >/dev/null || die "apt-get install -y $tool failed"
	fi
done
for tool in git curl python3; do
	command -v $tool >/dev/null || die "$tool is missing"
done

# A new work folder under $BENCH_DIR/load; the previous one goes (run.sh
# waits after clean-ups, see its top; last-clean tells it when).
mkdir -p "$dir/load"
for old in "$dir"/load/run.*; do
	if [ -e "$old" ]; then
		rm -rf "$old"
		touch "$dir/last-clean"
	fi
done
w=$(mktemp -d "$dir/load/run.XXXXXX")
# The programs and the theme as they are now: others may rebuild build/
# or edit theme/ while this runs, and the site the admin wrote must be
# compared with a fresh build by the same program.
mkdir "$w/bin"
cp "$sb" "$admin" "$w/bin/"
sb=$w/bin/$(basename "$sb") admin=$w/bin/$(basename "$admin")
cp -R theme "$w/theme"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port
trap 'lighttpd_stop' EXIT
trap 'exit 1' INT TERM

uptime_before=$(uptime)
echo "load: $uptime_before"
echo "load: the sample region into $w"
"$sb" -q init "$w/repo.git" content >/dev/null
accounts=
for i in $(seq "$sessions"); do
	echo "last-wachtwoord-$i" | "$sb" -d "$w/db" user add "last$i" --role makelaar \
		--email "last$i@example.nl" --naam "Last Tester $i" >/dev/null
	accounts="$accounts last$i:last-wachtwoord-$i"
done
"$sb" -q -r "$w/repo.git" -d "$w/db" -o "$w/public" -t "$w/theme" --today "$today" build
lighttpd_conf "$w/lighttpd.conf" ROOT="$w/public" PORT="$port" STATE="$w" ADMIN="$admin" \
	REPO="$w/repo.git" DB="$w/db" THEME="$w/theme" TODAY="$today"
lighttpd_start "$w/lighttpd.conf" "$base/beheer/inloggen" || die "lighttpd or the admin did not start ($w/lighttpd-error.log)"

# Open vacancies (on the list pages): one per session, one for all, one
# for the edit form of the admin pages; an organisation with a page.
slugs=$(python3 -c "
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for (s,) in c.execute(\"SELECT slug FROM vacancies WHERE status = 'open' AND vrij > 0 AND geldig_tot >= ? ORDER BY slug LIMIT ?\", (sys.argv[2], int(sys.argv[3]))):
    print(s)" "$w/db" "$today" $((sessions + 2)))
set -- $slugs
[ $# -eq $((sessions + 2)) ] || die "the sample region has fewer than $((sessions + 2)) open vacancies"
own=
for i in $(seq "$sessions"); do own="$own $1"; shift; done
same=$1 form=$2
org=
for d in "$w"/public/organisaties/*/index.html; do
	[ -f "$d" ] && { org=$(basename "$(dirname "$d")"); break; }
done
[ -n "$org" ] || die "no organisation page in the site"
static_paths="/ /vacatures/ /vacatures/$form/ /organisaties/$org/ /evenementen/ /static/css/site.css"
admin_paths="/beheer/ /beheer/vacatures/ /beheer/vacatures/$form/"
for p in $static_paths $admin_paths; do
	[ -f "$w/public${p%/}/index.html" ] || [ -f "$w/public$p" ] || case $p in /beheer/*) ;; *) die "no $p in the site" ;; esac
done

jsonl=$w/results.jsonl
: > "$jsonl"
# wrk_run KIND NAME CONNS SECONDS ARGS...: one wrk run; its LOAD line
# (bench/load/rotate.lua) goes to results.jsonl, its output to wrk-KIND-CONNS.out.
wrk_run() {
	kind=$1 name=$2 c=$3 d=$4
	shift 4
	o=$w/wrk-$kind-$c.out
	load=$(cut -d ' ' -f 1 /proc/loadavg)
	wrk -t"$threads" -c"$c" -d"${d}s" --timeout 10s -s bench/load/rotate.lua "$@" > "$o" 2>&1 ||
		{ cat "$o" >&2; die "wrk failed"; }
	line=$(sed -n 's/^LOAD {//p' "$o")
	[ -n "$line" ] || { cat "$o" >&2; die "no LOAD line from wrk"; }
	printf '{"kind": "%s", "name": "%s", "connections": %s, "threads": %s, "load1": %s, %s\n' \
		"$kind" "$name" "$c" "$threads" "$load" "$line" >> "$jsonl"
	python3 -c "import json, sys; r = json.loads(sys.argv[1])
print('  %-30s %3d conns: %8.0f req/s, p50 %.2f ms, p99 %.2f ms, %d non-2xx, %d 5xx (load %s)' % (r['name'],
      r['connections'], r['rps'], r['p50_ms'], r['p99_ms'], r['requests'] - r['s2xx'], r['s5xx'], r['load1']))" \
		"$(tail -n 1 "$jsonl")"
}

echo "load: static site, $seconds s per run"
for c in $conns; do
	wrk_run static "static: 6 public URLs" "$c" "$seconds" -H "Accept-Encoding: gzip" "$base" -- $static_paths
done
echo "load: admin pages, logged in, $seconds s per run"
cookie=$(python3 bench/load/load.py login "$base" last1 last-wachtwoord-1)
for c in $conns; do
	wrk_run admin "admin: 3 pages, logged in" "$c" "$seconds" -H "Accept-Encoding: gzip" -H "Cookie: $cookie" "$base" -- $admin_paths
done

start=$(git -C "$w/repo.git" rev-parse HEAD)
echo "load: concurrent saves, $sessions sessions, $save_s s each: own vacancies, one vacancy for all, own vacancies with readers"
load=$(cut -d ' ' -f 1 /proc/loadavg)
python3 bench/load/load.py saves "$base" own "$save_s" "$w/saves-own.json" $accounts -- $own
printf '{"kind": "saves", "name": "saves (a): each its own vacancy", "file": "%s", "load1": %s}\n' "$w/saves-own.json" "$load" >> "$jsonl"
load=$(cut -d ' ' -f 1 /proc/loadavg)
python3 bench/load/load.py saves "$base" same "$save_s" "$w/saves-same.json" $accounts -- "$same"
printf '{"kind": "saves", "name": "saves (b): all the same vacancy", "file": "%s", "load1": %s}\n' "$w/saves-same.json" "$load" >> "$jsonl"
# (c) Readers while sessions save: no page may be missing, fail or be cut
# short while the admin rewrites it (uncompressed, so rotate.lua can look
# at the end of every page). wrk starts first and runs a second longer,
# the logins of the sessions before their saves.
read_paths="/ /vacatures/"
for s in $own; do read_paths="$read_paths /vacatures/$s/"; done
admin_read="/beheer/ /beheer/vacatures/ /beheer/wijzigingen"
for s in $own; do admin_read="$admin_read /beheer/vacatures/$s/"; done
wrk_run during "static while saving (c)" 10 $((save_s + 1)) "$base" -- $read_paths &
reader=$!
wrk_run during-admin "admin while saving (c)" 10 $((save_s + 1)) -H "Cookie: $cookie" "$base" -- $admin_read &
admin_reader=$!
load=$(cut -d ' ' -f 1 /proc/loadavg)
python3 bench/load/load.py saves "$base" own "$save_s" "$w/saves-read.json" $accounts -- $own
wait $reader || die "wrk during the saves failed"
wait $admin_reader || die "wrk on the admin during the saves failed"
printf '{"kind": "saves", "name": "saves (c): own vacancy, with readers", "file": "%s", "load1": %s}\n' "$w/saves-read.json" "$load" >> "$jsonl"

# The full builds owed after the saves run in children of the admin
# processes; wait until none is left, then stop the server.
t0=$(date +%s)
for i in $(seq 1200); do
	kids=
	for p in $(pgrep -P "$lighttpd_pid" || true); do kids="$kids$(pgrep -P "$p" || true)"; done
	[ -z "$kids" ] && break
	sleep 0.1
done
settled=$(( $(date +%s) - t0 ))
[ -z "$kids" ] || echo "load: builds still running after 120 s"
lighttpd_stop
uptime_after=$(uptime)

checks=$w/checks.tsv
: > "$checks"
# check NAME CMD...: a line in checks.tsv.
check() {
	name=$1
	shift
	if out=$("$@" 2>&1); then
		printf '%s\tok\n' "$name" >> "$checks"
	else
		printf '%s\tFAIL\t%s\n' "$name" "$(printf '%s' "$out" | head -n 20 | tr '\t\n' '  ')" >> "$checks"
	fi
}
printf 'background builds finished within 120 s\t%s\n' "$([ -z "$kids" ] && echo ok || printf 'FAIL\tstill running')" >> "$checks"
# fsck_clean REPO: git fsck succeeds and says nothing (no warning either).
fsck_clean() {
	f_out=$(git -C "$1" fsck --full --no-dangling 2>&1) || { echo "$f_out"; return 1; }
	[ -z "$f_out" ] || { echo "$f_out"; return 1; }
}
check "git fsck --full is clean" fsck_clean "$w/repo.git"
check "the index equals a fresh index of HEAD (stagebureau check)" "$sb" -q -r "$w/repo.git" -d "$w/db" check
"$sb" -q -r "$w/repo.git" -d "$w/fresh.db" -o "$w/fresh" -t "$w/theme" --today "$today" build
check "the public site equals a fresh full build" diff -r "$w/fresh" "$w/public"
python3 bench/load/load.py verify "$w/repo.git" "$start" "$w/public" "$checks" "$w/saves-own.json" "$w/saves-same.json" \
	"$w/saves-read.json" >> "$jsonl"

{
	echo "nproc=$(nproc)"
	echo "cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)"
	echo "wrk=$(wrk -v 2>&1 | head -n 1 | awk '{ print $2 }')"
	echo "lighttpd=$(lighttpd -v 2>&1 | head -n 1 | sed 's/^lighttpd\/\([^ ]*\).*/\1/')"
	echo "admin_procs=$(sed -n 's/.*"max-procs" => \([0-9]*\).*/\1/p' "$w/lighttpd.conf")"
	echo "vacancies=$(git -C "$w/repo.git" ls-tree -r --name-only "$start" vacatures | wc -l)"
	echo "files=$(find "$w/fresh" -type f | wc -l)"
	echo "seconds=$seconds"
	echo "save_seconds=$save_s"
	echo "wrk_threads=$threads"
	echo "sessions=$sessions"
	echo "builds_settled_s=$settled"
	echo "uptime_before=$(echo "$uptime_before" | sed 's/^ *//')"
	echo "uptime_after=$(echo "$uptime_after" | sed 's/^ *//')"
	echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
	echo "work=$w"
} > "$w/machine.txt"
status=0
python3 bench/load/load.py report "$jsonl" "$w/machine.txt" "$results" > "$dir/load.txt" || status=$?
cat "$dir/load.txt"
echo "load: figures in $results, the table in $dir/load.txt, everything else in $w"
exit $status
