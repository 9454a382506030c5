/*
 * Accounts, sessions and throttling; see accounts.h.
 */
#include <sodium.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "accounts.h"
#include "util.h"

static const char schema_sql[] =
	"CREATE TABLE IF NOT EXISTS accounts(name TEXT PRIMARY KEY, full_name TEXT NOT NULL,"
	"  email TEXT NOT NULL, role TEXT NOT NULL, organisation TEXT, hash TEXT NOT NULL,"
	"  disabled INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL);"
	"CREATE TABLE IF NOT EXISTS sessions(token_hash TEXT PRIMARY KEY, account TEXT NOT NULL,"
	"  csrf TEXT NOT NULL, created INTEGER NOT NULL, seen INTEGER NOT NULL);"
	"CREATE INDEX IF NOT EXISTS sessions_account ON sessions(account);"
	"CREATE TABLE IF NOT EXISTS login_failures(key TEXT NOT NULL, at INTEGER NOT NULL);"
	"CREATE INDEX IF NOT EXISTS login_failures_key ON login_failures(key, at);";

/* Runs one statement with text parameters (NULL-ended); 0, or -1 printed. */
static int
run(sqlite3 *db, const char *sql, ...)
{
	sqlite3_stmt *st = NULL;
	const char *p;
	va_list ap;
	int i = 1, rc;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return error("accounts: %s", sqlite3_errmsg(db));
	va_start(ap, sql);
	while ((p = va_arg(ap, const char *)) != NULL)
		sqlite3_bind_text(st, i++, p, -1, SQLITE_TRANSIENT);
	va_end(ap);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return error("accounts: %s", sqlite3_errmsg(db));
	return 0;
}

int
accounts_init(sqlite3 *db)
{
	char *msg = NULL;

	if (sodium_init() < 0)
		return error("cannot initialise libsodium");
	if (sqlite3_exec(db, schema_sql, NULL, NULL, &msg) != SQLITE_OK) {
		error("accounts: %s", msg ? msg : "error");
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

int
account_role_valid(const char *role)
{
	return role && (!strcmp(role, "beheerder") || !strcmp(role, "makelaar") || !strcmp(role, "school"));
}

/*
 * A name or e-mail that becomes a commit's author: libgit2 refuses angle
 * brackets there, and line breaks or control characters have no place
 * in either. Valid UTF-8 of at most max bytes, not blank.
 */
static int
identity_text_valid(const char *s, size_t max)
{
	size_t len = s ? strlen(s) : 0;
	int blank = 1;

	if (len == 0 || len > max || !utf8_valid(s, len))
		return 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p < 0x20 || *p == 0x7f || *p == '<' || *p == '>')
			return 0;
		if (*p != ' ')
			blank = 0;
	}
	return !blank;
}

int
account_identity_valid(const char *full_name, const char *email)
{
	return identity_text_valid(full_name, 200) && identity_text_valid(email, 254) &&
	    strchr(email, '@') && !strchr(email, ' ');
}

