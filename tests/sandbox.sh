#!/bin/sh
# Least privilege of the admin (stagebureau-admin, cgi/sandbox.c). On a
# kernel with Landlock the admin must confine itself: write only beneath
# the content repository, the database's folder, the public folder and
# SQLite's temporary folder, read the theme without changing it, read
# nothing else of ours, and still log in, save and publish through the
# real lighttpd, its build children included; a symlink planted in the
# public folder must not let a build write outside it. On every kernel,
# the fallback is tested too: tests/nolandlock.c plays a kernel without
# Landlock (a seccomp filter answering ENOSYS), under which the admin
# must say in one line that it runs unconfined and why, keep working,
# and refuse to start with --sandbox require.
set -u
. "$(dirname "$0")/lib.sh"
w=$work
today=2026-11-23
py=$(python3 -c 'import sys; print(sys.executable)') || { fail "python3 runs"; finish; exit 1; }

# Copies of the programs, as tests/admin.sh takes them.
case ${BUILD:-build} in /*) bin=$BUILD ;; *) bin=$top/${BUILD:-build} ;; esac
cp "$bin/stagebureau-admin" "$bin/stagebureau" "$w/" || { fail "copy the programs"; finish; exit 1; }
admin=$w/stagebureau-admin
sb=$w/stagebureau
${CC:-cc} -Wall -Wextra -o "$w/nolandlock" "$top/tests/nolandlock.c" ||
	{ fail "tests/nolandlock.c compiles"; finish; exit 1; }
abi=$("$w/nolandlock" abi)

# The database has a folder of its own (the admin may write all of it);
# outside/ and the theme copy are what it must not change.
repo=$w/repo db=$w/state/db public=$w/public theme=$w/theme
mkdir -p "$w/state" "$w/outside" "$w/sqltmp"
echo geheim > "$w/outside/secret"
cp -R "$top/theme" "$theme"
SOURCE_DATE_EPOCH=1795000000 "$sb" -q init "$repo" "$top/tests/fixture/site" &&
"$sb" -q -r "$repo" -d "$db" -t "$theme" -o "$public" --today "$today" build &&
printf 'mia-wachtwoord-1\n' | "$sb" -d "$db" user add mia --role makelaar --email mia@example.nl --naam 'Mia Makelaar' ||
	{ fail "fixture site builds"; finish; exit 1; }
# SQLite's temporary folder is one the admin may write; make it ours, not /var/tmp.
SQLITE_TMPDIR=$w/sqltmp
export SQLITE_TMPDIR

# The admin with this test's paths: $w/run-admin [ARG...].
cat > "$w/run-admin" <<EOF
#!/bin/sh
exec "$admin" -r "$repo" -d "$db" -o "$public" -t "$theme" --today $today "\$@"
EOF
# What lighttpd runs: confined (and required to be), or as on a kernel without Landlock.
cat > "$w/admin-confined" <<EOF
#!/bin/sh
SQLITE_TMPDIR="$w/sqltmp" STAGEBUREAU_SANDBOX=require exec "$admin" "\$@"
EOF
cat > "$w/admin-nolandlock" <<EOF
#!/bin/sh
SQLITE_TMPDIR="$w/sqltmp" exec "$w/nolandlock" "$admin" "\$@"
EOF
chmod +x "$w/run-admin" "$w/admin-confined" "$w/admin-nolandlock"

# expect NAME CONDITION: passes when the shell code CONDITION does; shows $out when not.
expect() {
	_n=$1; shift
	if eval "$*"; then ok "$_n"; else fail "$_n" "$(printf 'not true: %s\n%s' "$*" "$out")"; fi
}
# has TEXT: the last output ($out) has a line that is exactly TEXT.
has() { printf '%s\n' "$out" | grep -qxF -- "$1"; }

# serve NAME PROGRAM: lighttpd on a free loopback port, running PROGRAM as the admin.
serve() {
	state=$w/$1
	mkdir -p "$state"
	port=$(free_port $((20000 + ($$ + 3000) % 20000)))
	base=http://127.0.0.1:$port
	lighttpd_conf "$state/lighttpd.conf" ROOT="$public" PORT="$port" STATE="$state" ADMIN="$2" \
		REPO="$repo" DB="$db" THEME="$theme" TODAY="$today" || { fail "$1: the lighttpd configuration renders"; return 1; }
	# The admin's standard error is lighttpd's: kept in $state/stderr.
	lighttpd_start "$state/lighttpd.conf" "$base/beheer/inloggen" "$state/stderr" && return 0
	fail "$1: lighttpd and the admin answer on port $port" "$(tail -5 "$state/lighttpd-error.log" 2>/dev/null)"
	return 1
}
stop() {	# after the build children, which outlive their admin, have finished
	wait_build
	lighttpd_stop
}
# save SLUG TITLE: logs in as mia and saves the vacancy's title over HTTP;
# $out gets "STATUS LOCATION".
save() {
	out=$("$py" - "$top/tests" "$base" "$1" "$2" <<'PY' 2>&1
import sys
sys.path.insert(0, sys.argv[1])
from adminclient import Admin
a = Admin(sys.argv[2])
status = a.login("mia", "mia-wachtwoord-1")
if status != 303:
    sys.exit("login answered %s" % status)
status, location = a.save("/beheer/vacatures/%s/" % sys.argv[3], {"titel": sys.argv[4]})
print(status, location)
PY
	)
}
saved() { case $out in "303 "*opgeslagen=*) true ;; *) false ;; esac; }
# The build a save leaves for later runs in a child; wait until it has run.
wait_build() { sleep 1; flock "$db.build-lock" true; }

########## Confined, where the kernel has Landlock

if [ "$abi" -gt 0 ]; then
	# Which paths the confined admin may use, asked of the admin itself.
	ln -s "$w/outside" "$public/escape"
	out=$("$w/run-admin" --sandbox require --sandbox-test "$w/outside/new" "$w/new" "$w/outside/secret" \
		"$public/escape/new" "$theme/new" "$theme/admin/melding.mustache" "$repo/new" "$w/state/new" \
		"$public/new" "$w/sqltmp/new" /etc/passwd 2>&1)
	status=$?
	rm "$public/escape"
	expect "--sandbox-test: confined by Landlock ABI $abi, exit status 0" \
		'has "sandbox: confined by Landlock (ABI $abi)" && [ $status = 0 ]'
	expect "confined: cannot create a file outside the allowed folders" \
		"has \"create '$w/outside/new': denied (Permission denied)\" && [ ! -e '$w/outside/new' ]"
	expect "confined: cannot create a file in the folder that holds them all" \
		"has \"create '$w/new': denied (Permission denied)\" && [ ! -e '$w/new' ]"
	expect "confined: cannot read a file of ours outside the allowed folders" \
		"has \"read '$w/outside/secret': denied (Permission denied)\""
	expect "confined: a symlink in the public folder does not lead out" \
		"has \"create '$public/escape/new': denied (Permission denied)\" && [ ! -e '$w/outside/new' ]"
	expect "confined: the theme can be read, not changed" \
		"has \"create '$theme/new': denied (Permission denied)\" && has \"read '$theme/admin/melding.mustache': allowed\""
	expect "confined: the repository, the database's folder and the public folder can be written" \
		"has \"create '$repo/new': allowed\" && has \"create '$w/state/new': allowed\" && has \"create '$public/new': allowed\""
	expect "confined: SQLite's temporary folder can be written" "has \"create '$w/sqltmp/new': allowed\""
	expect "confined: the system's configuration can be read" "has \"read '/etc/passwd': allowed\""

	# The same admin, serving: confinement required, so it would not start unconfined.
	if serve confined "$w/admin-confined"; then
		pids=$(ps -o pid= --ppid "$lighttpd_pid")
		out="admin processes: $pids"
		nnp=0
		for p in $pids; do grep -q '^NoNewPrivs:[[:space:]]*1' "/proc/$p/status" && nnp=$((nnp + 1)); done
		expect "confined: every admin process lighttpd started has no_new_privs" '[ -n "$pids" ] && [ $nnp = $(echo $pids | wc -w) ]'
		save helpende-zorg-2 'Helpende zorg in de sandbox'
		expect "confined: login and a save through HTTP" saved
		expect "confined: the save is one commit by the broker" \
			'[ "$(git -C "$repo" log -1 --format=%an)" = "Mia Makelaar" ]'
		expect "confined: the vacancy's page is published before the answer" \
			'grep -q "Helpende zorg in de sandbox" "$public/vacatures/helpende-zorg-2/index.html"'
		wait_build
		out=$(grep -rl "Helpende zorg in de sandbox" "$public" | sed "s|^$public/||")
		expect "confined: the build child publishes the rest (lists, sector pages, search)" \
			'printf "%s\n" "$out" | grep -q "^vacatures/sector/zorg-en-welzijn/"'

		# A symlink planted where a build writes: the kernel refuses the write.
		rm -rf "$public/vacatures/helpende-zorg-3"
		mkdir "$w/outside/helpende-zorg-3"
		ln -s "$w/outside/helpende-zorg-3" "$public/vacatures/helpende-zorg-3"
		save helpende-zorg-3 'Helpende zorg door een symlink'
		wait_build
		out="$out
$(ls -la "$w/outside/helpende-zorg-3")"
		expect "confined: a build cannot write through a symlink to outside the public folder" \
			'[ -z "$(ls -A "$w/outside/helpende-zorg-3")" ]'
		# Proof that the write was tried and refused by the kernel, not skipped.
		out=$(grep helpende-zorg-3 "$w/confined/stderr")
		expect "confined: the refused write is logged as Permission denied" \
			'printf "%s\n" "$out" | grep -q "Permission denied"'
		expect "confined: the admin answers after the refused write" \
			'[ "$(curl -s -o /dev/null -w "%{http_code}" "$base/beheer/inloggen")" = 200 ]'
		rm -f "$public/vacatures/helpende-zorg-3"
		out=$(cat "$w/confined/stderr")
		expect "confined: the admin did not say it runs unconfined" '! grep -q "unconfined" "$w/confined/stderr"'
		stop
	fi
else
	echo "sandbox: this kernel has no Landlock; testing the unconfined fallback only"
	out=$("$w/run-admin" --sandbox-test "$w/outside/new" 2>&1)
	expect "no Landlock: the admin says it runs unconfined, and why" \
		'printf "%s\n" "$out" | grep -q "^stagebureau-admin: running unconfined: ."'
	out=$("$w/run-admin" --sandbox require --sandbox-test "$w/outside/new" 2>&1)
	status=$?
	expect "no Landlock: --sandbox require refuses to run" \
		'[ $status = 1 ] && printf "%s\n" "$out" | grep -q "cannot confine the admin as --sandbox require asks"'
fi

########## The fallback, on any kernel: as if it had no Landlock

reason='this kernel has no Landlock (Linux 5.13 or later, built with CONFIG_SECURITY_LANDLOCK)'
out=$("$w/nolandlock" "$w/run-admin" --sandbox-test "$w/outside/new" 2>"$w/stderr")
status=$?
expect "fallback: --sandbox-test reports running unconfined, exit status 1" \
	'has "sandbox: running unconfined: $reason" && [ $status = 1 ]'
expect "fallback: unconfined, the same probe does create the file (the probe sees writes)" \
	"has \"create '$w/outside/new': allowed\" && [ ! -e '$w/outside/new' ]"
out=$(cat "$w/stderr")
expect "fallback: one line on stderr says it runs unconfined, and why" \
	'[ "$out" = "stagebureau-admin: running unconfined: $reason" ]'
out=$("$w/nolandlock" "$w/run-admin" --sandbox require --sandbox-test "$w/outside/new" 2>&1)
status=$?
expect "fallback: --sandbox require refuses to start, exit status 1" \
	'[ $status = 1 ] && [ "$out" = "stagebureau: cannot confine the admin as --sandbox require asks: $reason" ]'
out=$(STAGEBUREAU_SANDBOX=off "$w/run-admin" --sandbox-test "$w/outside/new" 2>&1)
expect "STAGEBUREAU_SANDBOX=off: unconfined, and says so" \
	'has "stagebureau-admin: running unconfined: confinement turned off (--sandbox off or STAGEBUREAU_SANDBOX=off)"'
out=$("$w/run-admin" --sandbox sometimes 2>&1)
status=$?
expect "--sandbox with an unknown mode is refused" '[ $status = 2 ] && has "stagebureau: --sandbox must be auto, require or off"'

if serve fallback "$w/admin-nolandlock"; then
	procs=$(ps -o pid= --ppid "$lighttpd_pid" | wc -l)
	save helpende-zorg-4 'Helpende zorg zonder sandbox'
	expect "fallback: login and a save through HTTP" saved
	expect "fallback: the vacancy's page is published" \
		'grep -q "Helpende zorg zonder sandbox" "$public/vacatures/helpende-zorg-4/index.html"'
	out=$(cat "$w/fallback/stderr")
	expect "fallback: each admin process logged once that it runs unconfined, and why" \
		'[ "$(grep -cxF "stagebureau-admin: running unconfined: $reason" "$w/fallback/stderr")" = "$procs" ]'
	stop
fi
finish
