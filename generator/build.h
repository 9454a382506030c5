/*
 * The public site generator: from the index (one commit of the content
 * repository) and a theme to a folder of static files. Every file is
 * written through a temporary name and rename(), and only when its bytes
 * changed; files the site no longer has are removed at the end.
 */
#ifndef SB_BUILD_H
#define SB_BUILD_H

#include "index.h"

struct build_options {
	const char *theme;	/* theme directory (templates/, static/, locale/) */
	const char *out;	/* output directory */
	const char *today;	/* "YYYY-MM-DD" or NULL for the Dutch date of now */
	int force;		/* build even when nothing changed since the last build */
	int jobs;		/* processes: 1, 2, or 0 for one per core (at most 2) */
};

struct build_stats {
	long files;	/* files the site consists of */
	long written;	/* of those, written because their bytes changed */
	long removed;	/* stale files deleted */
	long current;	/* of files, pages not rendered: their inputs had not changed */
	int unchanged;	/* nothing to do: built before from the same inputs */
	struct {	/* where the time went, per group of pages */
		const char *name;
		double seconds;
	} phase[16];
	int nphases;
	double feeds_seconds;
};

/* 0, or -1 with the problem printed; on -1 nothing has been removed. */
int build_site(struct index *ix, const struct build_options *o, struct build_stats *st);

/*
 * Writes the page of one vacancy only, from the index as it is: the
 * admin's fast path, so the page a broker just edited is live at once
 * while the rest of the site (lists, feeds, search) follows with a full
 * build_site() after the answer was sent. 0 or -1.
 */
int build_vacancy_page(struct index *ix, const struct build_options *o, const char *slug);

#endif
