#!/bin/sh
# Crash consistency of builds (issue 6, section 3): the generator and its
# worker are killed with SIGKILL at random instants during builds after
# random commits; after every kill no file of the public site is partial,
# and the next build succeeds, leaves the site byte for byte equal to a
# full build of the same commit from a fresh database, and leaves an index
# equal to a fresh index of HEAD. CRASH_BUILDS (default 60 iterations, one
# to three kills each) and CRASH_BUILD_SEED (default: random, printed so a
# failure can be replayed) tune it.
set -u
. "$(dirname "$0")/lib.sh"
iterations=${CRASH_BUILDS:-60}
seed=${CRASH_BUILD_SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
# The reference builds go to a tmpfs when there is one: cheaper to remove.
scratch=$(mktemp -d /dev/shm/sbtest.XXXXXX 2>/dev/null) || scratch=$work/scratch
mkdir -p "$scratch"
on_exit="rm -rf '$scratch'"
# One copy of the program for the whole run, whatever make does meanwhile.
cp "$sb" "$work/stagebureau" || { fail "copy $sb"; finish; exit 1; }
echo "crash-build: seed $seed, $iterations iterations (CRASH_BUILD_SEED=$seed replays the changes)"
cd "$top" && python3 tests/crash-build.py "$work/stagebureau" "$work" "$iterations" "$seed" "$scratch"
