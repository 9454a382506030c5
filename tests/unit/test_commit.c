/*
 * Unit tests of commits to the content repository: optimistic conflict
 * checks, deletes, empty changes, and several processes committing at
 * once (all commits kept, in one line of history).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "commit.h"
#include "repo.h"
#include "util.h"

static int passed, failed;

#define CHECK(cond) do { \
	if (cond) passed++; \
	else { failed++; fprintf(stderr, "FAIL - %s:%d: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

static enum commit_result
put(git_repository *repo, const char *path, const char *text, const char *expect, char **conflict)
{
	struct change c = { path, text, text ? strlen(text) : 0, expect };
	git_oid id;

	return commit_changes(repo, &c, 1, "Test Tester", "test@example.nl", "test\n", &id, conflict);
}

static long
count_commits(git_repository *repo)
{
	git_revwalk *w = NULL;
	git_oid id;
	long n = 0;

	git_revwalk_new(&w, repo);
	git_revwalk_push_head(w);
	while (git_revwalk_next(&id, w) == 0)
		n++;
	git_revwalk_free(w);
	return n;
}

int
main(int argc, char **argv)
{
	char dir[] = "/tmp/sbcommit.XXXXXX", repo_path[512], oid[41], cmd[600];
	struct buf text = BUF_INIT;
	git_repository *repo;
	char *conflict = NULL;

	(void)argc;
	(void)argv;
	if (mkdtemp(dir) == NULL)
		return 1;
	snprintf(repo_path, sizeof(repo_path), "%s/repo.git", dir);
	repo_global_init();
	CHECK(repo_init_from_dir(repo_path, "tests/fixture/site", "T", "t@example.nl", "begin\n") == 0);
	repo = repo_open(repo_path);
	CHECK(repo != NULL);
	if (repo == NULL)
		goto out;

	CHECK(commit_read_head(repo, "tips/bellen-met-een-bedrijf.md", oid, &text) == 0 && strlen(oid) == 40);
	CHECK(strstr(buf_str(&text), "Bellen met een bedrijf") != NULL);
	CHECK(put(repo, "tips/bellen-met-een-bedrijf.md", "---\ntitel: Nieuw\n---\n", oid, NULL) == COMMIT_OK);
	/* The same expected revision again is now stale: a conflict, nothing written. */
	CHECK(put(repo, "tips/bellen-met-een-bedrijf.md", "---\ntitel: Ander\n---\n", oid, &conflict) == COMMIT_CONFLICT);
	CHECK(conflict && !strcmp(conflict, "tips/bellen-met-een-bedrijf.md"));
	free(conflict);
	buf_reset(&text);
	commit_read_head(repo, "tips/bellen-met-een-bedrijf.md", oid, &text);
	CHECK(!strcmp(buf_str(&text), "---\ntitel: Nieuw\n---\n"));
	/* Creating what exists, with "" expected, conflicts too. */
	CHECK(put(repo, "tips/bellen-met-een-bedrijf.md", "x", "", NULL) == COMMIT_CONFLICT);
	CHECK(put(repo, "tips/nieuw.md", "---\ntitel: N\n---\n", "", NULL) == COMMIT_OK);
	CHECK(put(repo, "tips/nieuw.md", "---\ntitel: N\n---\n", NULL, NULL) == COMMIT_EMPTY);
	CHECK(put(repo, "tips/nieuw.md", NULL, NULL, NULL) == COMMIT_OK);
	CHECK(commit_read_head(repo, "tips/nieuw.md", oid, NULL) == 1 && oid[0] == '\0');
	CHECK(count_commits(repo) == 4);
	git_repository_free(repo);

	/* Four processes, 25 commits each, to their own files: all 100 land. */
	for (int p = 0; p < 4; p++) {
		if (fork() == 0) {
			git_repository *r = repo_open(repo_path);
			int bad = 0;

			for (int i = 0; i < 25; i++) {
				char path[64], body[64];

				snprintf(path, sizeof(path), "tips/p%d.md", p);
				snprintf(body, sizeof(body), "---\ntitel: %d %d\n---\n", p, i);
				bad |= put(r, path, body, NULL, NULL) != COMMIT_OK;
			}
			git_repository_free(r);
			_exit(bad);
		}
	}
	for (int p = 0; p < 4; p++) {
		int status;

		wait(&status);
		CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	}
	repo = repo_open(repo_path);
	CHECK(repo && count_commits(repo) == 104);
	git_repository_free(repo);
	snprintf(cmd, sizeof(cmd), "git -C %s fsck --no-dangling --no-progress >/dev/null 2>&1", repo_path);
	CHECK(system(cmd) == 0);
out:
	buf_release(&text);
	remove_tree(dir);
	printf("test_commit: %d passed, %d failed\n", passed, failed);
	return failed != 0;
}