static int
hash_password(const char *password, char out[crypto_pwhash_STRBYTES])
{
	if (crypto_pwhash_str(out, password, strlen(password), crypto_pwhash_OPSLIMIT_INTERACTIVE,
	    crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
		return error("cannot hash the password (out of memory?)");
	return 0;
}

int
account_add(sqlite3 *db, const char *name, const char *full_name, const char *email,
	const char *role, const char *organisation, const char *password)
{
	char hash[crypto_pwhash_STRBYTES], now[32];
	sqlite3_stmt *st = NULL;
	int rc;

	if (!account_identity_valid(full_name, email))
		return error("an account's name and e-mail may not hold '<', '>' or control characters");
	if (hash_password(password, hash) < 0)
		return -1;
	snprintf(now, sizeof(now), "%lld", (long long)time(NULL));
	if (sqlite3_prepare_v2(db, "INSERT INTO accounts(name, full_name, email, role, organisation, hash, created)"
	    " VALUES(?,?,?,?,?,?,?)", -1, &st, NULL) != SQLITE_OK)
		return error("accounts: %s", sqlite3_errmsg(db));
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, full_name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, email, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, role, -1, SQLITE_STATIC);
	if (organisation && *organisation)
		sqlite3_bind_text(st, 5, organisation, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, now, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	sodium_memzero(hash, sizeof(hash));
	if (rc == SQLITE_CONSTRAINT)
		return 1;
	return rc == SQLITE_DONE ? 0 : error("accounts: %s", sqlite3_errmsg(db));
}

static int
exists(sqlite3 *db, const char *name)
{
	sqlite3_stmt *st = NULL;
	int found = 0;

	if (sqlite3_prepare_v2(db, "SELECT 1 FROM accounts WHERE name = ?", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
		found = sqlite3_step(st) == SQLITE_ROW;
	}
	sqlite3_finalize(st);
	return found;
}

int
account_set_password(sqlite3 *db, const char *name, const char *password)
{
	char hash[crypto_pwhash_STRBYTES];
	int rc;

	if (!exists(db, name))
		return 1;
	if (hash_password(password, hash) < 0)
		return -1;
	rc = run(db, "UPDATE accounts SET hash = ? WHERE name = ?", hash, name, NULL);
	sodium_memzero(hash, sizeof(hash));
	if (rc == 0)
		rc = run(db, "DELETE FROM sessions WHERE account = ?", name, NULL);
	return rc;
}

int
account_set_disabled(sqlite3 *db, const char *name, int disabled)
{
	if (!exists(db, name))
		return 1;
	if (run(db, "UPDATE accounts SET disabled = ? WHERE name = ?", disabled ? "1" : "0", name, NULL) < 0)
		return -1;
	return disabled ? run(db, "DELETE FROM sessions WHERE account = ?", name, NULL) : 0;
}

static json_t *
account_row(sqlite3_stmt *st)
{
	const char *org = (const char *)sqlite3_column_text(st, 4);

	return json_pack("{s:s, s:s, s:s, s:s, s:s?, s:b}",
		"naam", (const char *)sqlite3_column_text(st, 0),
		"volledige_naam", (const char *)sqlite3_column_text(st, 1),
		"email", (const char *)sqlite3_column_text(st, 2),
		"rol", (const char *)sqlite3_column_text(st, 3),
		"organisatie", org,
		"uitgeschakeld", sqlite3_column_int(st, 5));
}

#define ACCOUNT_COLS "name, full_name, email, role, organisation, disabled"

json_t *
account_list(sqlite3 *db)
{
	sqlite3_stmt *st = NULL;
	json_t *list = json_array();

	if (sqlite3_prepare_v2(db, "SELECT " ACCOUNT_COLS " FROM accounts ORDER BY name", -1, &st, NULL) != SQLITE_OK)
		return list;
	while (sqlite3_step(st) == SQLITE_ROW)
		json_array_append_new(list, account_row(st));
	sqlite3_finalize(st);
	return list;
}

static long
failures(sqlite3 *db, const char *key, long long since)
{
	sqlite3_stmt *st = NULL;
	long n = 0;

	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM login_failures WHERE key = ? AND at >= ?",
	    -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, since);
		if (sqlite3_step(st) == SQLITE_ROW)
			n = sqlite3_column_int(st, 0);
	}
	sqlite3_finalize(st);
	return n;
}

static void
record_failure(sqlite3 *db, const char *key, long long now)
{
	char at[32], old[32];

	snprintf(at, sizeof(at), "%lld", now);
	snprintf(old, sizeof(old), "%lld", now - 24 * 3600);
	run(db, "INSERT INTO login_failures(key, at) VALUES(?, ?)", key, at, NULL);
	run(db, "DELETE FROM login_failures WHERE at < ?", old, NULL);
}

/* The stored hash and account of name (enabled accounts only). */
static int
lookup(sqlite3 *db, const char *name, char hash[crypto_pwhash_STRBYTES], json_t **account)
{
	sqlite3_stmt *st = NULL;
	int found = 0;

	if (sqlite3_prepare_v2(db, "SELECT " ACCOUNT_COLS ", hash FROM accounts WHERE name = ? AND disabled = 0",
	    -1, &st, NULL) != SQLITE_OK)
		return error("accounts: %s", sqlite3_errmsg(db));
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		snprintf(hash, crypto_pwhash_STRBYTES, "%s", (const char *)sqlite3_column_text(st, 6));
		if (account)
			*account = account_row(st);
		found = 1;
	}
	sqlite3_finalize(st);
	return found;
}

