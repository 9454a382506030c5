/*
 * libFuzzer driver for mustache_compile() and mustache_render(). A region
 * overrides any theme template by committing templates/NAME.mustache, so
 * templates are input too. The input is two templates separated by its
 * first NUL byte: the main one, and one that the loader returns for every
 * partial or parent name except those starting with "none" (which render
 * as missing). The partial may itself contain NUL bytes, which must be a
 * compile error. The context is fixed and small but has what sections,
 * inverted sections, dotted names and escaping need.
 *
 * Checked besides memory safety: a compile error fills the message; a
 * whole input with a NUL never compiles; a failed render leaves the
 * output buffer as it was; rendering twice gives the same bytes (a
 * compiled template is immutable); and {{name}} never lets the context's
 * "<" through unescaped.
 */
#define _GNU_SOURCE	/* memmem */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "mustache.h"

static json_t *ctx;

static const char context[] =
	"{\"titel\": \"<b>Stage & zo</b>\", \"aan\": true, \"uit\": false, \"niets\": null,"
	" \"nul\": 0, \"getal\": 42, \"reeel\": 1.21, \"leeg\": [], \"leeg_obj\": {},"
	" \"lijst\": [{\"naam\": \"a'\", \"x\": 1}, {\"naam\": \"\\\"b\\\"\", \"x\": [1, 2]}],"
	" \"a\": {\"b\": {\"c\": \"diep\"}}, \"tekst\": \"regel 1\\nregel 2\"}";

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	ctx = json_loads(context, 0, NULL);
	if (ctx == NULL)
		abort();
	return 0;
}

static const struct mustache *
load(void *arg, const char *name)
{
	assert(name != NULL);
	if (!strncmp(name, "none", 4))
		return NULL;
	return arg;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *src = (const char *)data;
	const char *nul = memchr(src, '\0', size);
	size_t main_len = nul ? (size_t)(nul - src) : size;
	struct mustache *t = NULL, *partial = NULL, *whole;
	struct mustache_error err;
	struct buf out = BUF_INIT, again = BUF_INIT;
	static const char prefix[] = "prefix";

	/* A NUL anywhere is an error, with a message. */
	memset(&err, 0, sizeof err);
	whole = mustache_compile("whole", src, size, &err);
	if (nul) {
		assert(whole == NULL);
	}
	if (whole == NULL)
		assert(err.msg[0] != '\0');
	mustache_free(whole);

	memset(&err, 0, sizeof err);
	t = mustache_compile("main", src, main_len, &err);
	if (t == NULL) {
		assert(err.msg[0] != '\0');
		goto out;
	}
	if (nul) {
		memset(&err, 0, sizeof err);
		partial = mustache_compile("partial", nul + 1, size - main_len - 1, &err);
		if (partial == NULL)
			assert(err.msg[0] != '\0');
	}

	buf_puts(&out, prefix);
	memset(&err, 0, sizeof err);
	if (mustache_render(t, ctx, load, partial, &out, &err) < 0) {
		assert(err.msg[0] != '\0');
		assert(out.len == sizeof prefix - 1 && !memcmp(out.data, prefix, out.len));
	} else {
		buf_puts(&again, prefix);
		assert(mustache_render(t, ctx, load, partial, &again, &err) == 0);
		assert(again.len == out.len && !memcmp(again.data, out.data, out.len));
		/* Only escaped interpolation of "titel": its '<' never shows. */
		if (!memchr(src, '&', size) && !memchr(src, '=', size) &&
		    !memmem(src, size, "{{{", 3) && !memmem(src, size, "<b>", 3))
			assert(!memmem(out.data, out.len, "<b>", 3));
	}
out:
	buf_release(&out);
	buf_release(&again);
	mustache_free(t);
	mustache_free(partial);
	return 0;
}
