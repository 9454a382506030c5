#!/bin/sh
# The benchmark of make bench (bench/README.md): for each N of BENCH_N, a
# deterministic dataset (bench/dataset.py) becomes a content repository,
# and BENCH_RUNS runs each measure stagebureau's index from scratch, its
# full build into an empty folder, an unchanged rebuild, a rebuild after a
# one-vacancy commit, one edit to live page and one commit (bench/commit.c),
# the floor (bench/floor.c writing the same files) and Hugo on the same
# entries.  Every run's wall time (date +%s.%N), peak RSS and CPU time
# (/usr/bin/time) go to $BENCH_DIR/raw.tsv; bench/report.py prints the
# table of medians and writes bench/results.json.
#
# Nothing is deleted while measuring: every run writes into a new folder,
# and all of them are removed at the end.  On ext4 without a journal (as
# on the machine of bench/README.md) the kernel avoids reusing inodes freed
# in the last minute, five while their inode table block is dirty, and
# creating files right after deleting many is then several times slower;
# so after any clean-up the harness waits BENCH_SETTLE seconds.
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)
runs=${BENCH_RUNS:-3}
runs_100k=${BENCH_RUNS_100K:-1}
limit=${BENCH_TIMEOUT:-0}
settle_s=${BENCH_SETTLE:-370}
ns=${BENCH_N:-1000 10000 100000}
dir=${BENCH_DIR:-build/bench}
sb=${SB:-build/stagebureau}
today=2026-11-23
case $dir in /*) ;; *) dir=$top/$dir ;; esac
case $sb in /*) ;; *) sb=$top/$sb ;; esac
floor=$dir/floor
raw=$dir/raw.tsv

die() {
	echo "bench: $*" >&2
	exit 1
}

number() {
	case $2 in '' | *[!0-9]*) die "$1 must be a number, not '$2'" ;; esac
}
number BENCH_RUNS "$runs"
number BENCH_RUNS_100K "$runs_100k"
number BENCH_TIMEOUT "$limit"
number BENCH_SETTLE "$settle_s"
[ "$runs" -ge 1 ] && [ "$runs_100k" -ge 1 ] || die "BENCH_RUNS and BENCH_RUNS_100K must be at least 1"
for n in $ns; do
	number BENCH_N "$n"
	[ "$n" -ge 1 ] || die "BENCH_N must list numbers of at least 1"
done
[ -x "$sb" ] || die "$sb is missing; run make all"
[ -x "$floor" ] || die "$floor is missing; run make bench"
[ -x "$dir/commit" ] || die "$dir/commit is missing; run make bench"
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (apt-get install -y time)"
command -v git >/dev/null || die "git is missing"
command -v python3 >/dev/null || die "python3 is missing"
if ! command -v hugo >/dev/null; then
	echo "bench: hugo is missing; installing Debian's hugo"
	[ "$(id -u)" -eq 0 ] || die "run as root, or apt-get install -y hugo first"
	apt-get install -y hugo >/dev/null || die "apt-get install -y hugo failed"
fi

mkdir -p "$dir"
export HUGO_CACHEDIR="$dir/hugo-cache"

runs_for() {
	if [ "$1" -ge 100000 ]; then echo "$runs_100k"; else echo "$runs"; fi
}

# Disk: per N its dataset and repository (about 80 KB per vacancy) and,
# since nothing is removed before the end, every run's site (about 28 KB
# per vacancy, for us, the floor and Hugo).
need_kb=1000000
for n in $ns; do
	need_kb=$((need_kb + n * (80 + 3 * 28 * $(runs_for "$n"))))
done
avail_kb=$(df -Pk "$dir" | awk 'NR == 2 { print $4 }')
echo "bench: disk: $(df -h "$dir" | awk 'NR == 2 { print $4 " free of " $2 " on " $6 }'), need about $((need_kb / 1000000 + 1)) GB"
[ "$avail_kb" -gt "$need_kb" ] || die "not enough free disk space in $dir"

hugo_version=$(hugo version | awk '{ print $2 }')
echo "bench: N = $ns; $runs runs each ($runs_100k at N >= 100000); $("$sb" version 2>/dev/null || echo 'stagebureau ?'); hugo $hugo_version"

# removed PATH...: removes what exists of PATH... and notes the time.
removed() {
	for p in "$@"; do
		if [ -e "$p" ]; then
			rm -rf "$p"
			touch "$dir/last-clean"
		fi
	done
}

# settle: waits until BENCH_SETTLE seconds have passed since the last
# clean-up, so that freed inodes cost nothing (see the top of this file).
settle() {
	sync
	[ -f "$dir/last-clean" ] || return 0
	left=$(( $(stat -c %Y "$dir/last-clean") + settle_s - $(date +%s) ))
	if [ "$left" -gt 0 ]; then
		echo "bench: waiting $left s after the clean-up (ext4 avoids freshly freed inodes)"
		sleep "$left"
	fi
}

# measure N TOOL RUN FILES COMMAND...: runs COMMAND once and appends its
# wall time, peak RSS, CPU time and the load average of the machine when
# it started (other people's work shows there) to raw.tsv.  FILES says what
# to count: a folder, its files afterwards; "written", the "N written" that
# stagebureau build prints; "read", the "N files read" of stagebureau index.
# Returns 1 when COMMAND ran out of BENCH_TIMEOUT (recorded as "timeout").
measure() {
	m_n=$1 m_tool=$2 m_run=$3 m_out=$4
	shift 4
	sync
	load=$(cut -d ' ' -f 1 /proc/loadavg)
	[ "$limit" -gt 0 ] && set -- timeout --foreground "$limit" "$@"
	t0=$(date +%s.%N)
	status=0
	/usr/bin/time -f '%M %U %S' -o "$dir/time.out" "$@" >"$dir/cmd.out" 2>"$dir/cmd.err" || status=$?
	t1=$(date +%s.%N)
	if [ "$status" -eq 124 ] && [ "$limit" -gt 0 ]; then
		printf '%s\t%s\t%s\ttimeout\t\t\t\t%s\n' "$m_n" "$m_tool" "$m_run" "$load" >> "$raw"
		printf '  %-28s run %s: stopped after %s s (BENCH_TIMEOUT)\n' "$m_tool" "$m_run" "$limit"
		return 1
	fi
	if [ "$status" -ne 0 ]; then
		cat "$dir/cmd.out" "$dir/cmd.err" >&2
		die "failed ($status): $*"
	fi
	wall=$(echo "$t1 $t0" | awk '{ printf "%.3f", $1 - $2 }')
	set -- $(tail -n 1 "$dir/time.out")
	peak=$1
	cpu=$(echo "$2 $3" | awk '{ printf "%.2f", $1 + $2 }')
	case $m_out in
	written) files=$(sed -n -e 's/^build: .* \([0-9][0-9]*\) written,.*/\1/p' \
		-e 's/^build: nothing changed.*; \([0-9][0-9]*\) files written.*/\1/p' "$dir/cmd.out" "$dir/cmd.err" | tail -n 1) ;;
	read) files=$(sed -n 's/^index: .*[^0-9]\([0-9][0-9]*\) files read.*/\1/p' "$dir/cmd.out" "$dir/cmd.err" | tail -n 1) ;;
	*) files=$(find "$m_out" -type f | wc -l) ;;
	esac
	[ -n "$files" ] || die "no count of files ($m_out) in the output of: $*"
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\tuser_s=%s,sys_s=%s\n' "$m_n" "$m_tool" "$m_run" "$wall" "$peak" "$cpu" \
		"$files" "$load" "$2" "$3" >> "$raw"
	printf '  %-28s run %s: %8.3f s %6d MB %7s files  (load %s)\n' "$m_tool" "$m_run" "$wall" $((peak / 1024)) "$files" "$load"
}

