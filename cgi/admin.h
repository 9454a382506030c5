/*
 * The admin (beheer): shared state of one FastCGI process and of one
 * request, and the functions every page handler uses. Handlers live in
 * pages_*.c and are reached through the route table in admin.c; they get
 * a struct ctx whose request is already read, whose account (if any) is
 * logged in, and whose CSRF token was checked for every POST.
 */
#ifndef SB_ADMIN_H
#define SB_ADMIN_H

#include <git2.h>
#include <jansson.h>
#include <sqlite3.h>

#include "accounts.h"
#include "entry.h"
#include "http.h"
#include "index.h"
#include "theme.h"

#define SESSION_COOKIE "sb_sessie"
#define LOGIN_COOKIE "sb_login"	/* double-submit CSRF token of the login form */

struct admin {
	const char *repo_path;	/* the bare content repository */
	const char *db_path;	/* the index and accounts database */
	const char *out;	/* the public site folder */
	const char *theme_dir;
	const char *prefix;	/* where the admin lives, "/beheer" */
	const char *today;	/* build date override for tests, or NULL */
	git_repository *repo;
	struct index *ix;
	sqlite3 *db;		/* index_db(ix) */
	struct theme *theme;	/* admin templates and the locale */
	int pending;		/* a full build is owed to the public site */
};

struct ctx {
	struct admin *app;
	struct request *rq;
	struct response *rs;
	json_t *account;	/* {naam, volledige_naam, email, rol, organisatie} or NULL */
	char csrf[TOKEN_LEN];	/* the session's token, for forms */
	char *param[4];		/* route captures, owned */
};

/* A locale string. */
const char *ctx_t(struct ctx *c, const char *key);
/* "/beheer" + path, for links and redirects. New string. */
char *admin_url(struct ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Renders an admin template with data over the common context (t, account, csrf, nav). Steals data. */
void view(struct ctx *c, int status, const char *template, const char *title, json_t *data);
/* A page with a title and one message; status as given. */
void view_message(struct ctx *c, int status, const char *title_key, const char *text);
int is_role(struct ctx *c, const char *role);

/*
 * Brings the index to the repository's HEAD and regenerates the public
 * site, serialised with other processes. On content errors, fills d.
 * Returns 0, 1 (content errors) or -1; *seconds gets the time taken.
 * With a vacancy slug, only that vacancy's page is written now, and the
 * full build is left for after the answer (publish_pending).
 */
int publish(struct admin *app, struct diags *d, double *seconds, const char *vacancy);
/* Finishes a build publish() left for later; called once the answer is sent. */
void publish_pending(struct admin *app);

/* Route handlers (pages_*.c). */
void page_login(struct ctx *c);
void page_logout(struct ctx *c);
void page_password(struct ctx *c);
void page_dashboard(struct ctx *c);
void page_changes(struct ctx *c);
void page_list(struct ctx *c);
void page_edit(struct ctx *c);
void page_new(struct ctx *c);
void page_delete(struct ctx *c);
void page_history(struct ctx *c);
void page_diff(struct ctx *c);
void page_revert(struct ctx *c);
void page_verified(struct ctx *c);
void page_accounts(struct ctx *c);
void page_vocabulary(struct ctx *c);
void page_import(struct ctx *c);
void page_export(struct ctx *c);

/* The entry type of an admin URL segment ("vacatures"), or ENTRY_NONE. */
enum entry_type admin_type(const char *segment);
/* The URL segment of an entry type. */
const char *admin_segment(enum entry_type t);

#endif
