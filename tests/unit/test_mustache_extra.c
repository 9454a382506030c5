/*
 * Tests for what generator/mustache.c promises beyond the mustache spec:
 * compile errors a person can act on (NUL bytes, bad delimiters, unclosed
 * or mismatched tags, each with its line), hard limits that stop hostile
 * templates (a self-including partial, a block that names itself, deep
 * nesting), missing partials rendering as empty, and the choices the spec
 * leaves open (escaping of ', truthiness, number printing, blank lines in
 * indented partials). Templates are copied into buffers of exactly their
 * length so a sanitizer run catches any read past len. Same output as the
 * spec runner: one line per failure, then "N passed, N failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "mustache.h"

static int passed, failed;

/* A loader over a JSON object of template sources, compiled on demand. */
struct loader {
	json_t *src;
	struct {
		char name[64];
		struct mustache *t;	/* owned */
	} v[16];
	size_t n;
};

static const struct mustache *
load(void *arg, const char *name)
{
	struct loader *l = arg;
	struct mustache_error err;
	json_t *s;
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].name, name) == 0)
			return l->v[i].t;
	s = json_object_get(l->src, name);
	if (!json_is_string(s) || l->n == sizeof l->v / sizeof l->v[0] ||
	    strlen(name) >= sizeof l->v[0].name)
		return NULL;
	snprintf(l->v[l->n].name, sizeof l->v[0].name, "%s", name);
	l->v[l->n].t = mustache_compile(name, json_string_value(s),
	    json_string_length(s), &err);
	return l->v[l->n++].t;
}

static void
loader_release(struct loader *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		mustache_free(l->v[i].t);
	json_decref(l->src);
}

/* Compiles len bytes from a heap copy of exactly that size. */
static struct mustache *
compile_exact(const char *name, const char *src, size_t len,
    struct mustache_error *err)
{
	struct mustache *t;
	char *copy = malloc(len ? len : 1);

	if (copy == NULL)
		abort();
	memcpy(copy, src, len);
	t = mustache_compile(name, copy, len, err);
	free(copy);
	return t;
}

/* Expects compiling src to fail on `line` with `part` in the message. */
static void
expect_error(const char *what, const char *src, size_t len, int line,
    const char *part)
{
	struct mustache_error err;
	struct mustache *t;
	char prefix[64];

	memset(&err, 0, sizeof err);
	t = compile_exact(what, src, len, &err);
	snprintf(prefix, sizeof prefix, "%s:%d: ", what, line);
	if (t != NULL) {
		failed++;
		printf("FAIL %s: expected error \"%s\" got a template\n", what,
		    part);
		mustache_free(t);
	} else if (err.line != line || strstr(err.msg, part) == NULL ||
	    strncmp(err.msg, prefix, strlen(prefix)) != 0) {
		failed++;
		printf("FAIL %s: expected \"%s%s\" got \"%s\" (line %d)\n",
		    what, prefix, part, err.msg, err.line);
	} else
		passed++;
}

/*
 * Renders tmpl with data and partials (JSON texts) after whatever `pre`
 * puts in the buffer. want is the expected buffer, or NULL to expect a
 * render error containing werr and the buffer left holding just pre.
 */
static void
expect_render(const char *what, const char *tmpl, const char *data,
    const char *partials, const char *pre, const char *want,
    const char *werr)
{
	struct loader l;
	struct mustache_error err;
	struct mustache *t;
	struct buf out = BUF_INIT;
	json_t *ctx = json_loads(data, JSON_DECODE_ANY, NULL);
	int rc;

	memset(&l, 0, sizeof l);
	l.src = json_loads(partials ? partials : "{}", 0, NULL);
	memset(&err, 0, sizeof err);
	t = compile_exact(what, tmpl, strlen(tmpl), &err);
	if (t == NULL || ctx == NULL || l.src == NULL) {
		failed++;
		printf("FAIL %s: setup: %s\n", what, t ? "bad JSON" : err.msg);
		goto out;
	}
	buf_puts(&out, pre);
	rc = mustache_render(t, ctx, partials ? load : NULL, &l, &out, &err);
	if (want != NULL && (rc != 0 || strcmp(buf_str(&out), want) != 0)) {
		failed++;
		printf("FAIL %s: expected \"%s\" got \"%s\"%s%s\n", what, want,
		    buf_str(&out), rc ? " error: " : "", rc ? err.msg : "");
	} else if (want == NULL && (rc != -1 || strstr(err.msg, werr) == NULL
	    || strcmp(buf_str(&out), pre) != 0)) {
		failed++;
		printf("FAIL %s: expected error \"%s\" and output \"%s\" got "
		    "rc %d \"%s\" output \"%s\"\n", what, werr, pre, rc,
		    rc ? err.msg : "", buf_str(&out));
	} else
		passed++;
out:
	mustache_free(t);
	loader_release(&l);
	json_decref(ctx);
	buf_release(&out);
}

