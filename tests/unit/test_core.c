/*
 * Unit tests of the generator's small modules: UTF-8 and date checks,
 * slugs and shards, YAML typing and key lines, Markdown safety and
 * heading outline, the escaping writers, and the Amsterdam offset.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "entry.h"
#include "escape.h"
#include "markdown.h"
#include "snapshot.h"
#include "vocab.h"
#include "util.h"
#include "yamldoc.h"

const char *amsterdam_offset(const char *local);

static int passed, failed;

#define CHECK(cond) do { \
	if (cond) passed++; \
	else { failed++; fprintf(stderr, "FAIL - %s:%d: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

static void
test_utf8(void)
{
	CHECK(utf8_valid("abc", 3));
	CHECK(utf8_valid("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 9));	/* é € 😀 */
	CHECK(!utf8_valid("\xc3", 1));					/* truncated */
	CHECK(!utf8_valid("\xc0\xaf", 2));				/* overlong */
	CHECK(!utf8_valid("\xed\xa0\x80", 3));				/* surrogate */
	CHECK(!utf8_valid("\xf4\x90\x80\x80", 4));			/* > U+10FFFF */
	CHECK(!utf8_valid("a\0b", 3));					/* NUL */
	CHECK(!utf8_valid("\xff", 1));
}

static void
test_dates(void)
{
	CHECK(date_valid("2026-02-28"));
	CHECK(date_valid("2028-02-29"));
	CHECK(!date_valid("2026-02-29"));
	CHECK(!date_valid("2026-13-01"));
	CHECK(!date_valid("2026-1-01"));
	CHECK(!date_valid("26-01-01"));
	CHECK(datetime_valid("2026-12-03T15:00"));
	CHECK(!datetime_valid("2026-12-03 15:00"));
	CHECK(!datetime_valid("2026-12-03T24:00"));
	CHECK(!strcmp(amsterdam_offset("2026-12-03T15:00"), "+01:00"));
	CHECK(!strcmp(amsterdam_offset("2026-07-04T10:00"), "+02:00"));
	CHECK(!strcmp(amsterdam_offset("2026-03-29T01:59"), "+01:00"));	/* last Sunday of March */
	CHECK(!strcmp(amsterdam_offset("2026-03-29T03:00"), "+02:00"));
	CHECK(!strcmp(amsterdam_offset("2026-10-25T02:30"), "+02:00"));	/* last Sunday of October */
	CHECK(!strcmp(amsterdam_offset("2026-10-25T03:00"), "+01:00"));
}

static void
test_slugs(void)
{
	char shard[4];

	CHECK(slug_valid("zorgassistent-de-horizon"));
	CHECK(slug_valid("3d-printer"));
	CHECK(!slug_valid("-begin"));
	CHECK(!slug_valid("Hoofdletter"));
	CHECK(!slug_valid("met spatie"));
	CHECK(!slug_valid("../etc"));
	CHECK(!slug_valid(""));
	CHECK(fnv1a("", 0) == 2166136261u);
	CHECK(fnv1a("a", 1) == 0xe40c292cu);	/* the published FNV-1a test vector */
	entry_shard("a", shard);		/* 0xe40c292c: 0x0c -> 'c', (0x2c292c >> 5) & 31 = 9 */
	CHECK(!strcmp(shard, "c/9"));
}

static void
test_classify(void)
{
	struct diags d = DIAGS_INIT;
	char *slug;

	CHECK(entry_classify("vacatures/k/3/zorg.md", &slug, &d) == ENTRY_VACATURE && !strcmp(slug, "zorg"));
	free(slug);
	CHECK(entry_classify("handboeken/leerlingen/index.md", &slug, &d) == ENTRY_HANDBOEK && !strcmp(slug, "leerlingen"));
	free(slug);
	CHECK(entry_classify("handboeken/leerlingen/start.md", &slug, &d) == ENTRY_HOOFDSTUK &&
	    !strcmp(slug, "leerlingen/start"));
	free(slug);
	CHECK(entry_classify("materialen/brief/brief.odt", &slug, &d) == ENTRY_BESTAND && !strcmp(slug, "brief/brief.odt"));
	free(slug);
	CHECK(entry_classify("README.md", &slug, &d) == ENTRY_NONE && d.n == 0);
	CHECK(entry_classify("vacatures/Fout Naam.md", &slug, &d) == ENTRY_NONE && d.n == 1);
	CHECK(entry_classify("materialen/brief/.htaccess", &slug, &d) == ENTRY_NONE && d.n == 2);
	CHECK(entry_classify("tips/sub/x.md", &slug, &d) == ENTRY_NONE && d.n == 3);
	diags_clear(&d);
}

