/*
 * stagebureau: the command-line front of the generator library. Each
 * subcommand is one function in the table below; options common to all
 * of them (where the repository, database, theme and output live) are
 * parsed once into struct options.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "accounts.h"
#include "build.h"
#include "diag.h"
#include "index.h"
#include "repo.h"
#include "snapshot.h"
#include "util.h"

#ifndef SB_VERSION
#define SB_VERSION "0.1"
#endif

struct options {
	const char *repo;	/* content repository (git work tree) */
	const char *db;		/* index database */
	const char *theme;	/* theme directory */
	const char *out;	/* public site */
	const char *today;	/* YYYY-MM-DD, for reproducible builds */
	int full;		/* ignore what is known and redo everything */
	int quiet;
	int verbose;		/* build: where the time went */
	int jobs;		/* index and build: processes, 0 for one per core */
};

static int
usage(FILE *fp)
{
	fputs("usage: stagebureau [options] command [args]\n"
	    "\n"
	    "commands:\n"
	    "  init DIR [SRC]  create a content repository at DIR from the files in SRC\n"
	    "  index           bring the index up to the repository's HEAD (--full: from scratch)\n"
	    "  check [DIR]     validate every content file of DIR (a work tree), or of HEAD\n"
	    "  build           index, then generate the public site\n"
	    "  user add NAME --role ROLE --email EMAIL [--naam NAME] [--organisatie SLUG]\n"
	    "                  add an admin account; the password is read from standard input\n"
	    "  user passwd NAME | user disable NAME | user enable NAME | user list\n"
	    "  backup FILE     copy the database (index and accounts) to FILE, safely while in use\n"
	    "  help            this text\n"
	    "  version         print the version\n"
	    "\n"
	    "options:\n"
	    "  -r, --repo DIR    content repository (default: .)\n"
	    "  -d, --db FILE     index database (default: stagebureau.db)\n"
	    "  -t, --theme DIR   theme (default: ../share/stagebureau/theme beside the\n"
	    "                    program when installed, else ./theme)\n"
	    "  -o, --out DIR     public site output (default: public)\n"
	    "      --today DATE  build as if today were DATE (YYYY-MM-DD)\n"
	    "      --full        reindex from the repository and rebuild every page,\n"
	    "                    trusting nothing indexed or built before\n"
	    "  -j, --jobs N      index and build with N processes (1 or 2); default: build 2\n"
	    "                    on two or more cores, a whole-repository index one per\n"
	    "                    core (at most 4)\n"
	    "  -v, --verbose     build: print the time of each group of pages\n"
	    "  -q, --quiet       print only errors\n"
	    "\n"
	    "See stagebureau(1) and the content format in stagebureau(5).\n", fp);
	return fp == stderr ? 2 : 0;
}

static int
print_diags(struct diags *d)
{
	diags_print(d, stderr);
	fprintf(stderr, "stagebureau: %zu problem%s found; nothing was published\n",
	    d->n, d->n == 1 ? "" : "s");
	return 1;
}

static int
cmd_init(struct options *o, int argc, char **argv)
{
	const char *src = argc > 2 ? argv[2] : ".";

	(void)o;
	if (argc < 2 || argc > 3)
		return usage(stderr);
	if (repo_init_from_dir(argv[1], src, "Stagebureau", "stagebureau@localhost",
	    "Begin van de inhoud\n\nGemaakt met stagebureau init.\n") < 0)
		return 1;
	if (!o->quiet)
		printf("created content repository %s from %s\n", argv[1], src);
	return 0;
}

/* Index to HEAD; 0 ok, 1 content errors (printed), -1 system error. */
static int
run_index(struct options *o, struct index **ixp)
{
	struct diags d = DIAGS_INIT;
	struct index_stats st;
	git_repository *repo;
	struct index *ix;
	int rc;

	*ixp = NULL;
	repo = repo_open(o->repo);
	if (repo == NULL)
		return -1;
	ix = index_open(o->db);
	if (ix == NULL) {
		git_repository_free(repo);
		return -1;
	}
	index_set_jobs(ix, o->jobs);
	rc = index_update(ix, repo, o->full, &d, &st);
	if (rc == 1)
		print_diags(&d);
	else if (rc == 0 && !o->quiet)
		printf("index: at commit %.12s (%s, %ld file%s read, %ld removed)\n", st.commit,
		    st.full ? "full" : "incremental", st.files, st.files == 1 ? "" : "s", st.removed);
	diags_clear(&d);
	git_repository_free(repo);
	if (rc == 0)
		*ixp = ix;
	else
		index_close(ix);
	return rc;
}

