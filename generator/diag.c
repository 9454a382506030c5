/*
 * Collected diagnostics; see diag.h.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "util.h"

static void
vadd(struct diags *d, const char *path, int line, const char *key, const char *code,
    const char *const *args, const char *fmt, va_list ap)
{
	size_t nargs = 0;

	struct buf msg = BUF_INIT;

	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->v = realloc(d->v, d->cap * sizeof(*d->v));
		if (d->v == NULL)
			abort();
	}
	buf_vprintf(&msg, fmt, ap);
	d->v[d->n].path = xstrdup(path ? path : "");
	d->v[d->n].line = line;
	d->v[d->n].key = key ? xstrdup(key) : NULL;
	d->v[d->n].msg = buf_detach(&msg);
	d->v[d->n].code = code;
	d->v[d->n].args = NULL;
	while (args && args[nargs] && args[nargs + 1])
		nargs += 2;
	if (nargs) {
		d->v[d->n].args = xcalloc(nargs + 1, sizeof(char *));
		for (size_t i = 0; i < nargs; i++)
			d->v[d->n].args[i] = xstrdup(args[i]);
	}
	d->n++;
}

void
diags_add(struct diags *d, const char *path, int line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vadd(d, path, line, NULL, NULL, NULL, fmt, ap);
	va_end(ap);
}

void
diags_add_key(struct diags *d, const char *path, int line, const char *key, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vadd(d, path, line, key, NULL, NULL, fmt, ap);
	va_end(ap);
}

void
diags_add_coded(struct diags *d, const char *path, int line, const char *key,
    const char *code, const char *const *args, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vadd(d, path, line, key, code, args, fmt, ap);
	va_end(ap);
}

static int
diag_cmp(const void *a, const void *b)
{
	const struct diag *x = a, *y = b;
	int c = strcmp(x->path, y->path);

	return c ? c : (x->line > y->line) - (x->line < y->line);
}

void
diags_print(struct diags *d, FILE *fp)
{
	if (d->n > 1)
		qsort(d->v, d->n, sizeof(*d->v), diag_cmp);
	for (size_t i = 0; i < d->n; i++) {
		if (d->v[i].line > 0)
			fprintf(fp, "%s:%d: %s\n", d->v[i].path, d->v[i].line, d->v[i].msg);
		else
			fprintf(fp, "%s: %s\n", d->v[i].path, d->v[i].msg);
	}
}

void
diags_clear(struct diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->v[i].path);
		free(d->v[i].key);
		free(d->v[i].msg);
		for (char **a = d->v[i].args; a && *a; a++)
			free(*a);
		free(d->v[i].args);
	}
	free(d->v);
	d->v = NULL;
	d->n = d->cap = 0;
}
