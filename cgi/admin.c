/*
 * stagebureau-admin: the FastCGI program behind /beheer/. main() opens
 * the repository, database and admin theme once per process, then
 * answers requests: read and check the request (http.c), find the
 * session, refuse a POST without the right CSRF token, and dispatch
 * through the route table below. 404 and 405 are answered here only.
 * Several processes may run at once: commits are serialised by the
 * repository lock, index updates by SQLite, builds by a lock file.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <time.h>
#include <unistd.h>

#include "admin.h"
#include "build.h"
#include "repo.h"
#include "sandbox.h"
#include "util.h"


/* Who may use a route: anyone, any account, or beheerders only. */
enum access { ANYONE, ACCOUNT, BEHEERDER };

static const struct route {
	const char *pattern;	/* segments; "*" captures one */
	unsigned methods;	/* 1 GET, 2 POST */
	enum access access;
	void (*fn)(struct ctx *);
} routes[] = {
	{ "/", 1, ACCOUNT, page_dashboard },
	{ "/inloggen", 3, ANYONE, page_login },
	{ "/uitloggen", 2, ACCOUNT, page_logout },
	{ "/wachtwoord", 3, ACCOUNT, page_password },
	{ "/wijzigingen", 1, ACCOUNT, page_changes },
	{ "/accounts", 3, BEHEERDER, page_accounts },
	{ "/vocabulaires/*", 3, BEHEERDER, page_vocabulary },
	{ "/import", 3, ACCOUNT, page_import },
	{ "/export/*", 1, ACCOUNT, page_export },
	{ "/*", 1, ACCOUNT, page_list },
	{ "/*/nieuw", 3, ACCOUNT, page_new },
	{ "/*/*", 3, ACCOUNT, page_edit },
	{ "/*/*/verwijderen", 3, ACCOUNT, page_delete },
	{ "/*/*/geschiedenis", 1, ACCOUNT, page_history },
	{ "/*/*/verschil", 1, ACCOUNT, page_diff },
	{ "/*/*/terugzetten", 2, ACCOUNT, page_revert },
	{ "/*/*/actueel", 2, ACCOUNT, page_verified },
};

static const struct { const char *segment; enum entry_type type; } segments[] = {
	{ "vacatures", ENTRY_VACATURE }, { "organisaties", ENTRY_ORGANISATIE },
	{ "evenementen", ENTRY_EVENEMENT }, { "materialen", ENTRY_MATERIAAL },
	{ "handboeken", ENTRY_HANDBOEK }, { "hoofdstukken", ENTRY_HOOFDSTUK },
	{ "tips", ENTRY_TIP }, { "paginas", ENTRY_PAGINA },
};

enum entry_type
admin_type(const char *segment)
{
	for (size_t i = 0; i < sizeof(segments) / sizeof(segments[0]); i++)
		if (!strcmp(segment, segments[i].segment))
			return segments[i].type;
	return ENTRY_NONE;
}

const char *
admin_segment(enum entry_type t)
{
	for (size_t i = 0; i < sizeof(segments) / sizeof(segments[0]); i++)
		if (segments[i].type == t)
			return segments[i].segment;
	return "";
}

const char *
ctx_t(struct ctx *c, const char *key)
{
	return theme_string(c->app->theme, key);
}

char *
admin_url(struct ctx *c, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;

	buf_puts(&b, c->app->prefix);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	return buf_detach(&b);
}

int
is_role(struct ctx *c, const char *role)
{
	const char *r = json_string_value(json_object_get(c->account, "rol"));

	return r && !strcmp(r, role);
}

