/*
 * Mustache templates: the one way Stagebureau turns data into pages.
 * A template is compiled once into an immutable node list and then
 * rendered many times (a build renders ~100,000 pages), so rendering never
 * re-parses and allocates nothing but the output buffer. The engine
 * implements the official mustache spec (comments, delimiters,
 * interpolation, inverted, partials, sections) plus the optional
 * inheritance spec (parents {{<name}} and blocks {{$name}}); lambdas and
 * dynamic names are not supported. Data is a jansson json_t tree.
 *
 * Choices the spec leaves to the host language (JavaScript-like, as in
 * mustache.js): false, null, 0, 0.0, "" and [] are falsey; everything else,
 * including {}, is truthy. {{x}} escapes & < > " ' for HTML; {{{x}}} and
 * {{&x}} do not. Reals print in the shortest form that reads back the same
 * (1.21 prints "1.21"); objects and arrays interpolate as the empty string.
 * A standalone partial's indentation is added to each non-empty line of the
 * partial; empty lines stay empty so that pages carry no trailing blanks.
 */
#ifndef SB_MUSTACHE_H
#define SB_MUSTACHE_H

#include <jansson.h>

#include "buf.h"

/* Limits that keep hostile templates from exhausting the stack. */
#define MUSTACHE_MAX_NEST	100	/* open sections/blocks in one template */
#define MUSTACHE_MAX_PARTIALS	100	/* partials/parents inside each other */
#define MUSTACHE_MAX_DEPTH	1000	/* all nested renderings together */
/* Limits on the work of one render: sections nested over lists multiply
 * (20 nested sections over a 2-item list already run a million times), so
 * depth limits alone let a template hang the build or fill the memory. A
 * real page renders a few thousand nodes into well under a megabyte. */
#ifndef MUSTACHE_MAX_STEPS	/* the fuzz build sets both lower */
#define MUSTACHE_MAX_STEPS	10000000	/* nodes and lookups in one call */
#endif
#ifndef MUSTACHE_MAX_OUTPUT
#define MUSTACHE_MAX_OUTPUT	(64 << 20)	/* bytes one call may append */
#endif

/* A compiled template; opaque, immutable after compile, so one compiled
 * template may be rendered by several threads at once. */
struct mustache;

/* Filled on failure. msg is a complete message, "name:line: problem". */
struct mustache_error {
	int line;	/* 1-based line in the template named in msg */
	char msg[200];
};

/*
 * Finds a partial or parent by name. Returns a borrowed compiled template
 * (the loader owns and caches it; it must outlive the render) or NULL when
 * there is none, which renders as empty, as the spec says.
 */
typedef const struct mustache *(*mustache_loader)(void *arg,
    const char *name);

/*
 * Compiles src (len bytes, need not be NUL-terminated; a NUL byte inside
 * is an error). name is used in error messages and is copied. On error
 * returns NULL and fills *err: unclosed tag, unclosed section, mismatched
 * or stray section close, bad tag name, bad delimiter change, nesting
 * deeper than MUSTACHE_MAX_NEST. The caller frees the result with
 * mustache_free.
 */
struct mustache *mustache_compile(const char *name, const char *src,
    size_t len, struct mustache_error *err);

/* Frees t; accepts NULL. */
void mustache_free(struct mustache *t);

/*
 * Appends the rendering of t with context ctx (borrowed; may be NULL,
 * which acts as null) to out. Partials and parents are found through
 * load(arg, name); load may be NULL when the template uses none. Returns
 * 0, or -1 with *err filled (partials nested deeper than
 * MUSTACHE_MAX_PARTIALS, or renderings deeper than MUSTACHE_MAX_DEPTH);
 * on failure out is left as it was before the call.
 */
int mustache_render(const struct mustache *t, json_t *ctx,
    mustache_loader load, void *arg, struct buf *out,
    struct mustache_error *err);

#endif