static void
test_yaml(void)
{
	static const char src[] = "titel: \"Quoted: yes\"\naantal: 12\ntelefoon: 0522111222\nja: true\n"
		"leeg:\nlijst:\n  - a\n  - b: c\n";
	struct diags d = DIAGS_INIT;
	struct yaml_doc doc;

	CHECK(yaml_parse("t.yaml", src, strlen(src), 1, &doc, &d) == 0);
	CHECK(!strcmp(json_string_value(json_object_get(doc.root, "titel")), "Quoted: yes"));
	CHECK(json_is_string(json_object_get(doc.root, "aantal")));	/* numbers stay text */
	CHECK(!strcmp(json_string_value(json_object_get(doc.root, "telefoon")), "0522111222"));
	CHECK(json_is_true(json_object_get(doc.root, "ja")));
	CHECK(json_is_null(json_object_get(doc.root, "leeg")));
	CHECK(yaml_line(&doc, "aantal") == 3);				/* offset 1 */
	CHECK(yaml_line(&doc, "lijst.1.b") == 9);
	CHECK(yaml_line(&doc, "lijst.1.zz") == 9);			/* nearest parent */
	CHECK(yaml_line(&doc, "lijst.0") == 8);
	CHECK(yaml_line(&doc, "lijst") == 7);
	CHECK(yaml_line(&doc, "lijst.7") == 7);
	CHECK(yaml_line(&doc, "zz") == 0 && yaml_line(&doc, "") == 0);
	CHECK(yaml_line(&doc, "b") == 0);				/* "b" only below lijst.1 */
	CHECK(doc.nkeys == 9);
	{
		struct buf path = BUF_INIT;

		CHECK(yaml_key_path(&doc, 8, &path) == 9 && !strcmp(path.data, "lijst.1.b"));
		CHECK(yaml_key_path(&doc, 0, &path) == 2 && !strcmp(path.data, "titel"));
		buf_release(&path);
	}
	yaml_doc_release(&doc);
	CHECK(doc.root == NULL && doc.nkeys == 0);

	/* A key "0" of a mapping and item 0 of a list read the same way. */
	{
		static const char nested[] = "m:\n  0: x\n  1:\n    - p\n    - q\n";

		CHECK(yaml_parse("t.yaml", nested, strlen(nested), 0, &doc, &d) == 0);
	}
	CHECK(yaml_line(&doc, "m.0") == 2 && yaml_line(&doc, "m.1.1") == 5 && yaml_line(&doc, "m.1.2") == 3);
	yaml_doc_release(&doc);

	CHECK(yaml_parse("t.yaml", "a: 1\na: 2\n", 10, 0, &doc, &d) < 0);
	CHECK(d.n == 1 && d.v[0].line == 2 && strstr(d.v[0].msg, "appears twice"));
	CHECK(yaml_parse("t.yaml", "a: &x 1\nb: *x\n", 14, 0, &doc, &d) < 0);
	CHECK(d.n == 2 && strstr(d.v[1].msg, "aliases"));
	CHECK(yaml_parse("t.yaml", "a: !!str 1\n", 11, 0, &doc, &d) < 0);
	diags_clear(&d);
}

static void
test_markdown(void)
{
	struct buf out = BUF_INIT;
	static const char src[] = "## Twee\n\n#### Vier\n\n<script>x</script>\n\n[a](javascript:alert(1)) "
		"<img src=x onerror=alert(1)>\n";

	markdown_render(src, strlen(src), &out);
	CHECK(strstr(out.data, "<h2>Twee</h2>") != NULL);
	CHECK(strstr(out.data, "<h3>Vier</h3>") != NULL);	/* no skipped level */
	CHECK(strstr(out.data, "<script") == NULL);
	CHECK(strstr(out.data, "javascript:") == NULL);
	CHECK(strstr(out.data, "onerror") == NULL);
	/* data: URLs go too, images included (cmark's safe mode keeps those). */
	buf_reset(&out);
	markdown_render("[a](data:image/png;base64,AA) ![b](<\tDATA:image/gif;base64,R0>) [c](https://x.nl/)\n",
	    83, &out);
	CHECK(strstr(out.data, "data:") == NULL && strstr(out.data, "DATA:") == NULL);
	CHECK(strstr(out.data, ">a</a>") != NULL && strstr(out.data, "alt=\"b\"") != NULL);
	CHECK(strstr(out.data, "href=\"https://x.nl/\"") != NULL);
	buf_release(&out);
}

static void
test_escape(void)
{
	struct buf b = BUF_INIT;
	json_t *v = json_pack("{s:s}", "x", "</script><!--&");

	escape_xml(&b, "a<b>&\"'\x01");
	CHECK(!strcmp(b.data, "a&lt;b&gt;&amp;&quot;&#39;"));
	buf_reset(&b);
	escape_ical_text(&b, "a,b;c\\d\ne");
	CHECK(!strcmp(b.data, "a\\,b\\;c\\\\d\\ne"));
	buf_reset(&b);
	escape_json_script(&b, v);
	CHECK(strchr(b.data, '<') == NULL && strchr(b.data, '>') == NULL && strchr(b.data, '&') == NULL);
	json_decref(v);
	buf_release(&b);
}

/* parse -> serialize -> parse gives the same record, for every entry of the fixture and the sample region. */
struct roundtrip {
	struct vocabs v;
	struct diags d;
	int files;
};