static json_t *
admin_nav(struct ctx *c)
{
	static const struct { const char *path, *key; int beheerder, school; } items[] = {
		{ "/", "beheer_nav_overzicht", 0, 1 },
		{ "/vacatures", "beheer_nav_vacatures", 0, 0 },
		{ "/organisaties", "beheer_nav_organisaties", 0, 0 },
		{ "/evenementen", "beheer_nav_evenementen", 0, 0 },
		{ "/materialen", "beheer_nav_materialen", 0, 1 },
		{ "/handboeken", "beheer_nav_handboeken", 0, 0 },
		{ "/tips", "beheer_nav_tips", 0, 0 },
		{ "/paginas", "beheer_nav_paginas", 0, 0 },
		{ "/wijzigingen", "beheer_nav_wijzigingen", 0, 1 },
		{ "/import", "beheer_nav_import", 0, 0 },
		{ "/accounts", "beheer_nav_accounts", 1, 0 },
	};
	json_t *nav = json_array();
	int school = is_role(c, "school"), beheerder = is_role(c, "beheerder");

	for (size_t i = 0; i < sizeof(items) / sizeof(items[0]); i++) {
		char *url;
		size_t n = strlen(items[i].path);
		int current;

		if ((items[i].beheerder && !beheerder) || (school && !items[i].school))
			continue;
		url = admin_url(c, "%s", items[i].path);
		current = n == 1 ? !strcmp(c->rq->path, "/") :
		    !strncmp(c->rq->path, items[i].path, n) && (c->rq->path[n] == '/' || !c->rq->path[n]);
		json_array_append_new(nav, json_pack("{s:s, s:s, s:b}", "label", ctx_t(c, items[i].key),
			"url", url, "huidig", current));
		free(url);
	}
	return nav;
}

void
view(struct ctx *c, int status, const char *template, const char *title, json_t *data)
{
	const struct mustache *m = theme_template(c->app->theme, template);
	struct mustache_error err = { 0 };
	char *home = admin_url(c, "/"), *logout = admin_url(c, "/uitloggen");
	char *password = admin_url(c, "/wachtwoord");
	json_t *ctx;

	/* The stylesheet comes with the public site's static files. */
	ctx = json_pack("{s:O, s:s, s:s, s:s, s:s, s:s, s:s}", "t", theme_locale(c->app->theme),
		"titel", title ? title : "", "csrf", c->csrf, "home", home, "uitloggen", logout,
		"wachtwoord_url", password, "css", "/static/css/beheer.css");
	if (c->account) {
		json_object_set(ctx, "account", c->account);
		json_object_set_new(ctx, "nav", admin_nav(c));
		json_object_set_new(ctx, "is_beheerder", json_boolean(is_role(c, "beheerder")));
	}
	json_object_update(ctx, data);
	json_decref(data);
	c->rs->status = status;
	buf_reset(&c->rs->body);
	if (m == NULL || mustache_render(m, ctx, theme_loader, c->app->theme, &c->rs->body, &err) < 0) {
		error("admin template '%s': %s", template, m ? err.msg : "missing");
		c->rs->status = 500;
		c->rs->type = "text/plain; charset=utf-8";
		buf_reset(&c->rs->body);
		buf_puts(&c->rs->body, "Interne fout in een sjabloon van het beheer.\n");
	}
	json_decref(ctx);
	free(home);
	free(logout);
	free(password);
}

void
view_message(struct ctx *c, int status, const char *title_key, const char *text)
{
	view(c, status, "melding", ctx_t(c, title_key), json_pack("{s:s}", "tekst", text));
}

/* Matches path against pattern; captures "*" segments into c->param. */
static int
match(const char *pattern, const char *path, struct ctx *c)
{
	const char *p = pattern, *q = path;
	int n = 0;

	if (!strcmp(pattern, "/"))
		return !strcmp(path, "/");
	while (*p && *q) {
		if (*p != '/' || *q != '/')
			return 0;
		p++, q++;
		if (*p == '*') {
			size_t len = strcspn(q, "/");

			if (len == 0 || n >= 4)
				return 0;
			free(c->param[n]);
			c->param[n++] = xstrndup(q, len);
			p++;
			q += len;
		} else {
			size_t len = strcspn(p, "/");

			if (strncmp(p, q, len) || (q[len] != '/' && q[len] != '\0'))
				return 0;
			p += len;
			q += len;
		}
		if (!strcmp(q, "/"))	/* a trailing slash is the same page */
			q++;
	}
	return *p == '\0' && *q == '\0';
}

