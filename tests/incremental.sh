#!/bin/sh
# Incremental builds equal full builds: random edits, creations and
# deletions on the sample region, one commit each, every incremental
# build compared byte for byte with a full build of the same commit.
# INCREMENTAL_STEPS (default 25) and INCREMENTAL_SEED (default: random,
# printed so a failure can be replayed) tune it.
set -u
. "$(dirname "$0")/lib.sh"
steps=${INCREMENTAL_STEPS:-25}
seed=${INCREMENTAL_SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
echo "incremental: seed $seed, $steps steps (INCREMENTAL_SEED=$seed replays them)"
# -P: tests/locale.py must not shadow the standard library's locale (subprocess imports it).
cd "$top" && python3 -P tests/incremental.py "$sb" "$work" "$steps" "$seed"