enum login_result
account_login(sqlite3 *db, const char *name, const char *password, const char *address, json_t **account)
{
	/* A real hash of a random password: unknown names cost as much time as known ones. */
	static char dummy[crypto_pwhash_STRBYTES];
	char hash[crypto_pwhash_STRBYTES], akey[300], ikey[300];
	long long now = (long long)time(NULL);
	json_t *acct = NULL;
	int found, right;

	*account = NULL;
	snprintf(akey, sizeof(akey), "account:%s", name);
	snprintf(ikey, sizeof(ikey), "address:%s", address ? address : "");
	if (failures(db, akey, now - FAIL_WINDOW) >= FAILS_PER_ACCOUNT ||
	    failures(db, ikey, now - FAIL_WINDOW) >= FAILS_PER_ADDRESS)
		return LOGIN_THROTTLED;
	found = lookup(db, name, hash, &acct);
	if (found < 0)
		return LOGIN_ERROR;
	if (!found) {
		if (!dummy[0]) {
			char pw[TOKEN_LEN];

			random_token(pw);
			hash_password(pw, dummy);
		}
		memcpy(hash, dummy, sizeof(hash));
	}
	right = crypto_pwhash_str_verify(hash, password, strlen(password)) == 0 && found;
	if (!right) {
		json_decref(acct);
		record_failure(db, akey, now);
		record_failure(db, ikey, now);
		return LOGIN_WRONG;
	}
	run(db, "DELETE FROM login_failures WHERE key = ?", akey, NULL);
	*account = acct;
	return LOGIN_OK;
}

int
account_check_password(sqlite3 *db, const char *name, const char *password)
{
	char hash[crypto_pwhash_STRBYTES];
	int found = lookup(db, name, hash, NULL);

	if (found <= 0)
		return found < 0 ? -1 : 1;
	return crypto_pwhash_str_verify(hash, password, strlen(password)) == 0 ? 0 : 1;
}

void
random_token(char out[TOKEN_LEN])
{
	unsigned char bytes[32];

	randombytes_buf(bytes, sizeof(bytes));
	sodium_bin2base64(out, TOKEN_LEN, bytes, sizeof(bytes), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

int
token_equal(const char *a, const char *b)
{
	size_t n = strlen(a);

	return n == strlen(b) && n > 0 && sodium_memcmp(a, b, n) == 0;
}

/* Sessions are found by the hash of their token, never the token itself. */
static void
token_hash(const char *token, char out[65])
{
	unsigned char h[crypto_generichash_BYTES];

	crypto_generichash(h, sizeof(h), (const unsigned char *)token, strlen(token), NULL, 0);
	sodium_bin2hex(out, 65, h, sizeof(h));
}

int
session_create(sqlite3 *db, const char *name, char token[TOKEN_LEN], char csrf[TOKEN_LEN])
{
	char th[65], now[32];

	random_token(token);
	random_token(csrf);
	token_hash(token, th);
	snprintf(now, sizeof(now), "%lld", (long long)time(NULL));
	return run(db, "INSERT INTO sessions(token_hash, account, csrf, created, seen) VALUES(?,?,?,?,?)",
	    th, name, csrf, now, now, NULL);
}

int
session_get(sqlite3 *db, const char *token, json_t **account, char csrf[TOKEN_LEN])
{
	sqlite3_stmt *st = NULL;
	long long now = (long long)time(NULL);
	char th[65], seen[32];
	int rc = 1;

	*account = NULL;
	if (token == NULL || strlen(token) != TOKEN_LEN - 1)
		return 1;
	token_hash(token, th);
	if (sqlite3_prepare_v2(db, "SELECT a." "name, a.full_name, a.email, a.role, a.organisation, a.disabled,"
	    " s.csrf, s.created, s.seen FROM sessions s JOIN accounts a ON a.name = s.account"
	    " WHERE s.token_hash = ?", -1, &st, NULL) != SQLITE_OK)
		return error("accounts: %s", sqlite3_errmsg(db));
	sqlite3_bind_text(st, 1, th, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		long long created = sqlite3_column_int64(st, 7), last = sqlite3_column_int64(st, 8);

		if (!sqlite3_column_int(st, 5) && now - last <= SESSION_IDLE && now - created <= SESSION_MAX) {
			*account = account_row(st);
			snprintf(csrf, TOKEN_LEN, "%s", (const char *)sqlite3_column_text(st, 6));
			rc = 0;
		}
	}
	sqlite3_finalize(st);
	if (rc == 1)
		run(db, "DELETE FROM sessions WHERE token_hash = ?", th, NULL);
	else {
		snprintf(seen, sizeof(seen), "%lld", now);
		run(db, "UPDATE sessions SET seen = ? WHERE token_hash = ?", seen, th, NULL);
	}
	return rc;
}

int
session_delete(sqlite3 *db, const char *token)
{
	char th[65];

	if (token == NULL)
		return 0;
	token_hash(token, th);
	return run(db, "DELETE FROM sessions WHERE token_hash = ?", th, NULL);
}