static void
test_compile_errors(void)
{
	struct buf deep = BUF_INIT;
	int i;

	expect_error("nul", "line one\nline {{two}}\0 three", 26, 2,
	    "NUL byte");
	expect_error("nul-first", "\0", 1, 1, "NUL byte");
	expect_error("delim-one", "a\nb\n{{=<% =}}", 13, 3,
	    "bad delimiter change");
	expect_error("delim-three", "{{=< % >=}}", 11, 1,
	    "more than two delimiters");
	expect_error("delim-equals", "x\n{{=<= >=}}", 12, 2,
	    "may not contain '='");
	expect_error("delim-long",
	    "{{=<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<< >=}}", 43, 1,
	    "longer than");
	expect_error("delim-unclosed", "{{=<% %>", 8, 1, "unclosed tag");
	expect_error("unclosed-tag", "a\n\nb {{name", 11, 3, "unclosed tag");
	expect_error("unclosed-brace", "{{{name}}", 9, 1, "unclosed tag");
	expect_error("unclosed-section", "{{#a}}\nx\n", 9, 1,
	    "section 'a' is never closed");
	expect_error("unclosed-parent", "\n{{<p}}{{$b}}x{{/b}}", 20, 2,
	    "parent 'p' is never closed");
	expect_error("mismatch", "{{#a}}\n{{^b}}\n{{/a}}", 20, 3,
	    "does not match inverted section 'b' opened on line 2");
	expect_error("stray-close", "x\n{{/a}}", 8, 2,
	    "without an open section");
	expect_error("empty-tag", "{{ }}", 5, 1, "empty tag");
	expect_error("blank-in-name", "{{a b}}", 7, 1, "blank inside");
	expect_error("dotted-empty", "{{a..b}}", 8, 1, "empty part");
	for (i = 0; i <= MUSTACHE_MAX_NEST; i++)
		buf_puts(&deep, "{{#a}}");
	expect_error("too-deep", deep.data, deep.len, 1, "nested deeper");
	buf_release(&deep);
}

/* Truncated tags at the very end of the buffer; a lone brace is text. */
static void
test_bounds(void)
{
	struct mustache_error err;
	struct mustache *t;
	struct buf out = BUF_INIT;
	static const char *const tails[] = { "{", "{{", "a{{", "{{{", "{{/",
	    "{{#a}}\r", "  {{! c }}\r", "{{=", "{{<p}}", "" };
	size_t i;

	/* Must neither crash nor read past len (see ASan). */
	for (i = 0; i < sizeof tails / sizeof tails[0]; i++) {
		t = compile_exact("tail", tails[i], strlen(tails[i]), &err);
		mustache_free(t);
	}
	t = compile_exact("brace", "a { b } {", 9, &err);
	if (t == NULL || mustache_render(t, NULL, NULL, NULL, &out,
	    &err) != 0 || strcmp(buf_str(&out), "a { b } {") != 0) {
		failed++;
		printf("FAIL brace: got \"%s\"\n", buf_str(&out));
	} else
		passed++;
	mustache_free(t);
	buf_release(&out);
}

static void
test_limits(void)
{
	expect_render("self-partial", "a {{>self}}", "{}",
	    "{\"self\": \"x{{>self}}\"}", "keep:", NULL,
	    "nested deeper than 100 levels");
	expect_render("mutual-partials", "{{>a}}", "{}",
	    "{\"a\": \"{{>b}}\", \"b\": \"{{^x}}{{>a}}{{/x}}\"}", "",
	    NULL, "nested deeper than 100 levels");
	expect_render("self-parent", "{{<p}}{{/p}}", "{}",
	    "{\"p\": \"{{<p}}{{/p}}\"}", "", NULL, "nested deeper");
	expect_render("self-block", "{{<p}}{{$a}}[{{$a}}x{{/a}}]{{/a}}{{/p}}",
	    "{}", "{\"p\": \"{{$a}}{{/a}}\"}", "", NULL,
	    "templates nested deeper than 1000 levels");
	expect_render("partial-depth-ok", "{{>n}}",
	    "{\"n\": {\"n\": {\"n\": false}}}",
	    "{\"n\": \"<{{#n}}{{>n}}{{/n}}>\"}", "", "<<<>>>", NULL);
}