static void
load_session(struct ctx *c)
{
	const char *token = json_string_value(json_object_get(c->rq->cookies, SESSION_COOKIE));

	if (token && session_get(c->app->db, token, &c->account, c->csrf) != 0)
		c->account = NULL;
}

static int
csrf_ok(struct ctx *c)
{
	const char *sent = form_get(c->rq->form, "csrf");

	if (sent == NULL)
		return 0;
	if (c->account)
		return token_equal(sent, c->csrf);
	/* Before login there is no session: the form's token must match its cookie. */
	return token_equal(sent, json_string_value(json_object_get(c->rq->cookies, LOGIN_COOKIE)) ?
	    json_string_value(json_object_get(c->rq->cookies, LOGIN_COOKIE)) : "");
}

static void
dispatch(struct ctx *c)
{
	const struct route *found = NULL;
	unsigned method = !strcmp(c->rq->method, "GET") || !strcmp(c->rq->method, "HEAD") ? 1 :
	    !strcmp(c->rq->method, "POST") ? 2 : 0;
	int path_known = 0;

	for (size_t i = 0; i < sizeof(routes) / sizeof(routes[0]) && !found; i++) {
		if (!match(routes[i].pattern, c->rq->path, c))
			continue;
		path_known = 1;
		if (routes[i].methods & method)
			found = &routes[i];
	}
	if (!found) {
		if (path_known) {
			http_header(c->rs, "Allow", "GET, POST");
			view_message(c, 405, "beheer_fout_titel", ctx_t(c, "beheer_fout_405"));
		} else {
			view_message(c, 404, "beheer_fout_titel", ctx_t(c, "beheer_fout_404"));
		}
		return;
	}
	/* The login form is checked against its own cookie, even in a logged-in browser. */
	if (found->access != ANYONE)
		load_session(c);
	if (found->access != ANYONE && c->account == NULL) {
		char *login = admin_url(c, "/inloggen");

		http_redirect(c->rs, login);
		free(login);
		return;
	}
	if (found->access == BEHEERDER && !is_role(c, "beheerder")) {
		view_message(c, 403, "beheer_fout_titel", ctx_t(c, "beheer_fout_403"));
		return;
	}
	if (method == 2 && !csrf_ok(c)) {
		view_message(c, 403, "beheer_fout_titel", ctx_t(c, "beheer_fout_csrf"));
		return;
	}
	found->fn(c);
}

