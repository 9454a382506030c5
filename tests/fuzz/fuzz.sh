#!/bin/sh
# Runs the libFuzzer drivers built in build/fuzz/ (make fuzz-build).
#
#   fuzz.sh check SECONDS   replay every seed (corpus/NAME/) and every
#                           regression input (regressions/NAME/) once, then
#                           fuzz each driver SECONDS seconds
#   fuzz.sh fuzz SECONDS    fuzz each driver SECONDS seconds
#
# Fuzzing uses tests/fuzz/NAME.dict (tokens of the input's language) and
# starts from the seeds, the regressions and what earlier runs
# found (build/fuzz/work/NAME/, the only corpus libFuzzer writes to, so
# the committed seeds never grow). A crash, leak, sanitizer report,
# failed assertion, timeout (FUZZ_TIMEOUT, 10 s per input) or memory blow-
# up (FUZZ_RSS_MB, 2048 MB) fails the driver; its input is saved in
# build/fuzz/artifacts/NAME/ and the report's end is printed. One line per
# driver with its executions; the last line "fuzz: N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
mode=${1:-check}
seconds=${2:-10}
timeout=${FUZZ_TIMEOUT:-10}
rss=${FUZZ_RSS_MB:-2048}
# Longer inputs make every run slow; the seeds longer than this (the
# huge-line cases) are replayed whole, but fuzzed cut to this length.
max_len=${FUZZ_MAX_LEN:-16384}
dir=build/fuzz
passed=0
failed=0

case $mode in
check|fuzz) ;;
*) echo "usage: $0 check|fuzz SECONDS" >&2; exit 2 ;;
esac

fail() {
	failed=$((failed + 1))
	echo "FAIL - $1"
	sed -n '/ERROR: \|SUMMARY: \|^[^ ]*: .*Assertion\|runtime error\|unsafe HTML\|round trip\|does not parse/,$p' "$2" |
		grep -v '^INFO\|^#[0-9]' | head -40 | sed 's/^/    /'
	if [ "${3:-}" = replay ]; then
		art=$(sed -n 's/^Running: //p' "$2" | tail -1)
		[ -n "$art" ] && echo "    input: $art"
	else
		art=$(ls -t "$dir/artifacts/$name"/* 2>/dev/null | head -1)
		[ -n "$art" ] && echo "    input: $art (keep it in tests/fuzz/regressions/$name/ once fixed)"
	fi
	return 0
}

for src in tests/fuzz/fuzz_*.c; do
	name=${src#tests/fuzz/fuzz_}
	name=${name%.c}
	bin=$dir/fuzz_$name
	seeds=tests/fuzz/corpus/$name
	regs=tests/fuzz/regressions/$name
	work=$dir/work/$name
	log=$dir/logs/$name.log
	mkdir -p "$work" "$dir/artifacts/$name" "$dir/logs"
	if [ ! -x "$bin" ]; then
		fail "fuzz_$name: $bin is not built (make fuzz-build)" /dev/null
		continue
	fi
	opts="-timeout=$timeout -rss_limit_mb=$rss -artifact_prefix=$dir/artifacts/$name/"
	dict=
	[ -f "tests/fuzz/$name.dict" ] && dict="-dict=tests/fuzz/$name.dict"

	replayed=0
	if [ "$mode" = check ]; then
		files=$(find "$seeds" "$regs" -type f 2>/dev/null | sort)
		replayed=$(printf '%s' "$files" | grep -c .)
		# Given files (not folders), libFuzzer runs each once and stops.
		# shellcheck disable=SC2086
		if [ "$replayed" -gt 0 ] && ! "$bin" $opts $files >"$log" 2>&1; then
			fail "fuzz_$name: replaying corpus/$name and regressions/$name" "$log" replay
			continue
		fi
	fi

	dirs=$work
	for d in "$seeds" "$regs"; do [ -d "$d" ] && dirs="$dirs $d"; done
	start=$(date +%s)
	# shellcheck disable=SC2086
	if "$bin" $opts $dict -max_len="$max_len" -max_total_time="$seconds" -print_final_stats=1 $dirs >"$log" 2>&1; then
		runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
		cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
		end=$(date +%s)
		if [ "$mode" = check ]; then
			echo "fuzz_$name: replayed $replayed inputs, ${runs:-?} executions in $((end - start)) s, $cov"
		else
			echo "fuzz_$name: ${runs:-?} executions in $((end - start)) s, $cov"
		fi
		passed=$((passed + 1))
	else
		fail "fuzz_$name: fuzzing found a problem (log: $log)" "$log"
	fi
done

echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
