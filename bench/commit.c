/*
 * One commit at scale (issue "Snelheid" §1): how long the admin's commit
 * path (commit_changes: lock, conflict check, blobs, trees, ref) takes
 * and how much the repository grows, per commit of one edited vacancy.
 *
 *   build/bench/commit REPO RUNS [DB THEME OUT TODAY]
 *
 * Edits the title of the first vacancy RUNS times, each one commit, and
 * prints the median and 95th percentile time and the mean growth of the
 * object database in bytes. The repository is left with RUNS new commits;
 * the harness resets its branch afterwards.
 *
 * With an index DB and a site built into OUT from THEME as of TODAY, each
 * commit is also published the way the admin's save does before it
 * answers ("one edit to live page", issue "Snelheid" §2): the index
 * catches up, then the vacancy's page is written. It prints those times
 * too, each step and the sum with the commit.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "build.h"
#include "commit.h"
#include "index.h"
#include "repo.h"
#include "util.h"

/* Bytes under dir, recursively. */
static long long
tree_bytes(const char *dir)
{
	struct dirent *de;
	long long sum = 0;
	DIR *d = opendir(dir);

	if (d == NULL)
		return 0;
	while ((de = readdir(d)) != NULL) {
		char path[4096];
		struct stat st;

		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		if (lstat(path, &st) < 0)
			continue;
		sum += S_ISDIR(st.st_mode) ? tree_bytes(path) : (long long)st.st_size;
	}
	closedir(d);
	return sum;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The first vacancy file of HEAD, found by walking vacatures/. */
static int
first_vacancy(git_repository *repo, char *out, size_t n)
{
	git_object *obj = NULL;
	git_tree *tree;
	int rc = -1;

	if (git_revparse_single(&obj, repo, "HEAD:vacatures") < 0)
		return -1;
	tree = (git_tree *)obj;
	snprintf(out, n, "vacatures");
	for (;;) {
		const git_tree_entry *e = git_tree_entry_byindex(tree, 0);
		size_t len = strlen(out);
		git_object *next = NULL;

		if (e == NULL)
			break;
		snprintf(out + len, n - len, "/%s", git_tree_entry_name(e));
		if (git_tree_entry_type(e) == GIT_OBJECT_BLOB) {
			rc = 0;
			break;
		}
		if (git_tree_entry_to_object(&next, repo, e) < 0)
			break;
		git_tree_free(tree);
		tree = (git_tree *)next;
	}
	git_tree_free(tree);
	return rc;
}

static double
ms_since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

static void
print_ms(const char *what, double *v, int runs)
{
	qsort(v, (size_t)runs, sizeof(*v), cmp_double);
	printf("publish: %s: p50 %.1f ms, p95 %.1f ms\n", what, v[runs / 2], v[(runs * 95 + 99) / 100 - 1]);
}

int
main(int argc, char **argv)
{
	git_repository *repo;
	char path[512], objects[4096], oid[41], slug[256];
	int runs = argc == 3 || argc == 7 ? atoi(argv[2]) : 0;
	double *t, *t_index, *t_page, *t_live;
	long long before, after;
	struct index *ix = NULL;
	struct build_options bo = { 0 };

	if (runs < 1) {
		fprintf(stderr, "usage: commit REPO RUNS [DB THEME OUT TODAY]\n");
		return 2;
	}
	repo_global_init();
	repo = repo_open(argv[1]);
	if (repo == NULL || first_vacancy(repo, path, sizeof(path)) < 0) {
		fprintf(stderr, "commit: no vacancy in %s\n", argv[1]);
		return 1;
	}
	if (argc == 7) {
		const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;

		snprintf(slug, sizeof(slug), "%.*s", (int)(strlen(base) - 3), base);	/* "x.md" -> "x" */
		bo.theme = argv[4];
		bo.out = argv[5];
		bo.today = argv[6];
		if ((ix = index_open(argv[3])) == NULL)
			return 1;
	}
	snprintf(objects, sizeof(objects), "%s/objects", git_repository_path(repo));
	t = calloc((size_t)runs, sizeof(*t));
	t_index = calloc((size_t)runs, sizeof(*t));
	t_page = calloc((size_t)runs, sizeof(*t));
	t_live = calloc((size_t)runs, sizeof(*t));
	before = tree_bytes(objects);
	for (int i = 0; i < runs; i++) {
		struct buf text = BUF_INIT, edited = BUF_INIT;
		struct change ch = { .path = path, .expect = oid };
		struct timespec t0, t1;
		const char *p, *eol;
		git_oid out;

		if (commit_read_head(repo, path, oid, &text) != 0)
			return 1;
		/* A new title each run: "titel: ..." replaced. */
		p = strstr(buf_str(&text), "\ntitel: ");
		if (p == NULL)
			return 1;
		eol = strchr(p + 1, '\n');
		buf_add(&edited, text.data, (size_t)(p - text.data));
		buf_printf(&edited, "\ntitel: \"Bewerkt in run %d\"", i);
		buf_puts(&edited, eol);
		ch.data = edited.data;
		ch.len = edited.len;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		if (commit_changes(repo, &ch, 1, "Bench", "bench@example.nl", "Vacature: titel", &out, NULL) != COMMIT_OK)
			return 1;
		t[i] = ms_since(&t0);
		if (ix) {
			struct diags d = DIAGS_INIT;
			struct index_stats st;

			clock_gettime(CLOCK_MONOTONIC, &t1);
			if (index_update(ix, repo, 0, &d, &st) != 0) {
				diags_print(&d, stderr);
				return 1;
			}
			t_index[i] = ms_since(&t1);
			clock_gettime(CLOCK_MONOTONIC, &t1);
			if (build_vacancy_page(ix, &bo, slug) != 0)
				return 1;
			t_page[i] = ms_since(&t1);
			t_live[i] = ms_since(&t0);
			diags_clear(&d);
		}
		buf_release(&text);
		buf_release(&edited);
	}
	after = tree_bytes(objects);
	qsort(t, (size_t)runs, sizeof(*t), cmp_double);
	printf("commit: %d commits of %s: p50 %.1f ms, p95 %.1f ms, growth %.0f bytes per commit\n",
	    runs, path, t[runs / 2], t[(runs * 95 + 99) / 100 - 1], (double)(after - before) / runs);
	if (ix) {
		print_ms("index catches up", t_index, runs);
		print_ms("vacancy page written", t_page, runs);
		print_ms("commit to live page", t_live, runs);
		index_close(ix);
	}
	free(t);
	free(t_index);
	free(t_page);
	free(t_live);
	git_repository_free(repo);
	return 0;
}