/* Builds run one at a time, each from the newest commit, so none undoes another. */
int
publish(struct admin *app, struct diags *d, double *seconds, const char *vacancy)
{
	struct build_options bo = { .theme = app->theme_dir, .out = app->out, .today = app->today };
	struct build_stats bs;
	struct index_stats st;
	struct timespec t0, t1;
	struct buf lock = BUF_INIT;
	int fd, rc;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (vacancy) {
		/*
		 * The page the broker edited first, without waiting for a full
		 * build that may be running (SQLite serialises the index update);
		 * that build keeps a page written after its snapshot, and lists,
		 * feeds and search follow in the build after the answer.
		 */
		rc = index_update(app->ix, app->repo, 0, d, &st);
		if (rc == 0)
			rc = build_vacancy_page(app->ix, &bo, vacancy);
		app->pending = 1;
		goto done;
	}
	buf_printf(&lock, "%s.build-lock", app->db_path);
	fd = open(lock.data, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
	buf_release(&lock);
	if (fd < 0)
		return error_errno("cannot open the build lock");
	while (flock(fd, LOCK_EX) < 0 && errno == EINTR)
		;
	rc = index_update(app->ix, app->repo, 0, d, &st);
	if (rc == 0 && strcmp(index_built_commit(app->ix), index_commit(app->ix))) {
		/* Nothing new since the last build (a restart, say): nothing to write. */
		rc = build_site(app->ix, &bo, &bs);
	}
	close(fd);
done:
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (seconds)
		*seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	return rc;
}

/*
 * The full build owed after a fast save runs in a child process, so this
 * one answers the next request at once, however long the build takes on
 * a large site. The child opens its own repository and database handles
 * (SQLite and libgit2 handles must not cross a fork) and takes the build
 * lock like any other writer; builds queued behind it that find the site
 * already built from the newest commit do nothing.
 */
void
publish_pending(struct admin *app)
{
	struct diags d = DIAGS_INIT;
	struct admin child;
	pid_t pid;

	if (!app->pending)
		return;
	app->pending = 0;
	pid = fork();
	if (pid < 0) {
		error_errno("cannot fork for the build; building here");
		if (publish(app, &d, NULL, NULL) != 0)
			diags_print(&d, stderr);
		diags_clear(&d);
		return;
	}
	if (pid > 0)
		return;
	/*
	 * The listening socket is FastCGI's fd 0: a child that kept it would
	 * keep the socket alive after its parent died, and the web server
	 * would queue requests on it that nobody accepts.
	 */
	close(0);
	child = *app;
	child.repo = repo_open(app->repo_path);
	child.ix = child.repo ? index_open(app->db_path) : NULL;
	if (child.ix && publish(&child, &d, NULL, NULL) != 0)
		diags_print(&d, stderr);
	_exit(0);
}

static void
handle(struct admin *app, FCGX_Request *req)
{
	struct request rq;
	struct response rs;
	struct ctx c = { .app = app, .rq = &rq, .rs = &rs };
	int status;

	http_response_init(&rs);
	status = http_read(&rq, req->envp, req->in, app->prefix);
	if (status) {
		c.rq = &rq;
		if (rq.path == NULL)
			rq.path = xstrdup("/");
		view_message(&c, status, "beheer_fout_titel", ctx_t(&c, status == 413 ? "beheer_fout_413" :
		    status == 404 ? "beheer_fout_404" : "beheer_fout_400"));
	} else {
		dispatch(&c);
	}
	if (!strcmp(rq.method ? rq.method : "", "HEAD"))
		buf_reset(&rs.body);
	http_send(&rs, req->out);
	json_decref(c.account);
	for (int i = 0; i < 4; i++)
		free(c.param[i]);
	http_request_release(&rq);
	http_response_release(&rs);
}

static int
usage(void)
{
	fputs("usage: stagebureau-admin -r REPO -d DB -o PUBLIC [-t THEME] [--prefix /beheer] [--today DATE]\n"
	    "                         [--sandbox auto|require|off] [--sandbox-test FILE...]\n"
	    "A FastCGI program: run it from a web server (see stagebureau-admin(8)), or with\n"
	    "spawn-fcgi; settings may also come from STAGEBUREAU_REPO, _DB, _OUT, _THEME,\n"
	    "_SANDBOX. --sandbox-test confines the program as when it serves, tries to read\n"
	    "(or create) each FILE, prints what was allowed, and exits.\n", stderr);
	return 2;
}

static const char *
env_or(const char *name, const char *dflt)
{
	const char *v = getenv(name);

	return v && *v ? v : dflt;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "repo", required_argument, NULL, 'r' },
		{ "db", required_argument, NULL, 'd' },
		{ "out", required_argument, NULL, 'o' },
		{ "theme", required_argument, NULL, 't' },
		{ "prefix", required_argument, NULL, 'p' },
		{ "today", required_argument, NULL, 'T' },
		{ "sandbox", required_argument, NULL, 'S' },
		{ "sandbox-test", no_argument, NULL, 'P' },
		{ NULL, 0, NULL, 0 },
	};
	struct admin app = { 0 };
	struct vocabs v = { 0 };
	struct diags d = DIAGS_INIT;
	struct sandbox_paths paths;
	enum sandbox_mode mode;
	char status[256];
	FCGX_Request req;
	int c, confined, probe = 0;

	app.repo_path = env_or("STAGEBUREAU_REPO", NULL);
	app.db_path = env_or("STAGEBUREAU_DB", NULL);
	app.out = env_or("STAGEBUREAU_OUT", NULL);
	app.theme_dir = env_or("STAGEBUREAU_THEME", "theme");
	app.prefix = env_or("STAGEBUREAU_PREFIX", "/beheer");
	app.today = env_or("STAGEBUREAU_TODAY", NULL);
	if (sandbox_mode_parse(env_or("STAGEBUREAU_SANDBOX", "auto"), &mode) < 0)
		return error("STAGEBUREAU_SANDBOX must be auto, require or off"), 2;
	while ((c = getopt_long(argc, argv, "r:d:o:t:", longopts, NULL)) != -1) {
		switch (c) {
		case 'r': app.repo_path = optarg; break;
		case 'd': app.db_path = optarg; break;
		case 'o': app.out = optarg; break;
		case 't': app.theme_dir = optarg; break;
		case 'p': app.prefix = optarg; break;
		case 'T': app.today = optarg; break;
		case 'S':
			if (sandbox_mode_parse(optarg, &mode) < 0)
				return error("--sandbox must be auto, require or off"), 2;
			break;
		case 'P': probe = 1; break;
		default: return usage();
		}
	}
	if (!app.repo_path || !app.db_path || !app.out || (optind < argc) != probe)
		return usage();
	/*
	 * Confined before anything is opened, so that the catch-up build below
	 * and every request run with no more rights than they need: writing
	 * the repository, the database's folder and the public site.
	 */
	paths = (struct sandbox_paths){ app.repo_path, app.db_path, app.out, app.theme_dir };
	confined = sandbox_confine(&paths, mode, status, sizeof(status));
	if (confined < 0)
		return 1;
	if (probe) {
		printf("sandbox: %s\n", status);
		for (int i = optind; i < argc; i++)
			sandbox_probe(argv[i]);
		return confined == 0 ? 0 : 1;
	}
	repo_global_init();
	app.repo = repo_open(app.repo_path);
	app.ix = app.repo ? index_open(app.db_path) : NULL;
	if (app.ix == NULL)
		return 1;
	app.db = index_db(app.ix);
	if (accounts_init(app.db) < 0)
		return 1;
	/*
	 * Catch up with commits made while no admin ran (a push, a crash) in
	 * a build of its own, as after a save: on a large site that build
	 * takes minutes, and the first broker must not wait for it. Only an
	 * index that holds nothing yet is filled here, since the forms need
	 * its vocabularies.
	 */
	if (!*index_commit(app.ix)) {
		struct index_stats st;

		if (index_update(app.ix, app.repo, 0, &d, &st) != 0)
			diags_print(&d, stderr);
		diags_clear(&d);
	}
	app.pending = 1;
	/* The admin speaks the site's language; the index knows which. */
	if (index_vocabs(app.ix, &v) < 0)
		return 1;
	app.theme = theme_load(app.theme_dir, "admin", json_string_value(json_object_get(v.site, "taal")), NULL);
	vocabs_release(&v);
	if (app.theme == NULL)
		return 1;
	signal(SIGCHLD, SIG_IGN);	/* build children reap themselves */
	publish_pending(&app);
	if (FCGX_Init() != 0 || FCGX_InitRequest(&req, 0, 0) != 0)
		return error("cannot start FastCGI"), 1;
	while (FCGX_Accept_r(&req) >= 0) {
		handle(&app, &req);
		FCGX_Finish_r(&req);
		/* The answer is out; the rest of the site is rebuilt before the next request. */
		publish_pending(&app);
	}
	theme_free(app.theme);
	index_close(app.ix);
	git_repository_free(app.repo);
	return 0;
}
