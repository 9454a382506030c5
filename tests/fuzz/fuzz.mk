# Fuzzing and sanitizer runs (issue "Robuust en veilig"), included by the
# top-level Makefile; the scripts beside this file do the work.
#
#   make fuzz [FUZZ_SECONDS=60]      fuzz every driver FUZZ_SECONDS seconds
#   make check-fuzz [CHECK_FUZZ_SECONDS=10]
#                                    replay seeds and regressions, then fuzz briefly
#   make check-asan                  the whole test suite, ASan+UBSan, in build-asan/
#   make check-valgrind              init, index, check, build under valgrind
#
# The drivers (tests/fuzz/fuzz_NAME.c) link a copy of the library compiled
# by clang with coverage and sanitizers into build/fuzz/, apart from the
# objects of build/; grown corpora and crash inputs stay in build/fuzz/ too.
# Drivers of the admin's parsers also link the cgi/ objects they test,
# compiled the same way (FUZZ_CGI_OBJS, one prerequisite line per driver).
# A crash found is fixed and its input kept in tests/fuzz/regressions/NAME/.

FUZZ_SECONDS ?= 60
CHECK_FUZZ_SECONDS ?= 10
FUZZ_CC ?= clang
FUZZ_DIR = build/fuzz
FUZZ_NAMES = $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BINS = $(FUZZ_NAMES:%=$(FUZZ_DIR)/fuzz_%)
FUZZ_OBJS = $(LIB_SRCS:%.c=$(FUZZ_DIR)/%.o)
FUZZ_CGI_OBJS = $(FUZZ_DIR)/cgi/formdata.o $(FUZZ_DIR)/cgi/csv.o
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
# Lower render budgets than a real build's (generator/mustache.h), so that
# templates which hit them cost the fuzzer milliseconds, not seconds.
FUZZ_LIMITS = -DMUSTACHE_MAX_STEPS=100000 -DMUSTACHE_MAX_OUTPUT=4194304
FUZZ_CFLAGS = -g -O1 $(FUZZ_SAN) $(FUZZ_LIMITS) -Wno-string-concatenation

# The sanitizer build of the whole program: same Makefile, other BUILD.
ASAN_BUILD = build-asan
ASAN_SAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
ASAN_UNIT_TESTS = $(patsubst tests/unit/%.c,$(ASAN_BUILD)/tests/%,$(wildcard tests/unit/test_*.c))

.PHONY: fuzz fuzz-build fuzz-clang check-fuzz check-asan check-valgrind

fuzz-build: $(FUZZ_BINS)

fuzz-clang:
	@command -v $(FUZZ_CC) >/dev/null || { echo "fuzz: $(FUZZ_CC) not found;" \
		"install the Debian packages clang and libclang-rt-14-dev" >&2; exit 1; }

# More specific than the top-level $(BUILD)/%.o, so make picks this one.
$(FUZZ_DIR)/%.o: %.c tests/fuzz/fuzz.mk | fuzz-clang
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(SB_CFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c $< -o $@

$(FUZZ_DIR)/libstagebureau.a: $(FUZZ_OBJS)
	rm -f $@
	ar rcs $@ $^

# $(filter %.o,$^) are the cgi/ objects a driver's own line below adds.
$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_DIR)/libstagebureau.a | fuzz-clang
	$(FUZZ_CC) $(SB_CFLAGS) -Icgi $(FUZZ_CFLAGS) -fsanitize=fuzzer -DSB_TOP='"$(CURDIR)"' \
		-o $@ $< $(filter %.o,$^) $(FUZZ_DIR)/libstagebureau.a $(SB_LIBS)

$(FUZZ_DIR)/fuzz_formdata: $(FUZZ_DIR)/cgi/formdata.o
$(FUZZ_DIR)/fuzz_csv: $(FUZZ_DIR)/cgi/csv.o

fuzz: fuzz-build
	tests/fuzz/fuzz.sh fuzz $(FUZZ_SECONDS)

check-fuzz: fuzz-build
	tests/fuzz/fuzz.sh check $(CHECK_FUZZ_SECONDS)

check-valgrind: $(BUILD)/stagebureau
	BUILD=$(BUILD) tests/fuzz/valgrind.sh

check-asan:
	$(MAKE) BUILD=$(ASAN_BUILD) CFLAGS="-O1 -g $(ASAN_SAN)" LDFLAGS="$(ASAN_SAN)" \
		all $(ASAN_UNIT_TESTS)
	tests/fuzz/asan.sh $(ASAN_BUILD)

-include $(FUZZ_OBJS:.o=.d) $(FUZZ_CGI_OBJS:.o=.d)