static void
test_missing(void)
{
	expect_render("missing-partial", "a{{>nope}}b", "{}", "{}", "", "ab",
	    NULL);
	expect_render("missing-standalone", "a\n  {{>nope}}\nb", "{}", "{}",
	    "", "a\nb", NULL);
	expect_render("missing-parent", "a{{<nope}}{{$x}}y{{/x}}{{/nope}}b",
	    "{}", "{}", "", "ab", NULL);
	expect_render("no-loader", "a{{>p}}{{<q}}{{/q}}b", "{}", NULL, "",
	    "ab", NULL);
	expect_render("null-context", "[{{a}}{{#a}}x{{/a}}{{^a}}y{{/a}}]",
	    "null", NULL, "", "[y]", NULL);
}

static void
test_choices(void)
{
	expect_render("list-index", "[{{#a.0}}yes {{a.1.n}}{{/a.0}}{{^b.0}}empty{{/b.0}}{{a.x}}{{a.99}}]",
	    "{\"a\": [1, {\"n\": 2}], \"b\": []}", NULL, "", "[yes 2empty]", NULL);
	expect_render("escape", "{{x}}|{{{x}}}|{{&x}}",
	    "{\"x\": \"<a href='u?a=1&b=2'>\\\"</a>\"}", NULL, "",
	    "&lt;a href=&#39;u?a=1&amp;b=2&#39;&gt;&quot;&lt;/a&gt;|"
	    "<a href='u?a=1&b=2'>\"</a>|<a href='u?a=1&b=2'>\"</a>", NULL);
	expect_render("falsey", "{{#s}}s{{/s}}{{#z}}z{{/z}}{{#r}}r{{/r}}"
	    "{{#n}}n{{/n}}{{#f}}f{{/f}}{{#l}}l{{/l}}",
	    "{\"s\": \"\", \"z\": 0, \"r\": 0.0, \"n\": null, \"f\": false,"
	    " \"l\": []}", NULL, "", "", NULL);
	expect_render("truthy", "{{#s}}s{{/s}}{{#z}}z{{/z}}{{#o}}o{{/o}}"
	    "{{#t}}t{{/t}}{{^o}}not{{/o}}",
	    "{\"s\": \"0\", \"z\": -1, \"o\": {}, \"t\": true}", NULL, "",
	    "szot", NULL);
	expect_render("numbers", "{{a}} {{b}} {{c}} {{d}} {{e}} {{f}} {{g}}",
	    "{\"a\": 1.0, \"b\": 0.1, \"c\": 1e21, \"d\": -2.5, "
	    "\"e\": 9007199254740993, \"f\": 0.30000000000000004, "
	    "\"g\": 123456789.125}", NULL, "",
	    "1 0.1 1e+21 -2.5 9007199254740993 0.30000000000000004 "
	    "123456789.125", NULL);
	expect_render("other-values", "[{{t}} {{f}} {{o}} {{l}}]",
	    "{\"t\": true, \"f\": false, \"o\": {\"a\": 1}, \"l\": [1]}",
	    NULL, "", "[true false  ]", NULL);
	expect_render("blank-lines", "x\n  {{>p}}\ny", "{}",
	    "{\"p\": \"a\\n\\nb\\n  \\n\"}", "", "x\n  a\n\n  b\n    \ny",
	    NULL);
	expect_render("delim-crlf", "{{=<%\r\n%>=}}<%x%>", "{\"x\": 1}",
	    NULL, "", "1", NULL);
	expect_render("appends", "b", "{}", NULL, "a", "ab", NULL);
	expect_render("crlf-partial", "x\r\n  {{>p}}\r\ny", "{}",
	    "{\"p\": \"1\\r\\n2\\r\\n\"}", "", "x\r\n  1\r\n  2\r\ny", NULL);
}

int
main(void)
{
	test_compile_errors();
	test_bounds();
	test_limits();
	test_missing();
	test_choices();
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
