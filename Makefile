# Stagebureau — see README.md. Plain make; dependencies through pkg-config.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
SHAREDIR ?= $(PREFIX)/share/stagebureau
MANDIR ?= $(PREFIX)/share/man
BUILD ?= build

CC ?= cc
PKGS = libcmark sqlite3 libgit2 yaml-0.1 jansson libsodium
CFLAGS ?= -O2 -g
SB_CFLAGS = -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra -Igenerator $(shell pkg-config --cflags $(PKGS))
SB_LIBS = $(shell pkg-config --libs $(PKGS))

LIB_SRCS = $(filter-out generator/main.c, $(wildcard generator/*.c))
LIB_OBJS = $(LIB_SRCS:%.c=$(BUILD)/%.o)
ADMIN_SRCS = $(wildcard cgi/*.c)
ADMIN_OBJS = $(ADMIN_SRCS:%.c=$(BUILD)/%.o)
ADMIN_LIBS = -lfcgi
UNIT_TESTS = $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(wildcard tests/unit/test_*.c))

.PHONY: all demo check check-unit check-site golden install uninstall clean deps deps-test

all: $(BUILD)/stagebureau $(BUILD)/stagebureau-admin

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(SB_CFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

# What the build's page keys know of the program (generator/build.c): a
# digest of the library's sources, the same for the command and the admin,
# so that a changed program renders every page again and nothing else does.
SB_CODE_ID := $(shell cat $(sort $(LIB_SRCS) $(wildcard generator/*.h)) | cksum | cut -d ' ' -f 1)
$(BUILD)/generator/build.o: SB_CFLAGS += -DSB_CODE_ID='"$(SB_CODE_ID)"'
$(BUILD)/generator/build.o: $(LIB_SRCS) $(wildcard generator/*.h)

$(BUILD)/libstagebureau.a: $(LIB_OBJS)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/stagebureau: $(BUILD)/generator/main.o $(BUILD)/libstagebureau.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(SB_LIBS)

$(BUILD)/stagebureau-admin: $(ADMIN_OBJS) $(BUILD)/libstagebureau.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(SB_LIBS) $(ADMIN_LIBS)

$(BUILD)/cgi/%.o: cgi/%.c
	@mkdir -p $(dir $@)
	$(CC) $(SB_CFLAGS) -Icgi $(CFLAGS) -MMD -MP -c $< -o $@

# Unit tests of the admin's parsers link its objects, less its main().
$(BUILD)/tests/test_cgi: tests/unit/test_cgi.c $(filter-out $(BUILD)/cgi/admin.o, $(ADMIN_OBJS)) $(BUILD)/libstagebureau.a
	@mkdir -p $(dir $@)
	$(CC) $(SB_CFLAGS) -Icgi $(CFLAGS) -o $@ $^ $(SB_LIBS) $(ADMIN_LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libstagebureau.a
	@mkdir -p $(dir $@)
	$(CC) $(SB_CFLAGS) $(CFLAGS) -o $@ $< $(BUILD)/libstagebureau.a $(SB_LIBS)

# README command one: install what is missing, build, serve the sample region.
demo:
	tools/deps.sh runtime
	$(MAKE) all
	tools/demo.sh

# README command two: every test.
check:
	tools/deps.sh test
	$(MAKE) all $(UNIT_TESTS)
	tests/run.sh

# Regenerates the golden output of the fixture site for review (git diff).
golden: all
	tests/golden.sh --update

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(SHAREDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
		$(DESTDIR)$(MANDIR)/man8
	install -m 755 $(BUILD)/stagebureau $(DESTDIR)$(BINDIR)/stagebureau
	install -m 755 $(BUILD)/stagebureau-admin $(DESTDIR)$(BINDIR)/stagebureau-admin
	cp -R theme $(DESTDIR)$(SHAREDIR)/
	install -m 644 doc/stagebureau.1 $(DESTDIR)$(MANDIR)/man1/stagebureau.1
	install -m 644 doc/stagebureau.5 $(DESTDIR)$(MANDIR)/man5/stagebureau.5
	install -m 644 doc/stagebureau-admin.8 $(DESTDIR)$(MANDIR)/man8/stagebureau-admin.8

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/stagebureau $(DESTDIR)$(BINDIR)/stagebureau-admin \
		$(DESTDIR)$(MANDIR)/man1/stagebureau.1 \
		$(DESTDIR)$(MANDIR)/man5/stagebureau.5 $(DESTDIR)$(MANDIR)/man8/stagebureau-admin.8
	rm -rf $(DESTDIR)$(SHAREDIR)

clean:
	rm -rf $(BUILD)

-include $(LIB_OBJS:.o=.d) $(ADMIN_OBJS:.o=.d) $(BUILD)/generator/main.d

# Benchmarks (bench/bench.mk) and fuzzing and sanitizer builds
# (tests/fuzz/fuzz.mk) keep their rules beside their sources.
-include bench/bench.mk
-include tests/fuzz/fuzz.mk
