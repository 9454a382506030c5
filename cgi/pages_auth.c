/*
 * Logging in and out, and changing one's password. The login form has no
 * session yet, so its CSRF token is double-submitted (a cookie and a
 * hidden field that must match); a successful login always starts a new
 * session (no fixation), and logging out deletes it on the server.
 */
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "util.h"


static void
login_form(struct ctx *c, int status, const char *name, const char *problem)
{
	char token[TOKEN_LEN];
	char *action = admin_url(c, "/inloggen");
	json_t *data;

	random_token(token);
	http_cookie(c->rs, c->rq, LOGIN_COOKIE, token, c->app->prefix, 3600);
	data = json_pack("{s:s, s:s, s:s}", "actie", action, "login_csrf", token, "gebruikersnaam", name ? name : "");
	if (problem)
		json_object_set_new(data, "fout", json_string(problem));
	view(c, status, "inloggen", ctx_t(c, "beheer_inloggen"), data);
	free(action);
}

void
page_login(struct ctx *c)
{
	const char *name, *password;
	char token[TOKEN_LEN], csrf[TOKEN_LEN];
	json_t *account = NULL;
	char *home;

	if (!strcmp(c->rq->method, "GET")) {
		login_form(c, 200, NULL, NULL);
		return;
	}
	name = form_get(c->rq->form, "username");
	password = form_get(c->rq->form, "password");
	if (name == NULL || password == NULL || !*name || !*password || strlen(name) > 100 ||
	    strlen(password) > 500) {
		login_form(c, 422, name, ctx_t(c, "beheer_login_leeg"));
		return;
	}
	switch (account_login(c->app->db, name, password, c->rq->address, &account)) {
	case LOGIN_OK:
		break;
	case LOGIN_THROTTLED:
		login_form(c, 429, name, ctx_t(c, "beheer_login_geblokkeerd"));
		return;
	case LOGIN_WRONG:
		login_form(c, 422, name, ctx_t(c, "beheer_login_fout"));
		return;
	default:
		view_message(c, 500, "beheer_fout_titel", ctx_t(c, "beheer_fout_500"));
		return;
	}
	/* A previous session in this browser ends; the new one gets new tokens. */
	session_delete(c->app->db, json_string_value(json_object_get(c->rq->cookies, SESSION_COOKIE)));
	if (session_create(c->app->db, json_string_value(json_object_get(account, "naam")), token, csrf) < 0) {
		json_decref(account);
		view_message(c, 500, "beheer_fout_titel", ctx_t(c, "beheer_fout_500"));
		return;
	}
	json_decref(account);
	http_cookie(c->rs, c->rq, SESSION_COOKIE, token, c->app->prefix, -1);
	http_cookie(c->rs, c->rq, LOGIN_COOKIE, "", c->app->prefix, 0);
	home = admin_url(c, "/");
	http_redirect(c->rs, home);
	free(home);
}

void
page_logout(struct ctx *c)
{
	char *login = admin_url(c, "/inloggen");

	session_delete(c->app->db, json_string_value(json_object_get(c->rq->cookies, SESSION_COOKIE)));
	http_cookie(c->rs, c->rq, SESSION_COOKIE, "", c->app->prefix, 0);
	http_redirect(c->rs, login);
	free(login);
}

void
page_password(struct ctx *c)
{
	const char *name = json_string_value(json_object_get(c->account, "naam"));
	const char *old, *new1, *new2, *problem = NULL;
	char *action = admin_url(c, "/wachtwoord");
	json_t *data;

	if (!strcmp(c->rq->method, "POST")) {
		old = form_get(c->rq->form, "huidig");
		new1 = form_get(c->rq->form, "nieuw");
		new2 = form_get(c->rq->form, "herhaal");
		if (!old || !new1 || !new2 || account_check_password(c->app->db, name, old) != 0)
			problem = ctx_t(c, "beheer_wachtwoord_huidig_fout");
		else if (strlen(new1) < 10 || strlen(new1) > 500)
			problem = ctx_t(c, "beheer_wachtwoord_kort");
		else if (strcmp(new1, new2))
			problem = ctx_t(c, "beheer_wachtwoord_verschil");
		else if (account_set_password(c->app->db, name, new1) != 0)
			problem = ctx_t(c, "beheer_fout_500");
		else {
			/* All sessions ended with the change, this one too: log in again. */
			char *login = admin_url(c, "/inloggen");

			http_cookie(c->rs, c->rq, SESSION_COOKIE, "", c->app->prefix, 0);
			http_redirect(c->rs, login);
			free(login);
			free(action);
			return;
		}
	}
	data = json_pack("{s:s}", "actie", action);
	if (problem)
		json_object_set_new(data, "fout", json_string(problem));
	view(c, problem ? 422 : 200, "wachtwoord", ctx_t(c, "beheer_wachtwoord"), data);
	free(action);
}