static int
roundtrip_file(void *arg, struct snapshot *s, const char *path)
{
	struct roundtrip *r = arg;
	struct buf src = BUF_INIT, out = BUF_INIT;
	struct entry a, b;
	char *slug = NULL;
	enum entry_type t = entry_classify(path, &slug, &r->d);

	free(slug);
	if (t == ENTRY_NONE || t == ENTRY_BESTAND || t == ENTRY_TEMPLATE)
		return 0;
	snapshot_read(s, path, &src);
	if (entry_parse(&a, &r->v, path, src.data, src.len, &r->d) == 0) {
		CHECK(entry_serialize(a.type, a.data, a.body, &out) == 0);
		CHECK(entry_parse(&b, &r->v, path, out.data, out.len, &r->d) == 0);
		if (!json_equal(a.data, b.data) || strcmp(a.body, b.body)) {
			failed++;
			fprintf(stderr, "FAIL - round trip of %s:\n%s\n", path, out.data);
		} else {
			passed++;
		}
		entry_release(&b);
		entry_release(&a);
		r->files++;
	}
	buf_release(&src);
	buf_release(&out);
	return 0;
}

static void
test_roundtrip(const char *dir)
{
	struct roundtrip r = { .d = DIAGS_INIT };
	struct snapshot *s = snapshot_dir(dir);

	CHECK(vocabs_load(&r.v, s, &r.d) == 0);
	snapshot_walk(s, "", roundtrip_file, &r);
	CHECK(r.files > 10 && r.d.n == 0);
	diags_print(&r.d, stderr);
	diags_clear(&r.d);
	vocabs_release(&r.v);
	snapshot_free(s);
}

/* Text that looks like YAML syntax or typed words stays text. */
static void
test_serialize_quoting(void)
{
	json_t *data = json_pack("{s:s, s:s, s:s}", "titel", "true", "samenvatting", "a: b # c, [d] {e} 'f' \"g\" ë", "volgorde", "3");
	struct buf out = BUF_INIT;
	struct diags d = DIAGS_INIT;
	struct vocabs v = { 0 };
	struct entry e;

	CHECK(entry_serialize(ENTRY_TIP, data, "Tekst\n", &out) == 0);
	CHECK(entry_parse(&e, &v, "tips/x.md", out.data, out.len, &d) == 0);
	if (d.n == 0) {
		CHECK(!strcmp(json_string_value(json_object_get(e.data, "titel")), "true"));
		CHECK(!strcmp(json_string_value(json_object_get(e.data, "samenvatting")), "a: b # c, [d] {e} 'f' \"g\" ë"));
		CHECK(json_integer_value(json_object_get(e.data, "volgorde")) == 3);
		entry_release(&e);
	}
	diags_print(&d, stderr);
	diags_clear(&d);
	json_decref(data);
	buf_release(&out);
}

/* entry_data_json() writes what json_dumps(JSON_COMPACT | JSON_SORT_KEYS) does, byte for byte. */
static void
same_json(json_t *v)
{
	char *mine = entry_data_json(v), *theirs = json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS);

	CHECK((mine == NULL) == (theirs == NULL));
	CHECK(mine == NULL || !strcmp(mine, theirs));
	if (mine && theirs && strcmp(mine, theirs))
		fprintf(stderr, "    mine:   %s\n    jansson: %s\n", mine, theirs);
	free(mine);
	free(theirs);
	json_decref(v);
}

static void
test_data_json(void)
{
	static const char controls[] = "a\x01\x1f\b\f\n\r\t\"\\/\x7f z";
	json_t *many = json_object();

	same_json(json_pack("{s:s, s:i, s:b, s:n, s:[s, i, {s:s}], s:{}, s:[]}", "zeta", "ë € 𝄞",
	    "alfa", -42, "beta", 1, "Beta", "lijst", "x", 7, "k", "v", "leeg", "geen"));
	same_json(json_pack("{s:s%}", "ctl", controls, sizeof(controls) - 1));
	same_json(json_pack("{s:s#}", "nul", "a\0b", 3));
	same_json(json_pack("{s:I, s:I}", "max", (json_int_t)9223372036854775807LL, "min", (json_int_t)(-9223372036854775807LL - 1)));
	same_json(json_pack("[{s:f}]", "reëel", 1.5));	/* left to jansson */
	same_json(json_string("not a document"));	/* NULL from both */
	for (int i = 0; i < 100; i++) {	/* more keys than fit on the stack */
		char key[16];

		snprintf(key, sizeof(key), "k%d", (i * 37) % 100);
		json_object_set_new(many, key, json_integer(i));
	}
	same_json(many);
}

int
main(void)
{
	test_utf8();
	test_dates();
	test_slugs();
	test_classify();
	test_yaml();
	test_markdown();
	test_escape();
	test_serialize_quoting();
	test_data_json();
	test_roundtrip("tests/fixture/site");
	test_roundtrip("content");
	printf("test_core: %d passed, %d failed\n", passed, failed);
	return failed != 0;
}