static int
cmd_index(struct options *o, int argc, char **argv)
{
	struct index *ix;
	int rc;

	(void)argv;
	if (argc != 1)
		return usage(stderr);
	rc = run_index(o, &ix);
	index_close(ix);
	return rc == 0 ? 0 : 1;
}

/* 0 when the index at o->db equals fresh (both at the same commit), else 2. */
static int
compare_index(struct options *o, struct index *fresh)
{
	struct index *disk = index_open(o->db);
	char a[65], b[65];
	int rc = 2;

	if (disk == NULL)
		return 2;
	if (strcmp(index_commit(disk), index_commit(fresh))) {
		fprintf(stderr, "stagebureau: the index is at commit %.12s, the repository at %.12s;"
		    " run 'stagebureau index' to catch up\n", index_commit(disk), index_commit(fresh));
	} else if (index_digest(disk, a) == 0 && index_digest(fresh, b) == 0 && !strcmp(a, b)) {
		if (!o->quiet)
			printf("index %s matches the repository\n", o->db);
		rc = 0;
	} else {
		fprintf(stderr, "stagebureau: index %s differs from the repository; run 'stagebureau index --full'\n", o->db);
	}
	index_close(disk);
	return rc;
}

static int
cmd_check(struct options *o, int argc, char **argv)
{
	struct diags d = DIAGS_INIT;
	struct index_stats st;
	git_repository *repo = NULL;
	struct snapshot *s = NULL;
	struct index *ix = NULL;
	git_oid head;
	int rc = 1;

	if (argc > 2)
		return usage(stderr);
	ix = index_open(":memory:");
	if (ix == NULL)
		goto out;
	index_set_jobs(ix, o->jobs);
	if (argc == 2) {
		struct stat st;

		if (stat(argv[1], &st) < 0 || !S_ISDIR(st.st_mode)) {
			error("'%s' is not a folder", argv[1]);
			goto out;
		}
		s = snapshot_dir(argv[1]);
	} else {
		repo = repo_open(o->repo);
		if (repo == NULL)
			goto out;
		rc = repo_head(repo, &head);
		if (rc != 0) {
			if (rc == 1)
				error("'%s' has no commit yet; commit the content first, or check a folder", o->repo);
			rc = 1;
			goto out;
		}
		rc = 1;
		s = snapshot_git(repo, &head);
		if (s == NULL)
			goto out;
	}
	/* A commit is indexed exactly as 'index --full' would, times included. */
	rc = repo ? index_update(ix, repo, 1, &d, &st) : index_load_snapshot(ix, s, &d, &st);
	/* With a database beside a repository: it must equal a fresh index of HEAD. */
	if (rc == 0 && argc < 2 && access(o->db, F_OK) == 0)
		rc = compare_index(o, ix);
	if (rc == 1) {
		diags_print(&d, stderr);
		fprintf(stderr, "stagebureau: %zu problem%s found\n", d.n, d.n == 1 ? "" : "s");
	} else if (rc == 0 && !o->quiet) {
		printf("%ld files checked, no problems\n", st.files);
	}
	rc = rc == 0 ? 0 : 1;
out:
	diags_clear(&d);
	snapshot_free(s);
	index_close(ix);
	git_repository_free(repo);
	return rc;
}

