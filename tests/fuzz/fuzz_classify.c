/*
 * libFuzzer driver for entry_classify(): which kind of entry a repository
 * path holds, and its slug. Slugs become URLs and file names below
 * public/ (vacatures/SLUG/index.html, materialen/SLUG/FILE), so besides
 * memory safety this checks that no slug can climb out of its folder: no
 * "..", no leading or trailing "/", no empty component, no byte outside
 * the slug and file-name alphabets; and that the type agrees with where
 * the path says the file lives (a vacancy below vacatures/, a chapter at
 * handboeken/BOOK/SLUG.md, ...). The input is the path up to its first
 * NUL, as a C string.
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "entry.h"
#include "util.h"
#include "vocab.h"

/* Letters, digits, '-', '_' and '.' (attachments); slugs are stricter. */
static int
name_chars(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = s[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
			return 0;
	}
	return 1;
}

static int
slug_n(const char *s, size_t n)
{
	char *x = xstrndup(s, n);
	int ok = slug_valid(x);

	free(x);
	return ok;
}

/* path == a + slug + b */
static int
framed(const char *path, const char *a, const char *slug, const char *b)
{
	size_t na = strlen(a), ns = strlen(slug), nb = strlen(b);

	return strlen(path) == na + ns + nb && !strncmp(path, a, na) &&
	    !strncmp(path + na, slug, ns) && !strcmp(path + na + ns, b);
}

static void
check_slug(enum entry_type type, const char *path, const char *slug)
{
	const char *slash = strchr(slug, '/');
	size_t n = strlen(slug);

	/* Nothing that could climb out of public/SECTION/. */
	assert(n > 0 && slug[0] != '/' && slug[n - 1] != '/');
	assert(strstr(slug, "..") == NULL && strstr(slug, "//") == NULL);
	assert(strchr(slug, '\\') == NULL);

	switch (type) {
	case ENTRY_VACATURE:
	case ENTRY_ORGANISATIE: {
		const char *dir = type == ENTRY_VACATURE ? "vacatures/" : "organisaties/";
		size_t np = strlen(path);

		assert(slug_valid(slug));
		assert(!strncmp(path, dir, strlen(dir)));
		assert(np > n + 4 && path[np - n - 4] == '/' && !strncmp(path + np - n - 3, slug, n) &&
		    !strcmp(path + np - 3, ".md"));
		break;
	}
	case ENTRY_EVENEMENT:
		assert(slug_valid(slug) && framed(path, "evenementen/", slug, ".md"));
		break;
	case ENTRY_MATERIAAL:
		assert(slug_valid(slug) && framed(path, "materialen/", slug, ".md"));
		break;
	case ENTRY_TIP:
		assert(slug_valid(slug) && framed(path, "tips/", slug, ".md"));
		break;
	case ENTRY_PAGINA:
		assert(slug_valid(slug) && framed(path, "paginas/", slug, ".md"));
		break;
	case ENTRY_HANDBOEK:
		assert(slug_valid(slug) && framed(path, "handboeken/", slug, "/index.md"));
		break;
	case ENTRY_HOOFDSTUK:
		assert(slash && strchr(slash + 1, '/') == NULL);
		assert(slug_n(slug, (size_t)(slash - slug)) && slug_valid(slash + 1));
		assert(framed(path, "handboeken/", slug, ".md"));
		break;
	case ENTRY_BESTAND:
		assert(slash && strchr(slash + 1, '/') == NULL);
		assert(slug_n(slug, (size_t)(slash - slug)));
		assert(slash[1] != '.' && name_chars(slash + 1, strlen(slash + 1)));
		assert(framed(path, "materialen/", slug, ""));
		break;
	case ENTRY_TEMPLATE:
		/* Looked up by name among the theme's templates, all slugs. */
		assert(slug_valid(slug));
		assert(framed(path, "templates/", slug, ".mustache"));
		break;
	default:
		assert(!"entry_classify returned an unknown type");
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diags d = DIAGS_INIT;
	char *path = xstrndup((const char *)data, size);	/* up to the first NUL */
	char *slug = (char *)1;
	enum entry_type type;

	type = entry_classify(path, &slug, &d);
	if (type == ENTRY_NONE) {
		assert(slug == NULL);
	} else {
		assert(type > ENTRY_NONE && type < ENTRY_TYPES);
		assert(slug != NULL && d.n == 0);
		check_slug(type, path, slug);
	}
	free(slug);
	free(path);
	diags_clear(&d);
	return 0;
}
