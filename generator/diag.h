/*
 * Diagnostics: problems found in content files, collected rather than
 * printed at once so that one run reports every broken file, sorted, in
 * the form "path:line: message" that editors and people can act on.
 */
#ifndef SB_DIAG_H
#define SB_DIAG_H

#include <stdio.h>

struct diag {
	char *path;	/* repository-relative path, owned */
	int line;	/* 1-based, 0 when the problem is the whole file */
	char *key;	/* owned: the field ("periode.van") or NULL; lets a form show it in place */
	char *msg;	/* owned: English, for the command line and the log */
	/*
	 * For forms, the same problem for the people who fix it: a locale
	 * key ("veldfout_verplicht", static, or NULL) and its placeholder
	 * values (owned; name, value pairs, NULL-ended, or NULL).
	 */
	const char *code;
	char **args;
};

struct diags {
	struct diag *v;	/* owned array of n entries */
	size_t n, cap;
};

#define DIAGS_INIT { NULL, 0, 0 }

void diags_add(struct diags *d, const char *path, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void diags_add_key(struct diags *d, const char *path, int line, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/*
 * diags_add_key() plus a locale key and "{name}" values for its text, as
 * name, value, ..., NULL in args (copied; args itself may be NULL).
 */
void diags_add_coded(struct diags *d, const char *path, int line, const char *key,
    const char *code, const char *const *args, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));
/* Sorts by path and line, then prints one per line. */
void diags_print(struct diags *d, FILE *fp);
void diags_clear(struct diags *d);

#endif
