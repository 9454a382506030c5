/*
 * The index: a SQLite database that mirrors one commit of the content
 * repository as checked records, so the generator (and later the admin)
 * never re-parses the repository. It records which commit it reflects and
 * catches up from git with only the files changed since. An update is one
 * transaction that is committed only when every changed file is valid and
 * every reference resolves: a broken push leaves the index, and so the
 * published site, exactly as it was. It can always be rebuilt from the
 * repository alone.
 */
#ifndef SB_INDEX_H
#define SB_INDEX_H

#include <git2.h>
#include <sqlite3.h>

#include "diag.h"
#include "snapshot.h"
#include "vocab.h"

struct index;

/* Opens (creating when needed) the database at path; ":memory:" works. NULL on error. */
struct index *index_open(const char *path);
void index_close(struct index *ix);
/*
 * Processes that parse files when the whole repository is read: 1 for
 * this one alone, 0 (the default) for one per core (at most 4), each
 * parsing a share while this one stores; the index is the same either way.
 */
void index_set_jobs(struct index *ix, int jobs);
/* The connection, for read queries of the build. Borrowed. */
sqlite3 *index_db(struct index *ix);

struct index_stats {
	int full;		/* 1 when everything was re-read */
	long files;		/* files parsed */
	long removed;		/* entries removed */
	char commit[GIT_OID_HEXSZ + 1];	/* the commit the index now reflects */
};

/*
 * Brings the index up to HEAD of repo (everything when full is set, or
 * when the vocabularies or site.yaml changed). Returns 0; 1 when the
 * content has errors (diagnostics in d, index unchanged); -1 on a system
 * error (printed).
 */
int index_update(struct index *ix, git_repository *repo, int full, struct diags *d,
	struct index_stats *st);

/* Validates every file of a snapshot (any kind) in this (normally in-memory) index. Same returns. */
int index_load_snapshot(struct index *ix, struct snapshot *s, struct diags *d, struct index_stats *st);

/* A digest of everything the index holds (64 hex): equal indexes, equal digests. */
int index_digest(struct index *ix, char out[65]);

/* The commit the index reflects, "" when none. Borrowed until the next call. */
const char *index_commit(struct index *ix);

/*
 * The commit the public site was last built from ("" before the first
 * build), so a restarted admin rebuilds only when the index moved on.
 */
const char *index_built_commit(struct index *ix);
int index_set_built_commit(struct index *ix, const char *commit);
/*
 * What build.c keeps between builds under a name: what the last complete
 * build was made from, whether the last build finished, which files it
 * produced. The getter returns a new string or NULL.
 */
char *index_build_state(struct index *ix, const char *name);
int index_set_build_state(struct index *ix, const char *name, const char *value);
/* Sets the state to value only while it still holds expect (another process may have moved it). 0 or -1. */
int index_swap_build_state(struct index *ix, const char *name, const char *expect, const char *value);

/* The site configuration and vocabularies of the indexed commit. 0 or -1. */
int index_vocabs(struct index *ix, struct vocabs *v);

#endif