# phases FILE: the time of each phase that stagebureau -v printed in the
# last run ("  lijsten   4.385 s"), as NAME<TAB>SECONDS, for the profile
# that bench/report.py prints beside a missed target.
phases() {
	sed -n 's/^  \([^ ].*[^ ]\)  *\([0-9][0-9]*\.[0-9]*\) s$/\1\t\2/p' "$dir/cmd.out" "$dir/cmd.err" > "$1"
}

# commit_file REPO PATH MESSAGE: a commit on HEAD that sets the entry PATH
# to the bytes of standard input, made with git's plumbing through a
# temporary index (as the admin will commit), so that it works on a bare
# repository too.
commit_file() {
	c_repo=$1 c_path=$2
	blob=$(git -C "$c_repo" hash-object -w --stdin)
	idx=$dir/bench.index
	rm -f "$idx"
	GIT_INDEX_FILE=$idx git -C "$c_repo" read-tree HEAD
	GIT_INDEX_FILE=$idx git -C "$c_repo" update-index --cacheinfo "100644,$blob,$c_path"
	tree=$(GIT_INDEX_FILE=$idx git -C "$c_repo" write-tree)
	rm -f "$idx"
	commit=$(echo "$3" | GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.nl \
		GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.nl \
		git -C "$c_repo" commit-tree "$tree" -p HEAD)
	git -C "$c_repo" update-ref HEAD "$commit"
}

