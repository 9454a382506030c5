# Benchmarks (bench/README.md), included by the top-level Makefile.
#
#   make bench                          N = 1000 10000 100000, 3 runs each
#                                       (BENCH_RUNS_100K = 1 at 100000)
#   make bench BENCH_N="1000 10000" BENCH_RUNS=5
#   make bench-load                     the load test alone (bench/load.sh), which
#                                       make bench runs last; LOAD_SECONDS=10
#                                       LOAD_CONNS="10 50" LOAD_THREADS=2
#                                       LOAD_SESSIONS=4 LOAD_SAVE_SECONDS=10
#
# Datasets, repositories and outputs go to $(BUILD)/bench/; the results to
# bench/results.json; the load test's to bench/load-results.json.

BENCH_N ?= 1000 10000 100000
BENCH_RUNS ?= 3
BENCH_RUNS_100K ?= 1
BENCH_TIMEOUT ?= 0
BENCH_SETTLE ?= 370
BENCH_DIR ?= $(BUILD)/bench
LOAD_SECONDS ?= 10
LOAD_CONNS ?= 10 50
LOAD_THREADS ?= 2
LOAD_SESSIONS ?= 4
LOAD_SAVE_SECONDS ?= $(LOAD_SECONDS)

.PHONY: bench bench-load

bench: $(BENCH_DIR)/floor $(BENCH_DIR)/commit
	$(MAKE) all
	BENCH_N="$(BENCH_N)" BENCH_RUNS="$(BENCH_RUNS)" BENCH_RUNS_100K="$(BENCH_RUNS_100K)" \
		BENCH_TIMEOUT="$(BENCH_TIMEOUT)" BENCH_SETTLE="$(BENCH_SETTLE)" BENCH_DIR="$(BENCH_DIR)" \
		SB="$(BUILD)/stagebureau" bench/run.sh
	@# An admin save until the page and the lists are live (issue "Beheer" §6).
	bench/admin.sh sample content 20 1
	if [ -f $(BENCH_DIR)/n10000/repo/HEAD ]; then bench/admin.sh n10000 $(BENCH_DIR)/n10000/repo 10 2; fi
	@# Load (issue 6 §4): wrk on the static site and the admin, concurrent saves.
	$(MAKE) bench-load

# wrk and lighttpd are installed by bench/load.sh when missing (as root).
bench-load:
	$(MAKE) all
	BENCH_DIR="$(BENCH_DIR)" BUILD="$(BUILD)" LOAD_SECONDS="$(LOAD_SECONDS)" LOAD_CONNS="$(LOAD_CONNS)" \
		LOAD_THREADS="$(LOAD_THREADS)" LOAD_SESSIONS="$(LOAD_SESSIONS)" \
		LOAD_SAVE_SECONDS="$(LOAD_SAVE_SECONDS)" bench/load.sh

$(BENCH_DIR)/floor: bench/floor.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra $(CFLAGS) $(LDFLAGS) -o $@ bench/floor.c

# Commits through the admin's commit path, timed, with the repository's growth;
# with DB THEME OUT TODAY also published as the admin does before it answers.
$(BENCH_DIR)/commit: bench/commit.c $(BUILD)/libstagebureau.a
	@mkdir -p $(dir $@)
	$(CC) $(SB_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ bench/commit.c $(BUILD)/libstagebureau.a $(SB_LIBS)
