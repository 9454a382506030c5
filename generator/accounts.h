/*
 * Accounts, sessions and login throttling of the admin. Private data: it
 * lives only in the SQLite database, never in the content repository or
 * the public site. Passwords are hashed with Argon2id (libsodium's
 * crypto_pwhash_str); session tokens are random, and only their hash is
 * stored, so a copy of the database opens no session.
 */
#ifndef SB_ACCOUNTS_H
#define SB_ACCOUNTS_H

#include <jansson.h>
#include <sqlite3.h>

#define TOKEN_LEN 44		/* 32 random bytes in base64url, plus NUL */
#define SESSION_IDLE (2 * 3600)	/* seconds without a request */
#define SESSION_MAX (12 * 3600)	/* seconds since login, whatever happens */
#define FAILS_PER_ACCOUNT 5	/* failed logins per account per window */
#define FAILS_PER_ADDRESS 20	/* failed logins per address per window */
#define FAIL_WINDOW (15 * 60)

/* Creates the tables when missing and initialises libsodium. 0 or -1. */
int accounts_init(sqlite3 *db);

/* Roles: "beheerder", "makelaar", "school". */
int account_role_valid(const char *role);
/* True when a full name and e-mail can be a commit's author (no '<', '>', control characters). */
int account_identity_valid(const char *full_name, const char *email);

/*
 * Adds an account; organisation (an organisatie slug) is required for the
 * school role. 0, 1 when the name is taken, -1 on error (printed).
 */
int account_add(sqlite3 *db, const char *name, const char *full_name, const char *email,
	const char *role, const char *organisation, const char *password);
/* Sets a new password and ends the account's sessions. 0, 1 unknown account, -1. */
int account_set_password(sqlite3 *db, const char *name, const char *password);
/* Disables (or enables) an account; disabling ends its sessions. 0, 1 unknown, -1. */
int account_set_disabled(sqlite3 *db, const char *name, int disabled);
/* Every account as {naam, volledige_naam, email, rol, organisatie, uitgeschakeld}. New. */
json_t *account_list(sqlite3 *db);

enum login_result { LOGIN_ERROR = -1, LOGIN_OK = 0, LOGIN_WRONG = 1, LOGIN_THROTTLED = 2 };

/*
 * Checks a login. Wrong names and wrong passwords are indistinguishable,
 * in answer and in time. After too many failures for the account or the
 * address, answers LOGIN_THROTTLED without checking. On LOGIN_OK *account
 * is a new object {naam, volledige_naam, email, rol, organisatie}.
 */
enum login_result account_login(sqlite3 *db, const char *name, const char *password,
	const char *address, json_t **account);
/* Checks the password of a logged-in account (for a password change). 0 right, 1 wrong, -1. */
int account_check_password(sqlite3 *db, const char *name, const char *password);

/* A new session for name: token for the cookie, csrf for forms. 0 or -1. */
int session_create(sqlite3 *db, const char *name, char token[TOKEN_LEN], char csrf[TOKEN_LEN]);
/*
 * The session of a cookie token, refreshed: 0 with *account (new) and
 * csrf filled; 1 when there is none or it expired (it is then removed); -1.
 */
int session_get(sqlite3 *db, const char *token, json_t **account, char csrf[TOKEN_LEN]);
int session_delete(sqlite3 *db, const char *token);

/* A random token (base64url, no padding). */
void random_token(char out[TOKEN_LEN]);
/* Constant-time comparison of two NUL-terminated strings. */
int token_equal(const char *a, const char *b);

#endif
