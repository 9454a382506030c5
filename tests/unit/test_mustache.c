/*
 * Runs the official mustache spec against generator/mustache.c. argv[1] is
 * the directory of the spec's JSON files; every *.json there is loaded and
 * every test in it is compiled, rendered twice (a compiled template must
 * render the same way every time) and compared with the expected output.
 * Each failure prints one line; the last line is "N passed, N failed,
 * N skipped" and the exit status is non-zero when anything failed. The
 * optional lambda and dynamic-name specs need features the engine does
 * not have (code in the data, names computed at render time), so their
 * tests are counted as skipped, with a line saying why.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "mustache.h"

/* Spec files whose tests are skipped, and why. */
static const struct {
	const char *file;
	const char *why;
} skipped[] = {
	{ "~lambdas.json", "lambdas need code in the data" },
	{ "~dynamic-names.json", "dynamic names are not supported" },
};

/* The partials of one test, compiled on first use (the loader owns
 * what it returns, as mustache.h asks). */
struct partials {
	json_t *src;		/* the test's "partials" object, borrowed */
	const char *file;
	const char *test;
	struct {
		const char *name;	/* borrowed from src */
		struct mustache *t;	/* owned */
	} v[32];
	size_t n;
	int bad;		/* a partial failed to compile */
};

static int passed, failed, nskipped;

/* Prints s as a C string literal so a failure fits on one line. */
static void
print_quoted(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		switch (*s) {
		case '\n': fputs("\\n", stdout); break;
		case '\r': fputs("\\r", stdout); break;
		case '\t': fputs("\\t", stdout); break;
		case '"': fputs("\\\"", stdout); break;
		case '\\': fputs("\\\\", stdout); break;
		default:
			if ((unsigned char)*s < 0x20)
				printf("\\x%02x", (unsigned char)*s);
			else
				putchar(*s);
		}
	}
	putchar('"');
}

static void
report(const char *file, const char *test, const char *want, const char *got)
{
	failed++;
	printf("FAIL %s \"%s\": expected ", file, test);
	print_quoted(want);
	fputs(" got ", stdout);
	print_quoted(got);
	putchar('\n');
}

static const struct mustache *
load(void *arg, const char *name)
{
	struct partials *p = arg;
	struct mustache_error err;
	json_t *src;
	size_t i;

	for (i = 0; i < p->n; i++)
		if (strcmp(p->v[i].name, name) == 0)
			return p->v[i].t;
	src = json_object_get(p->src, name);
	if (!json_is_string(src) || p->n == sizeof p->v / sizeof p->v[0])
		return NULL;
	p->v[p->n].name = json_object_iter_key(json_object_iter_at(p->src,
	    name));
	p->v[p->n].t = mustache_compile(name, json_string_value(src),
	    json_string_length(src), &err);
	if (p->v[p->n].t == NULL) {
		printf("FAIL %s \"%s\": partial: %s\n", p->file, p->test,
		    err.msg);
		p->bad = 1;
	}
	return p->v[p->n++].t;
}

static void
run_test(const char *file, json_t *test)
{
	const char *name = json_string_value(json_object_get(test, "name"));
	json_t *tmpl = json_object_get(test, "template");
	const char *want = json_string_value(json_object_get(test,
	    "expected"));
	struct partials parts;
	struct mustache_error err;
	struct mustache *t = NULL;
	struct buf out = BUF_INIT, again = BUF_INIT;
	size_t i;

	memset(&parts, 0, sizeof parts);
	parts.src = json_object_get(test, "partials");
	parts.file = file;
	parts.test = name ? name : "?";
	if (name == NULL || !json_is_string(tmpl) || want == NULL) {
		report(file, parts.test, "a well-formed test", "");
		goto out;
	}
	t = mustache_compile(name, json_string_value(tmpl),
	    json_string_length(tmpl), &err);
	if (t == NULL) {
		report(file, name, want, err.msg);
		goto out;
	}
	if (mustache_render(t, json_object_get(test, "data"), load, &parts,
	    &out, &err) == -1) {
		report(file, name, want, err.msg);
		goto out;
	}
	if (parts.bad) {
		failed++;
		goto out;
	}
	if (strcmp(buf_str(&out), want) != 0) {
		report(file, name, want, buf_str(&out));
		goto out;
	}
	/* Rendering must not change the compiled template. */
	if (mustache_render(t, json_object_get(test, "data"), load, &parts,
	    &again, &err) == -1 || strcmp(buf_str(&again), want) != 0) {
		report(file, name, want, "(second render differs)");
		goto out;
	}
	passed++;
out:
	for (i = 0; i < parts.n; i++)
		mustache_free(parts.v[i].t);
	mustache_free(t);
	buf_release(&out);
	buf_release(&again);
}

static void
run_file(const char *dir, const char *file)
{
	struct buf path = BUF_INIT;
	json_error_t jerr;
	json_t *spec, *tests, *test;
	size_t i;

	buf_printf(&path, "%s/%s", dir, file);
	spec = json_load_file(buf_str(&path), 0, &jerr);
	tests = json_object_get(spec, "tests");
	if (!json_is_array(tests)) {
		failed++;
		printf("FAIL %s: cannot load: %s:%d: %s\n", file, jerr.source,
		    jerr.line, jerr.text);
		goto out;
	}
	for (i = 0; i < sizeof skipped / sizeof skipped[0]; i++)
		if (strcmp(file, skipped[i].file) == 0) {
			nskipped += (int)json_array_size(tests);
			printf("skip %s: %zu tests (%s)\n", file,
			    json_array_size(tests), skipped[i].why);
			goto out;
		}
	json_array_foreach(tests, i, test)
		run_test(file, test);
out:
	json_decref(spec);
	buf_release(&path);
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
main(int argc, char **argv)
{
	DIR *d;
	struct dirent *e;
	char *names[64];
	size_t n = 0, i, len;

	if (argc != 2) {
		fprintf(stderr, "usage: %s spec-directory\n", argv[0]);
		return 2;
	}
	if ((d = opendir(argv[1])) == NULL) {
		perror(argv[1]);
		return 2;
	}
	while ((e = readdir(d)) != NULL && n < sizeof names / sizeof names[0]) {
		len = strlen(e->d_name);
		if (len > 5 && strcmp(e->d_name + len - 5, ".json") == 0 &&
		    (names[n] = strdup(e->d_name)) != NULL)
			n++;
	}
	closedir(d);
	if (n == 0) {
		fprintf(stderr, "%s: no spec files (*.json)\n", argv[1]);
		return 2;
	}
	qsort(names, n, sizeof names[0], by_name);
	for (i = 0; i < n; i++) {
		run_file(argv[1], names[i]);
		free(names[i]);
	}
	printf("%d passed, %d failed, %d skipped\n", passed, failed,
	    nskipped);
	return failed ? 1 : 0;
}