# commit_title REPO PATH TITLE: a commit that sets the titel of the entry
# PATH to TITLE.
commit_title() {
	git -C "$1" show "HEAD:$2" | sed "s/^titel: .*/titel: \"$3\"/" |
		commit_file "$1" "$2" "Titel aangepast: $2"
}

# commit_marker REPO PATH: a commit that adds to the end of the entry PATH
# a paragraph with the current time, so that edits made after it write
# objects that no earlier run of the harness made.
commit_marker() {
	{ git -C "$1" show "HEAD:$2"; printf '\nGemeten op %s.\n' "$(date -u +%Y-%m-%dT%H:%M:%S.%NZ)"; } |
		commit_file "$1" "$2" "Meting: $2"
}

# run_limited COMMAND...: COMMAND, stopped after BENCH_TIMEOUT seconds.
run_limited() {
	if [ "$limit" -gt 0 ]; then
		timeout --foreground "$limit" "$@"
	else
		"$@"
	fi
}

# Preparation, nothing measured yet: old outputs go, and each N gets its
# dataset and repository, both kept between runs of make bench while
# dataset.py, the vocabularies, the program's version and the layout
# `stagebureau init` writes (REPO_LAYOUT: since 34df38e one pack, not
# loose objects, which indexing reads 20 % slower) are unchanged.
# A kept repository is reset to its first commit; a kept Hugo site gets
# the current layouts, configuration and static files of bench/hugo and
# the theme.
REPO_LAYOUT="init writes one pack"
stamp=$( (cat bench/dataset.py bench/vocabularies/*.yaml; "$sb" version; echo "$REPO_LAYOUT") | cksum | awk '{ print $1 }')
for n in $ns; do
	d=$dir/n$n
	mkdir -p "$d"
	removed "$d/runs"
	rm -f "$d/db" "$d/db-wal" "$d/db-shm"
	if [ "$(cat "$d/stamp" 2>/dev/null)" != "$stamp" ] || [ ! -d "$d/repo" ]; then
		removed "$d/stamp" "$d/data" "$d/repo"
		echo "bench: N = $n: making the dataset"
		t0=$(date +%s)
		python3 bench/dataset.py "$n" "$d/data"
		t1=$(date +%s)
		SOURCE_DATE_EPOCH=1767225600 "$sb" -q init "$d/repo" "$d/data/content" >/dev/null
		t2=$(date +%s)
		echo "  dataset.py: $((t1 - t0)) s; stagebureau init: $((t2 - t1)) s"
		git -C "$d/repo" rev-parse HEAD > "$d/first-commit"
		echo "$stamp" > "$d/stamp"
	else
		git -C "$d/repo" update-ref HEAD "$(cat "$d/first-commit")"
		python3 bench/dataset.py --skeleton "$d/data"
	fi
done
settle

printf 'N\ttool\trun\twall_s\tpeak_kb\tcpu_s\tfiles\tload1\textra\n' > "$raw"
t_start=$(date +%s)
for n in $ns; do
	d=$dir/n$n
	nr=$(runs_for "$n")
	mkdir -p "$d/runs"
	echo "bench: N = $n"

	for r in $(seq "$nr"); do
		rm -f "$d/db" "$d/db-wal" "$d/db-shm"
		measure "$n" "index from scratch" "$r" read "$sb" -r "$d/repo" -d "$d/db" index || break
	done
	# A run stopped by BENCH_TIMEOUT leaves no usable index; make one.
	if [ "$(tail -n 1 "$raw" | cut -f 4)" = timeout ]; then
		rm -f "$d/db" "$d/db-wal" "$d/db-shm"
		"$sb" -q -r "$d/repo" -d "$d/db" index
	fi

	ours=
	for r in $(seq "$nr"); do
		measure "$n" "stagebureau" "$r" "$d/runs/ours.$r" \
			"$sb" -v -r "$d/repo" -d "$d/db" -t theme -o "$d/runs/ours.$r" --today "$today" build ||
			{ ours=; break; }
		phases "$d/phases-build.tsv"
		ours=$d/runs/ours.$r
	done
	# The rebuilds and the floor need a complete site from our build.
	if [ -n "$ours" ]; then
		for r in $(seq "$nr"); do
			measure "$n" "rebuild, nothing changed" "$r" written \
				"$sb" -r "$d/repo" -d "$d/db" -t theme -o "$ours" --today "$today" build || break
		done
		# One vacancy's title edited and committed, then built (index
		# catch-up included); a new title each run.
		vac=$(git -C "$d/repo" ls-tree -r --name-only HEAD vacatures | head -n 1)
		for r in $(seq "$nr"); do
			commit_title "$d/repo" "$vac" "Bewerkte vacature, versie $r"
			measure "$n" "rebuild, 1 vacancy edited" "$r" written \
				"$sb" -v -r "$d/repo" -d "$d/db" -t theme -o "$ours" --today "$today" build || break
			phases "$d/phases-edit.tsv"
		done
		edited=$(tail -n 1 "$raw" | cut -f 4)
		git -C "$d/repo" update-ref HEAD "$(cat "$d/first-commit")"

		# One commit through the admin's commit path (lock, conflict check,
		# blob, trees, ref, fsync): median time of 20, and how many bytes
		# the object database grows per commit.  The vacancy first gets a
		# paragraph no earlier commit had (commit_marker): bench/commit's
		# titles are the same in every run, and an object that exists
		# already would neither be written nor counted.
		commit_marker "$d/repo" "$vac"
		line=$("$dir/commit" "$d/repo" 20) || die "the commit benchmark failed"
		p50=$(echo "$line" | sed -n 's/.* p50 \([0-9.]*\) ms.*/\1/p')
		growth=$(echo "$line" | sed -n 's/.* growth \([0-9]*\) bytes.*/\1/p')
		printf '%s\t%s\t1\t%s\t0\t0\t%s\t%s\n' "$n" "one commit" \
			"$(echo "$p50" | awk '{ printf "%.4f", $1 / 1000 }')" "$growth" \
			"$(cut -d ' ' -f 1 /proc/loadavg)" >> "$raw"
		echo "  $line"

		# One edit to live page (issue 5): what the admin does before it
		# answers a save (commit, index catch-up, the vacancy's page
		# written), 20 times with bench/commit's publish mode.  It needs an
		# index and a site of HEAD: after a new paragraph (again, so that
		# these commits write new objects too) a build, not measured,
		# catches both up.  The row's wall_s is the p50 from commit to page;
		# the p95 and each step's p50 and p95 go to the extra column; peak
		# RSS is that of the whole process (index open, 20 edits).
		commit_marker "$d/repo" "$vac"
		if [ "$edited" = timeout ] ||
			! catchup=$(run_limited "$sb" -q -r "$d/repo" -d "$d/db" -t theme -o "$ours" --today "$today" build 2>&1); then
			echo "  no edit to live page: the site could not be brought up to HEAD ${catchup:-}"
		else
			sync
			load=$(cut -d ' ' -f 1 /proc/loadavg)
			/usr/bin/time -f '%M' -o "$dir/time.out" \
				"$dir/commit" "$d/repo" 20 "$d/db" theme "$ours" "$today" > "$dir/cmd.out" 2> "$dir/cmd.err" ||
				{ cat "$dir/cmd.out" "$dir/cmd.err" >&2; die "the publish benchmark (commit REPO 20 DB THEME OUT TODAY) failed"; }
			pub=$(awk '
				function s(x) { return sprintf("%.4f", x / 1000) }
				/^publish: / { split($0, a, ": "); split(a[3], v, " ")
					k = a[2] == "index catches up" ? "index" : a[2] == "vacancy page written" ? "page" : "live"
					p50[k] = v[2]; p95[k] = v[5] }
				/^commit: / { for (i = 1; i <= NF; i++) { if ($i == "p50") c50 = $(i + 1); if ($i == "p95") c95 = $(i + 1) } }
				END { if (!("live" in p50)) exit 1
					printf "%s\tp95_s=%s,commit_p50_s=%s,commit_p95_s=%s,index_p50_s=%s,index_p95_s=%s,page_p50_s=%s,page_p95_s=%s\n",
						s(p50["live"]), s(p95["live"]), s(c50), s(c95),
						s(p50["index"]), s(p95["index"]), s(p50["page"]), s(p95["page"]) }' "$dir/cmd.out") ||
				die "no publish: lines in the output of $dir/commit"
			printf '%s\t%s\t1\t%s\t%s\t0\t1\t%s\t%s\n' "$n" "edit to live page" \
				"$(echo "$pub" | cut -f 1)" "$(tail -n 1 "$dir/time.out")" "$load" "$(echo "$pub" | cut -f 2)" >> "$raw"
			sed -n 's/^publish: /  publish: /p' "$dir/cmd.out"
		fi
		git -C "$d/repo" update-ref HEAD "$(cat "$d/first-commit")"

		# The floor writes what our full build wrote: same paths, sizes.
		(cd "$d/runs/ours.1" && find . -type f -printf '%s\t%P\n') > "$d/manifest.tsv"
		for r in $(seq "$nr"); do
			measure "$n" "floor" "$r" "$d/runs/floor.$r" \
				"$floor" -q "$d/manifest.tsv" "$d/runs/floor.$r" || break
		done
	else
		echo "  no rebuilds and no floor: our build did not finish"
	fi

	for r in $(seq "$nr"); do
		measure "$n" "hugo" "$r" "$d/runs/hugo.$r" hugo --quiet -s "$d/data/hugo" -d "$d/runs/hugo.$r" || break
	done
done
t_end=$(date +%s)

# The search of /zoeken/ on each of our sites (issue "Zoeken" §4): bytes a
# first result list needs and its time in Chromium (bench/search.sh).
for n in $ns; do
	[ -d "$dir/n$n/runs/ours.1" ] || continue
	sh bench/search.sh "$dir/n$n/runs/ours.1" "$n" || echo "bench: bench/search.sh failed for N = $n" >&2
done

echo "bench: measured in $(( (t_end - t_start) / 60 )) min $(( (t_end - t_start) % 60 )) s; removing the sites"
for n in $ns; do
	removed "$dir/n$n/runs"
done

{
	echo "nproc=$(nproc)"
	echo "cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)"
	echo "memory=$(free -h | awk '/^Mem:/ { print $2 }')"
	echo "disk=$(df -PhT "$dir" | awk 'NR == 2 { print $1 " " $2 " " $3 }')"
	echo "kernel=$(uname -r)"
	echo "hugo=$hugo_version"
	echo "runs=$runs"
	echo "runs_100k=$runs_100k"
	echo "timeout=$limit"
	echo "today=$today"
	echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
	echo "measured_s=$((t_end - t_start))"
} > "$dir/machine.txt"
python3 bench/report.py "$raw" "$dir/machine.txt" bench/results.json | tee "$dir/results.txt"