static int
cmd_build(struct options *o, int argc, char **argv)
{
	struct build_options bo = { 0 };
	struct build_stats bs = { 0 };
	struct timespec t0, t1;
	struct index *ix;
	int rc;

	(void)argv;
	if (argc != 1)
		return usage(stderr);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	rc = run_index(o, &ix);
	if (rc != 0)
		return 1;
	bo.theme = o->theme;
	bo.out = o->out;
	bo.today = o->today;
	bo.force = o->full;
	bo.jobs = o->jobs;
	rc = build_site(ix, &bo, &bs);
	index_close(ix);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (rc == 0 && o->verbose)
		for (int i = 0; i < bs.nphases; i++)
			printf("  %-20s %7.3f s\n", bs.phase[i].name, bs.phase[i].seconds);
	if (rc == 0 && o->verbose && bs.nphases)
		printf("  %-20s %7.3f s\n", "feeds en sitemap", bs.feeds_seconds);
	if (rc == 0 && bs.unchanged && !o->quiet)
		printf("build: nothing changed since the last build; 0 files written, in %.2f s\n",
		    (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	else if (rc == 0 && !o->quiet)
		printf("build: %ld pages and files, %ld unchanged, %ld written, %ld removed, in %.2f s\n",
		    bs.files, bs.current, bs.written, bs.removed,
		    (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	return rc == 0 ? 0 : 1;
}

/* The first line of standard input, without its newline. */
static int
read_password(char *out, size_t n, int weak_ok)
{
	size_t len;

	if (isatty(0))
		fputs("Wachtwoord: ", stderr);
	if (fgets(out, (int)n, stdin) == NULL)
		return error("no password on standard input");
	len = strcspn(out, "\r\n");
	out[len] = '\0';
	if (len < 10 && !(weak_ok && len > 0))
		return error("the password needs at least 10 characters");
	return 0;
}

static struct index *
open_accounts(struct options *o)
{
	struct index *ix = index_open(o->db);

	if (ix && accounts_init(index_db(ix)) < 0) {
		index_close(ix);
		return NULL;
	}
	return ix;
}

static int
cmd_user(struct options *o, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "role", required_argument, NULL, 'r' },
		{ "email", required_argument, NULL, 'e' },
		{ "naam", required_argument, NULL, 'n' },
		{ "organisatie", required_argument, NULL, 'o' },
		{ "weak-password-ok", no_argument, NULL, 'W' },	/* for a demo only */
		{ NULL, 0, NULL, 0 },
	};
	int weak_ok = 0;
	const char *role = NULL, *email = NULL, *full = NULL, *org = NULL, *verb, *name;
	char password[512];
	struct index *ix = NULL;
	int c, rc = 1;

	if (argc < 2)
		return usage(stderr);
	verb = argv[1];
	if (!strcmp(verb, "list")) {
		json_t *list, *a;
		size_t i;

		if ((ix = open_accounts(o)) == NULL)
			return 1;
		list = account_list(index_db(ix));
		json_array_foreach(list, i, a)
			printf("%-16s %-10s %-30s %s%s\n", json_string_value(json_object_get(a, "naam")),
			    json_string_value(json_object_get(a, "rol")),
			    json_string_value(json_object_get(a, "email")),
			    json_string_value(json_object_get(a, "organisatie")) ?
				json_string_value(json_object_get(a, "organisatie")) : "",
			    json_is_true(json_object_get(a, "uitgeschakeld")) ? " (uitgeschakeld)" : "");
		json_decref(list);
		index_close(ix);
		return 0;
	}
	if (argc < 3)
		return usage(stderr);
	name = argv[2];
	optind = 3;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'r': role = optarg; break;
		case 'e': email = optarg; break;
		case 'n': full = optarg; break;
		case 'o': org = optarg; break;
		case 'W': weak_ok = 1; break;
		default: return usage(stderr);
		}
	}
	if (!slug_valid(name))
		return error("an account name is lowercase letters, digits and '-'"), 1;
	if ((ix = open_accounts(o)) == NULL)
		return 1;
	if (!strcmp(verb, "add")) {
		if (!account_role_valid(role) || email == NULL || !strchr(email, '@')) {
			error("'user add' needs --role beheerder|makelaar|school and --email");
			goto out;
		}
		if (!account_identity_valid(full ? full : name, email)) {
			error("--naam and --email may not hold '<', '>', line breaks or control characters");
			goto out;
		}
		if (!strcmp(role, "school") && (org == NULL || !slug_valid(org))) {
			error("a school account needs --organisatie with the slug of its school");
			goto out;
		}
		if (read_password(password, sizeof(password), weak_ok) < 0)
			goto out;
		c = account_add(index_db(ix), name, full ? full : name, email, role, org, password);
		if (c == 1)
			error("account '%s' exists already", name);
		rc = c != 0;
	} else if (!strcmp(verb, "passwd")) {
		if (read_password(password, sizeof(password), weak_ok) < 0)
			goto out;
		c = account_set_password(index_db(ix), name, password);
		if (c == 1)
			error("no account '%s'", name);
		rc = c != 0;
	} else if (!strcmp(verb, "disable") || !strcmp(verb, "enable")) {
		c = account_set_disabled(index_db(ix), name, !strcmp(verb, "disable"));
		if (c == 1)
			error("no account '%s'", name);
		rc = c != 0;
	} else {
		rc = usage(stderr);
	}
out:
	memset(password, 0, sizeof(password));
	index_close(ix);
	return rc;
}

