# The one way the demo, the tests and the benchmarks fill in the server
# configurations of tools/ (*.conf.in) and run lighttpd with them, so that
# a change to a template or to how it is started is made once. Source it
# with $top set to the repository's top folder; it defines:
#
#   render_conf OUT TEMPLATE... NAME=VALUE...
#       OUT gets the TEMPLATEs, one after the other, with every @NAME@
#       replaced by VALUE. A NAME given empty drops the lines that hold
#       @NAME@ (the demo leaves out STAGEBUREAU_TODAY that way). Returns 1,
#       naming them, when any @NAME@ is left without a value.
#   lighttpd_conf OUT NAME=VALUE...
#       render_conf of tools/lighttpd.conf.in (ROOT, PORT, STATE), plus
#       tools/lighttpd-admin.conf.in when ADMIN is given (with REPO, DB,
#       THEME and TODAY).
#   free_port START
#       Prints the first of the ten ports from START that nothing on
#       127.0.0.1 answers on (each script starts at its own offset from
#       its process id, so that scripts running at once rarely meet).
#   lighttpd_start CONF URL [LOG]
#       Starts lighttpd -D -f CONF in the background (pid in $lighttpd_pid),
#       its output and the admin's standard error to LOG when given, and
#       waits up to 10 s until URL answers 200; if it does not, stops it
#       and returns 1 (lighttpd's error log, in STATE, says why).
#       SOURCE_DATE_EPOCH is removed from its environment: the admin's
#       commits get real times (the history is ordered by them).
#   lighttpd_stop
#       Stops that lighttpd and waits (up to 10 s) until the FastCGI
#       processes it started, and the builds they started, are gone.
#       Does nothing when none runs.
#
# Every function works under set -e; names they use start with _sv_.

lighttpd_pid=

render_conf() {
	_sv_out=$1
	shift
	_sv_script=
	for _sv_a; do
		case $_sv_a in
		[A-Z]*=*)
			_sv_name=${_sv_a%%=*}
			_sv_value=${_sv_a#*=}
			case $_sv_name in *[!A-Z_]*)
				echo "render_conf: '$_sv_name': not a placeholder name" >&2
				return 1 ;;
			esac
			case $_sv_value in *'
'*)
				echo "render_conf: the value of $_sv_name has a line break" >&2
				return 1 ;;
			esac
			if [ -z "$_sv_value" ]; then
				# Deletions first: no value put in can hide a line to drop.
				_sv_script="/@$_sv_name@/d
$_sv_script"
			else
				_sv_value=$(printf '%s\n' "$_sv_value" | sed 's/[\\|&]/\\&/g')
				_sv_script="$_sv_script
s|@$_sv_name@|$_sv_value|g"
			fi
			;;
		*)
			[ -f "$_sv_a" ] || { echo "render_conf: '$_sv_a': no such template" >&2; return 1; }
			;;
		esac
	done
	for _sv_a; do
		case $_sv_a in [A-Z]*=*) ;; *) cat "$_sv_a" ;; esac
	done | sed -e "$_sv_script" > "$_sv_out" || return 1
	if _sv_left=$(grep -n '@[A-Z][A-Z_]*@' "$_sv_out"); then
		echo "render_conf: '$_sv_out': placeholders without a value:" >&2
		printf '%s\n' "$_sv_left" >&2
		return 1
	fi
	return 0
}

lighttpd_conf() {
	_sv_conf=$1
	shift
	_sv_admin=
	for _sv_a; do
		case $_sv_a in ADMIN=*) _sv_admin=1 ;; esac
	done
	if [ -n "$_sv_admin" ]; then
		render_conf "$_sv_conf" "$top/tools/lighttpd.conf.in" "$top/tools/lighttpd-admin.conf.in" "$@"
	else
		render_conf "$_sv_conf" "$top/tools/lighttpd.conf.in" "$@"
	fi
}

free_port() {
	# A port a server can bind: none listens there and no connection uses
	# it as its local end. Ports in the kernel's range for outgoing
	# connections are mapped below it, since a busy test or bench fills
	# that range with client sockets (bind then fails, though nothing
	# answers there).
	python3 - "$1" <<'PY'
import socket, sys
try:
    low = int(open("/proc/sys/net/ipv4/ip_local_port_range").read().split()[0])
except OSError:
    low = 32768
port = int(sys.argv[1])
if port >= low:
    port = 20000 + (port - 20000) % max(low - 20000, 1000)
for _ in range(50):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        s.bind(("127.0.0.1", port))
        break
    except OSError:
        port += 1
    finally:
        s.close()
print(port)
PY
}

lighttpd_start() {
	if [ -n "${3:-}" ]; then
		env -u SOURCE_DATE_EPOCH lighttpd -D -f "$1" > "$3" 2>&1 &
	else
		env -u SOURCE_DATE_EPOCH lighttpd -D -f "$1" &
	fi
	lighttpd_pid=$!
	_sv_i=0
	while [ $_sv_i -lt 100 ]; do
		[ "$(curl -s -o /dev/null -w '%{http_code}' "$2")" = 200 ] && return 0
		kill -0 "$lighttpd_pid" 2>/dev/null || break
		sleep 0.1
		_sv_i=$((_sv_i + 1))
	done
	lighttpd_stop
	return 1
}

lighttpd_stop() {
	[ -n "$lighttpd_pid" ] || return 0
	# Its FastCGI processes and their build children, which outlive them.
	_sv_procs=$(pgrep -P "$lighttpd_pid" || true)
	for _sv_p in $_sv_procs; do
		_sv_procs="$_sv_procs $(pgrep -P "$_sv_p" || true)"
	done
	kill "$lighttpd_pid" 2>/dev/null || true
	wait "$lighttpd_pid" 2>/dev/null || true
	lighttpd_pid=
	# lighttpd ends its FastCGI processes as it stops; a test that looks
	# at the repository next, or removes its folder, must not meet one
	# (or a build it started) still writing.
	for _sv_i in $(seq 100); do
		_sv_alive=
		for _sv_p in $_sv_procs; do
			kill -0 "$_sv_p" 2>/dev/null && _sv_alive=1
		done
		[ -z "$_sv_alive" ] && break
		sleep 0.1
	done
	return 0
}