static int
cmd_backup(struct options *o, int argc, char **argv)
{
	sqlite3 *dst = NULL;
	sqlite3_backup *b;
	struct index *ix;
	int rc = 1, c_rc = SQLITE_OK;

	if (argc != 2)
		return usage(stderr);
	if ((ix = open_accounts(o)) == NULL)
		return 1;
	if (sqlite3_open(argv[1], &dst) != SQLITE_OK) {
		error("cannot open '%s': %s", argv[1], sqlite3_errmsg(dst));
		goto out;
	}
	b = sqlite3_backup_init(dst, "main", index_db(ix), "main");
	if (b == NULL) {
		error("backup: %s", sqlite3_errmsg(dst));
		goto out;
	}
	while ((c_rc = sqlite3_backup_step(b, 256)) == SQLITE_OK || c_rc == SQLITE_BUSY || c_rc == SQLITE_LOCKED)
		sqlite3_sleep(10);
	if (sqlite3_backup_finish(b) != SQLITE_OK || c_rc != SQLITE_DONE)
		error("backup: %s", sqlite3_errmsg(dst));
	else
		rc = 0;
out:
	sqlite3_close(dst);
	index_close(ix);
	return rc;
}

static int
cmd_help(struct options *o, int argc, char **argv)
{
	(void)o, (void)argc, (void)argv;
	return usage(stdout);
}

static int
cmd_version(struct options *o, int argc, char **argv)
{
	(void)o, (void)argc, (void)argv;
	printf("stagebureau %s\n", SB_VERSION);
	return 0;
}

static const struct {
	const char *name;
	int (*fn)(struct options *, int, char **);
} commands[] = {
	{ "init", cmd_init },
	{ "index", cmd_index },
	{ "check", cmd_check },
	{ "build", cmd_build },
	{ "user", cmd_user },
	{ "backup", cmd_backup },
	{ "help", cmd_help },
	{ "version", cmd_version },
};

/*
 * The installed theme lives in PREFIX/share/stagebureau/theme, found from
 * the program's own path (Linux: /proc/self/exe), so one binary works
 * wherever it is installed; from a source tree, ./theme is used.
 */
static const char *
default_theme(void)
{
	static char path[4096];
	char exe[4000];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	char *slash;

	if (n > 0) {
		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			snprintf(path, sizeof(path), "%s/../share/stagebureau/theme", exe);
			if (access(path, R_OK) == 0)
				return path;
		}
	}
	return "theme";
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "repo", required_argument, NULL, 'r' },
		{ "db", required_argument, NULL, 'd' },
		{ "theme", required_argument, NULL, 't' },
		{ "out", required_argument, NULL, 'o' },
		{ "today", required_argument, NULL, 'T' },
		{ "full", no_argument, NULL, 'F' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct options o = { ".", "stagebureau.db", NULL, "public", NULL, 0, 0, 0, 0 };
	int c;

	while ((c = getopt_long(argc, argv, "+r:d:t:o:j:qvh", longopts, NULL)) != -1) {
		switch (c) {
		case 'r': o.repo = optarg; break;
		case 'd': o.db = optarg; break;
		case 't': o.theme = optarg; break;
		case 'o': o.out = optarg; break;
		case 'T': o.today = optarg; break;
		case 'F': o.full = 1; break;
		case 'q': o.quiet = 1; break;
		case 'v': o.verbose = 1; break;
		case 'j':
			if (strcmp(optarg, "1") && strcmp(optarg, "2")) {
				fprintf(stderr, "stagebureau: --jobs must be 1 or 2\n");
				return 2;
			}
			o.jobs = atoi(optarg);
			break;
		case 'h': return usage(stdout);
		default: return usage(stderr);
		}
	}
	argc -= optind;
	argv += optind;
	if (o.theme == NULL)
		o.theme = default_theme();
	if (argc == 0)
		return usage(stderr);
	repo_global_init();
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (!strcmp(argv[0], commands[i].name))
			return commands[i].fn(&o, argc, argv);
	fprintf(stderr, "stagebureau: unknown command '%s'; see 'stagebureau help'\n", argv[0]);
	return 2;
}
