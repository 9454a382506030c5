/*
 * Mustache compiler and renderer; mustache.h has the contract.
 *
 * Compilation turns the source into one flat array of nodes in document
 * order. A container (section, inverted section, parent, block) is
 * followed by its children and records in `end` the index just past them,
 * so rendering walks index ranges and skips a subtree by jumping to its
 * end: no pointers, no per-node allocation, and a compiled template is
 * four allocations (struct, name, nodes, pool) however large it is.
 *
 * Whitespace. Standalone tags (alone on their line but for blanks) vanish
 * with their line at compile time. Indentation is applied at render time:
 * the compiler puts a LINE node at the start of every source line that
 * survives, and rendering emits the current indentation there. The
 * indentation is a chain of (string, length) links on the C stack, one
 * link per enclosing standalone partial, parent or block, so one compiled
 * partial serves every indentation, nothing is allocated, and interpolated
 * data is never indented (the spec indents the partial's own lines only).
 * Blocks follow the inheritance spec's reindentation rules: a block's
 * intrinsic indentation is stripped from its lines at compile time, and
 * the indentation of the place where it is expanded is added back when it
 * is rendered (see the "standalone pair" comments below).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mustache.h"

#define MAX_DELIM	32		/* bytes in a tag delimiter */
#define NOTFOUND	((size_t)-1)

enum node_type {
	N_NOP,		/* cancelled after the fact; renders nothing */
	N_TEXT,		/* literal bytes pool[off, off+len) */
	N_LINE,		/* a line starts here: emit the indentation */
	N_VAR,		/* {{name}}, HTML-escaped */
	N_RAW,		/* {{{name}}} or {{&name}} */
	N_SECTION,	/* {{#name}}, children follow */
	N_INVERTED,	/* {{^name}}, children follow */
	N_PARTIAL,	/* {{>name}} */
	N_PARENT,	/* {{<name}}; children: its argument blocks (and
			 * ignored text) */
	N_BLOCK		/* {{$name}}, children are the content */
};

#define F_BLANK		0x01	/* LINE: the line is empty, never indent it */
#define F_INLINE	0x02	/* LINE: begins a block's content mid-line */
#define F_STANDALONE	0x04	/* PARTIAL/PARENT/BLOCK: expand indented by
				 * pool[ind, ind+ind_len] */
#define F_ARG		0x08	/* BLOCK: argument of the enclosing parent */
#define F_REBASED	0x10	/* BLOCK: its own indentation was stripped
				 * from its lines */

struct node {
	uint8_t type;		/* enum node_type */
	uint8_t flags;		/* F_* */
	uint16_t nseg;		/* VAR..INVERTED: name parts, 0 for "." */
	uint32_t line;		/* source line, for render errors */
	uint32_t end;		/* index just past this node's children */
	uint32_t off, len;	/* TEXT: the bytes; others: name in pool
				 * (NUL-terminated; dotted names as nseg
				 * NUL-terminated parts) */
	uint32_t ind, ind_len;	/* F_STANDALONE: indentation, in pool */
};

struct mustache {
	char *name;		/* owned; for error messages */
	char *pool;		/* owned; copy of the source, then names */
	struct node *nodes;	/* owned; n nodes, root range [0, n) */
	uint32_t n;
};

/*
 * Compilation.
 */

/* How a parent or block opening tag sits on its line. */
enum open_how {
	OPEN_INLINE,	/* other text shares its line */
	OPEN_ALONE,	/* standalone tag: its line is gone */
	OPEN_PENDING	/* only blanks before it; whether they are literal
			 * or indentation is known at the close tag */
};

/* An open container, waiting for its close tag. */
struct open {
	uint32_t node;		/* index of the container node */
	uint32_t line;		/* line of its tag */
	size_t name, name_len;	/* its name in src */
	enum open_how how;
	uint32_t lead;		/* PENDING: the LINE+TEXT put before it */
	size_t ws, ws_len;	/* blanks before the tag on its line */
	size_t intr, intr_len;	/* ALONE: blanks opening the next line */
};

/* need_line values: must a LINE precede the next node, and what kind. */
#define NEED_NONE	0
#define NEED_LINE	1
#define NEED_INLINE	2

struct parser {
	const char *name;
	const char *src;	/* the caller's bytes, len of them */
	size_t len;
	size_t pos;		/* everything before pos is compiled */
	char otag[MAX_DELIM], ctag[MAX_DELIM];
	size_t olen, clen;
	struct buf nodes;	/* array of struct node */
	struct buf pool;
	int need_line;		/* NEED_* */
	uint32_t tagline;	/* line of the tag being compiled */
	size_t lpos;		/* line_at() cache: line number at lpos */
	uint32_t lline;
	struct open open[MUSTACHE_MAX_NEST];
	int depth;		/* entries used in open[] */
	struct mustache_error *err;
};

static const char *const kind_names[] = {
	[N_SECTION] = "section", [N_INVERTED] = "inverted section",
	[N_PARENT] = "parent", [N_BLOCK] = "block"
};

/* Fills err with "name:line: problem" and returns -1. */
static int
fail(struct mustache_error *err, const char *name, uint32_t line,
    const char *fmt, ...)
{
	va_list ap;
	int n;

	err->line = (int)line;
	n = snprintf(err->msg, sizeof err->msg, "%s:%u: ", name,
	    (unsigned)line);
	if (n < 0 || (size_t)n >= sizeof err->msg)
		return -1;
	va_start(ap, fmt);
	vsnprintf(err->msg + n, sizeof err->msg - (size_t)n, fmt, ap);
	va_end(ap);
	return -1;
}

/* 1-based line of src[pos]; cached because tags arrive in order. */
static uint32_t
line_at(struct parser *p, size_t pos)
{
	const char *q;

	if (pos < p->lpos) {
		p->lpos = 0;
		p->lline = 1;
	}
	while (p->lpos < pos) {
		q = memchr(p->src + p->lpos, '\n', pos - p->lpos);
		if (q == NULL) {
			p->lpos = pos;
			break;
		}
		p->lline++;
		p->lpos = (size_t)(q - p->src) + 1;
	}
	return p->lline;
}

/* Offset of needle in s[from, len), or NOTFOUND; never reads past len. */
static size_t
find(const char *s, size_t from, size_t len, const char *needle,
    size_t nlen)
{
	const char *q;

	while (from < len && len - from >= nlen) {
		q = memchr(s + from, needle[0], len - from - nlen + 1);
		if (q == NULL)
			break;
		from = (size_t)(q - s);
		if (memcmp(q, needle, nlen) == 0)
			return from;
		from++;
	}
	return NOTFOUND;
}

static int
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Blank or line end: what may pad a tag's content. */
static int
is_space(char c)
{
	return is_blank(c) || c == '\n' || c == '\r';
}

/* Start of pos's line if only blanks precede pos on it, else NOTFOUND. */
static size_t
left_clear(const struct parser *p, size_t pos)
{
	while (pos > 0 && is_blank(p->src[pos - 1]))
		pos--;
	return pos == 0 || p->src[pos - 1] == '\n' ? pos : NOTFOUND;
}

/* Just past the line end if only blanks follow pos on its line (or the
 * template ends), else NOTFOUND. */
static size_t
right_clear(const struct parser *p, size_t pos)
{
	while (pos < p->len && is_blank(p->src[pos]))
		pos++;
	if (pos == p->len)
		return pos;
	if (p->src[pos] == '\n')
		return pos + 1;
	if (p->src[pos] == '\r' && pos + 1 < p->len && p->src[pos + 1] == '\n')
		return pos + 2;
	return NOTFOUND;
}

static int
at_line_start(const struct parser *p, size_t pos)
{
	return pos == 0 || p->src[pos - 1] == '\n';
}

static size_t
blanks(const struct parser *p, size_t pos)
{
	size_t n = 0;

	while (pos + n < p->len && is_blank(p->src[pos + n]))
		n++;
	return n;
}

static struct node *
node_at(struct parser *p, uint32_t i)
{
	return (struct node *)(void *)p->nodes.data + i;
}

static uint32_t
node_count(const struct parser *p)
{
	return (uint32_t)(p->nodes.len / sizeof(struct node));
}

/* Appends a node (leaf until its end is moved) and returns its index. */
static uint32_t
push(struct parser *p, int type, int flags, size_t off, size_t len)
{
	struct node n;
	uint32_t i = node_count(p);

	memset(&n, 0, sizeof n);
	n.type = (uint8_t)type;
	n.flags = (uint8_t)flags;
	n.line = p->tagline;
	n.end = i + 1;
	n.off = (uint32_t)off;
	n.len = (uint32_t)len;
	buf_add(&p->nodes, &n, sizeof n);
	return i;
}

/* Text and tags directly inside a parent are ignored by the spec; only
 * its blocks count, so nothing else is compiled there. */
static int
in_parent(const struct parser *p)
{
	return p->depth > 0 && ((const struct node *)(const void *)
	    p->nodes.data)[p->open[p->depth - 1].node].type == N_PARENT;
}

static void
push_line(struct parser *p, int flags)
{
	if (p->need_line == NEED_INLINE)
		flags |= F_INLINE;
	push(p, N_LINE, flags, 0, 0);
	p->need_line = NEED_NONE;
}

/* A tag that produces a node: its line needs a LINE first. */
static void
before_tag(struct parser *p)
{
	if (p->need_line && !in_parent(p))
		push_line(p, 0);
}

/* Compiles literal text src[from, to) as one TEXT node per line. */
static void
emit_text(struct parser *p, size_t from, size_t to)
{
	const char *nl;
	size_t e;
	int blank;

	if (in_parent(p))
		return;
	while (from < to) {
		nl = memchr(p->src + from, '\n', to - from);
		e = nl ? (size_t)(nl - p->src) + 1 : to;
		if (p->need_line) {
			blank = nl && (e - from == 1 ||
			    (e - from == 2 && p->src[from] == '\r'));
			push_line(p, blank ? F_BLANK : 0);
		}
		push(p, N_TEXT, 0, from, e - from);
		p->need_line = nl ? NEED_LINE : NEED_NONE;
		from = e;
	}
}

/*
 * Removes the prefix pre from every line in nodes [from, to), as the
 * inheritance spec asks for a block's intrinsic indentation. Lines are
 * found by their LINE nodes; standalone partials, parents and blocks start
 * a line too, so their indentation loses the prefix as well. A block
 * whose own lines were rebased keeps them: they are already relative.
 */
static void
strip(struct parser *p, uint32_t from, uint32_t to, size_t pre,
    size_t plen)
{
	const char *pool = p->pool.data;
	struct node *n, *t;
	uint32_t i = from;

	while (i < to) {
		n = node_at(p, i);
		if (n->type == N_LINE && !(n->flags & F_INLINE) &&
		    i + 1 < to && (t = node_at(p, i + 1))->type == N_TEXT &&
		    t->len >= plen && !memcmp(pool + t->off, pool + pre, plen)) {
			t->off += (uint32_t)plen;
			t->len -= (uint32_t)plen;
			if ((t->len == 1 && pool[t->off] == '\n') ||
			    (t->len == 2 && pool[t->off] == '\r' &&
			    pool[t->off + 1] == '\n'))
				n->flags |= F_BLANK;
		}
		if ((n->flags & F_STANDALONE) && n->ind_len >= plen &&
		    !memcmp(pool + n->ind, pool + pre, plen)) {
			n->ind += (uint32_t)plen;
			n->ind_len -= (uint32_t)plen;
		}
		if (n->type == N_BLOCK && (n->flags & F_REBASED))
			i = n->end;
		else
			i++;
	}
}

/* Checks a tag name: non-empty, no blanks, and if dotted no empty
 * parts ("." alone is the implicit iterator). */
static int
check_name(struct parser *p, size_t a, size_t b, int dotted)
{
	size_t i;

	if (a == b)
		return fail(p->err, p->name, p->tagline, "empty tag");
	for (i = a; i < b; i++)
		if (is_space(p->src[i]))
			return fail(p->err, p->name, p->tagline,
			    "blank inside tag name '%.*s'", (int)(b - a > 40 ?
			    40 : b - a), p->src + a);
	if (!dotted || (b - a == 1 && p->src[a] == '.'))
		return 0;
	for (i = a; i < b; i++)
		if (p->src[i] == '.' && (i == a || i + 1 == b ||
		    p->src[i + 1] == '.'))
			return fail(p->err, p->name, p->tagline,
			    "empty part in dotted name '%.*s'",
			    (int)(b - a > 40 ? 40 : b - a), p->src + a);
	return 0;
}

/* Stores a name in the pool; a dotted one as its NUL-terminated parts.
 * Returns the pool offset and sets *nseg (0 for "."). */
static int
add_name(struct parser *p, size_t a, size_t b, int dotted, size_t *off,
    uint16_t *nseg)
{
	size_t i, parts = 1, start = p->pool.len;

	*off = start;
	*nseg = 0;
	if (dotted && b - a == 1 && p->src[a] == '.')
		return 0;
	buf_add(&p->pool, p->src + a, b - a);
	buf_putc(&p->pool, '\0');
	if (dotted)
		for (i = start; i < start + (b - a); i++)
			if (p->pool.data[i] == '.') {
				p->pool.data[i] = '\0';
				parts++;
			}
	if (parts > UINT16_MAX)
		return fail(p->err, p->name, p->tagline,
		    "tag name has too many parts");
	*nseg = (uint16_t)parts;
	return 0;
}

/* {{=<% %>=}}: content [a, b) is already trimmed. */
static int
set_delims(struct parser *p, size_t a, size_t b)
{
	size_t x = a, y, n;

	while (x < b && !is_space(p->src[x]))
		x++;
	y = x;
	while (y < b && is_space(p->src[y]))
		y++;
	if (x == a || y == x || y == b)
		return fail(p->err, p->name, p->tagline, "bad delimiter "
		    "change: want two delimiters separated by a blank");
	for (n = y; n < b; n++)
		if (is_space(p->src[n]))
			return fail(p->err, p->name, p->tagline, "bad "
			    "delimiter change: more than two delimiters");
	if (memchr(p->src + a, '=', x - a) || memchr(p->src + y, '=', b - y))
		return fail(p->err, p->name, p->tagline,
		    "bad delimiter change: a delimiter may not contain '='");
	if (x - a > MAX_DELIM || b - y > MAX_DELIM)
		return fail(p->err, p->name, p->tagline, "bad delimiter "
		    "change: a delimiter is longer than %d bytes", MAX_DELIM);
	memcpy(p->otag, p->src + a, x - a);
	p->olen = x - a;
	memcpy(p->ctag, p->src + y, b - y);
	p->clen = b - y;
	return 0;
}

/* Opens a container; its end is set by close_tag(). */
static int
push_open(struct parser *p, uint32_t node, size_t name, size_t name_len,
    struct open *o)
{
	if (p->depth == MUSTACHE_MAX_NEST)
		return fail(p->err, p->name, p->tagline,
		    "sections nested deeper than %d levels",
		    MUSTACHE_MAX_NEST);
	o->node = node;
	o->line = p->tagline;
	o->name = name;
	o->name_len = name_len;
	p->open[p->depth++] = *o;
	return 0;
}

/* {{#name}} and {{^name}}. */
static int
open_section(struct parser *p, int type, size_t ts, size_t te, size_t a,
    size_t b)
{
	size_t ls = left_clear(p, ts), re = right_clear(p, te), off;
	struct open o;
	uint16_t nseg;
	uint32_t i;

	memset(&o, 0, sizeof o);
	if (check_name(p, a, b, 1) == -1 || add_name(p, a, b, 1, &off,
	    &nseg) == -1)
		return -1;
	if (ls != NOTFOUND && re != NOTFOUND) {
		emit_text(p, p->pos, ls);
		p->pos = re;
	} else {
		emit_text(p, p->pos, ts);
		before_tag(p);
		p->pos = te;
	}
	i = push(p, type, 0, off, 0);
	node_at(p, i)->nseg = nseg;
	return push_open(p, i, a, b - a, &o);
}

/*
 * {{<name}} and {{$name}}. Beyond the usual standalone tag, these form a
 * "standalone pair" when only blanks precede the opening tag and only
 * blanks follow the closing tag on their lines. Then the blanks before
 * the opening tag are indentation for whatever the pair expands to, not
 * literal text. As that is known only at the close tag, a PENDING
 * opening tag writes those blanks (with their LINE) as nodes that
 * close_pair() cancels if the pair turns out standalone.
 */
static int
open_pair(struct parser *p, int type, size_t ts, size_t te, size_t a,
    size_t b)
{
	size_t ls = left_clear(p, ts), re = right_clear(p, te), off;
	int arg = type == '$' && in_parent(p);
	struct open o;
	uint16_t nseg;
	uint32_t i;

	memset(&o, 0, sizeof o);
	if (check_name(p, a, b, 0) == -1 || add_name(p, a, b, 0, &off,
	    &nseg) == -1)
		return -1;
	if (ls != NOTFOUND) {
		o.ws = ls;
		o.ws_len = ts - ls;
	}
	if (arg) {
		/* What precedes an argument block is the parent's ignored
		 * text, so only the right side decides if it stands alone. */
		o.how = re != NOTFOUND ? OPEN_ALONE : OPEN_INLINE;
		p->pos = re != NOTFOUND ? re : te;
	} else if (ls != NOTFOUND && re != NOTFOUND) {
		emit_text(p, p->pos, ls);
		o.how = OPEN_ALONE;
		p->pos = re;
	} else if (ls != NOTFOUND && !in_parent(p)) {
		emit_text(p, p->pos, ls);
		o.how = OPEN_PENDING;
		o.lead = node_count(p);
		if (p->need_line)
			push_line(p, 0);
		else
			push(p, N_NOP, 0, 0, 0);
		push(p, N_TEXT, 0, ls, ts - ls);
		p->pos = te;
	} else {
		emit_text(p, p->pos, ts);
		before_tag(p);
		o.how = OPEN_INLINE;
		p->pos = te;
	}
	if (o.how == OPEN_ALONE) {
		o.intr = p->pos;
		o.intr_len = blanks(p, p->pos);
	}
	i = push(p, type == '<' ? N_PARENT : N_BLOCK, arg ? F_ARG : 0, off,
	    0);
	if (push_open(p, i, a, b - a, &o) == -1)
		return -1;
	/* A block's content is a template of its own: it starts a line. */
	p->need_line = at_line_start(p, p->pos) ? NEED_LINE : NEED_NONE;
	if (type == '$' && (arg || o.how == OPEN_PENDING) &&
	    o.how != OPEN_ALONE)
		p->need_line = NEED_INLINE;
	return 0;
}

/* Sets a standalone pair's indentation and cancels its PENDING nodes. */
static void
pair_standalone(struct parser *p, struct node *n, const struct open *o,
    size_t ind, size_t ind_len)
{
	n->flags |= F_STANDALONE;
	n->ind = (uint32_t)ind;
	n->ind_len = (uint32_t)ind_len;
	if (o->how == OPEN_PENDING) {
		node_at(p, o->lead)->type = N_NOP;
		node_at(p, o->lead + 1)->type = N_NOP;
	}
}

/* {{/name}}. */
static int
close_tag(struct parser *p, size_t ts, size_t te, size_t a, size_t b)
{
	size_t ls = left_clear(p, ts), re = right_clear(p, te);
	struct open *o;
	struct node *n;
	uint32_t i;
	int alone = ls != NOTFOUND && re != NOTFOUND;
	int pair;

	if (check_name(p, a, b, 0) == -1)
		return -1;
	if (p->depth == 0)
		return fail(p->err, p->name, p->tagline,
		    "close tag '%.*s' without an open section",
		    (int)(b - a > 40 ? 40 : b - a), p->src + a);
	o = &p->open[p->depth - 1];
	i = o->node;
	if (o->name_len != b - a || memcmp(p->src + o->name, p->src + a,
	    b - a) != 0)
		return fail(p->err, p->name, p->tagline, "close tag '%.*s' "
		    "does not match %s '%.*s' opened on line %u",
		    (int)(b - a > 40 ? 40 : b - a), p->src + a,
		    kind_names[node_at(p, i)->type],
		    (int)(o->name_len > 40 ? 40 : o->name_len),
		    p->src + o->name, (unsigned)o->line);
	pair = (o->how == OPEN_ALONE || o->how == OPEN_PENDING) &&
	    re != NOTFOUND;

	if (node_at(p, i)->type == N_PARENT) {
		/* Text inside a parent is ignored; only where to go on
		 * matters. A standalone pair takes its line end along. */
		p->pos = pair || alone ? re : te;
	} else if (node_at(p, i)->flags & F_ARG) {
		/* The argument's content ends like a file: a last line of
		 * blanks is dropped, no LINE follows, and the line end after
		 * the tag belongs to the parent. */
		emit_text(p, p->pos, ls != NOTFOUND ? ls : ts);
		p->pos = te;
	} else if (alone) {
		emit_text(p, p->pos, ls);
		p->pos = re;
	} else {
		emit_text(p, p->pos, ts);
		before_tag(p);
		p->pos = te;
	}
	p->depth--;
	n = node_at(p, i);
	n->end = node_count(p);

	if (n->type == N_PARENT && pair) {
		pair_standalone(p, n, o, o->ws, o->ws_len);
	} else if (n->type == N_BLOCK && (n->flags & F_ARG)) {
		if (o->how == OPEN_ALONE) {
			n->flags |= F_REBASED;
			strip(p, i + 1, n->end, o->intr, o->intr_len);
		}
	} else if (n->type == N_BLOCK && pair) {
		/* Intrinsic indentation (the blanks opening the line after a
		 * standalone opening tag) or else the blanks before the tag
		 * become the block's indentation, stripped from its lines
		 * here and added back wherever the block is expanded. */
		if (o->how == OPEN_ALONE)
			pair_standalone(p, n, o, o->intr, o->intr_len);
		else
			pair_standalone(p, n, o, o->ws, o->ws_len);
		n = node_at(p, i);
		n->flags |= F_REBASED;
		strip(p, i + 1, n->end, n->ind, n->ind_len);
	} else if (n->type == N_BLOCK && o->how == OPEN_PENDING) {
		/* Not a pair after all: the blanks before it stay literal
		 * text, so the content's first line must not indent again. */
		if (i + 1 < n->end && node_at(p, i + 1)->type == N_LINE)
			node_at(p, i + 1)->type = N_NOP;
	}
	p->need_line = at_line_start(p, p->pos) ? NEED_LINE : NEED_NONE;
	return 0;
}

/* Compiles the tag whose opening delimiter is at ts. */
static int
tag(struct parser *p, size_t ts)
{
	char close[MAX_DELIM + 1];
	size_t a = ts + p->olen, b, e, te, ls, re, clen = p->clen, off;
	uint16_t nseg;
	int type = 0;

	p->tagline = line_at(p, ts);
	if (a < p->len)
		switch (p->src[a]) {
		case '{': case '=': case '#': case '^': case '/':
		case '!': case '>': case '<': case '$': case '&':
			type = p->src[a++];
			break;
		}
	/* {{{x}}} and {{=a b=}} end with their sigil before the ctag. */
	if (type == '{' || type == '=') {
		close[0] = type == '{' ? '}' : '=';
		memcpy(close + 1, p->ctag, p->clen);
		clen++;
	} else
		memcpy(close, p->ctag, p->clen);
	e = find(p->src, a, p->len, close, clen);
	if (e == NOTFOUND)
		return fail(p->err, p->name, p->tagline,
		    "unclosed tag: no '%.*s' after '%.*s'", (int)clen, close,
		    (int)p->olen, p->otag);
	te = e + clen;
	b = e;
	while (a < b && is_space(p->src[a]))
		a++;
	while (b > a && is_space(p->src[b - 1]))
		b--;

	switch (type) {
	case '!':
	case '=':
		if (type == '=' && set_delims(p, a, b) == -1)
			return -1;
		ls = left_clear(p, ts);
		re = right_clear(p, te);
		if (ls != NOTFOUND && re != NOTFOUND) {
			emit_text(p, p->pos, ls);
			p->pos = re;
		} else {
			emit_text(p, p->pos, ts);
			p->pos = te;
		}
		break;
	case '>':
		if (check_name(p, a, b, 0) == -1 ||
		    add_name(p, a, b, 0, &off, &nseg) == -1)
			return -1;
		ls = left_clear(p, ts);
		re = right_clear(p, te);
		if (ls != NOTFOUND && re != NOTFOUND) {
			emit_text(p, p->pos, ls);
			if (!in_parent(p)) {
				struct node *n = node_at(p, push(p, N_PARTIAL,
				    F_STANDALONE, off, 0));
				n->ind = (uint32_t)ls;
				n->ind_len = (uint32_t)(ts - ls);
			}
			p->pos = re;
			break;
		}
		emit_text(p, p->pos, ts);
		before_tag(p);
		if (!in_parent(p))
			push(p, N_PARTIAL, 0, off, 0);
		p->pos = te;
		break;
	case '#':
	case '^':
		return open_section(p, type == '#' ? N_SECTION : N_INVERTED,
		    ts, te, a, b);
	case '<':
	case '$':
		return open_pair(p, type, ts, te, a, b);
	case '/':
		return close_tag(p, ts, te, a, b);
	default:	/* 0, '&', '{': interpolation, never standalone */
		if (check_name(p, a, b, 1) == -1 ||
		    add_name(p, a, b, 1, &off, &nseg) == -1)
			return -1;
		emit_text(p, p->pos, ts);
		before_tag(p);
		if (!in_parent(p))
			node_at(p, push(p, type ? N_RAW : N_VAR, 0, off,
			    0))->nseg = nseg;
		p->pos = te;
		break;
	}
	p->need_line = at_line_start(p, p->pos) ? NEED_LINE : NEED_NONE;
	return 0;
}

struct mustache *
mustache_compile(const char *name, const char *src, size_t len,
    struct mustache_error *err)
{
	struct parser p;
	struct mustache *t = NULL;
	const char *nul;
	size_t ts;
	int rc = -1;

	memset(&p, 0, sizeof p);
	p.name = name;
	p.src = src;
	p.len = len;
	p.err = err;
	p.lline = 1;
	p.tagline = 1;
	p.need_line = NEED_LINE;
	memcpy(p.otag, "{{", 2);
	memcpy(p.ctag, "}}", 2);
	p.olen = p.clen = 2;

	/* Node offsets and counts are 32 bits (a line costs at most two
	 * nodes per byte); a template this large is a mistake anyway. */
	if (len >= UINT32_MAX / 4) {
		fail(err, name, 1, "template larger than 1 GB");
		goto out;
	}
	if ((nul = memchr(src, '\0', len)) != NULL) {
		fail(err, name, line_at(&p, (size_t)(nul - src)),
		    "NUL byte in template");
		goto out;
	}
	/* Text nodes point into the pool, which starts as a copy of src. */
	buf_add(&p.pool, src, len);
	buf_putc(&p.pool, '\0');

	while (p.pos < len) {
		ts = find(src, p.pos, len, p.otag, p.olen);
		if (ts == NOTFOUND) {
			emit_text(&p, p.pos, len);
			break;
		}
		if (tag(&p, ts) == -1)
			goto out;
	}
	if (p.depth > 0) {
		struct open *o = &p.open[p.depth - 1];

		fail(err, name, o->line, "%s '%.*s' is never closed",
		    kind_names[node_at(&p, o->node)->type],
		    (int)(o->name_len > 40 ? 40 : o->name_len),
		    src + o->name);
		goto out;
	}

	if ((t = calloc(1, sizeof *t)) == NULL ||
	    (t->name = strdup(name)) == NULL) {
		fail(err, name, 1, "out of memory");
		goto out;
	}
	t->n = node_count(&p);
	t->nodes = (struct node *)(void *)buf_detach(&p.nodes);
	t->pool = buf_detach(&p.pool);
	rc = 0;
out:
	buf_release(&p.nodes);
	buf_release(&p.pool);
	if (rc == -1) {
		mustache_free(t);
		t = NULL;
	}
	return t;
}

void
mustache_free(struct mustache *t)
{
	if (t == NULL)
		return;
	free(t->name);
	free(t->pool);
	free(t->nodes);
	free(t);
}

/*
 * Rendering. All state lives on the C stack in small linked links, so a
 * render allocates nothing but output.
 */

/* The context stack, innermost first. */
struct ctx {
	json_t *v;
	const struct ctx *up;
};

/* Indentation: the concatenation of the chain, outermost first. */
struct indent {
	const char *s;
	size_t len;
	const struct indent *up;
};

/* A parent being expanded: its argument blocks override blocks. */
struct frame {
	const struct mustache *t;	/* template holding the parent tag */
	uint32_t parent;		/* its index there */
	const struct frame *outer;	/* the parent that expanded us */
};

/* What a range of nodes is rendered with. */
struct scope {
	const struct mustache *t;
	const struct ctx *ctx;
	const struct indent *ind;
	const struct frame *ovr;
};

struct render {
	mustache_loader load;
	void *arg;
	struct buf *out;
	struct mustache_error *err;
	int depth;		/* render_range() calls open */
	unsigned long steps;	/* nodes rendered so far */
	size_t mark;		/* out->len when the call began */
	int partials;		/* partials and parents open */
	int skip_line;		/* the next LINE is mid-line: emit nothing */
};

static int render_range(struct render *, const struct scope *, uint32_t,
    uint32_t);

/*
 * "list.0" is the first item of a list, as in mustache.js, so a template
 * can say "{{#list.0}}<table>...{{/list.0}}" for a list that is not empty.
 * Only plain decimal indexes are items; anything else finds nothing.
 */
static json_t *
array_item(json_t *list, const char *part)
{
	size_t i = 0;

	if (*part == '\0' || strlen(part) > 9 || strspn(part, "0123456789") != strlen(part))
		return NULL;
	for (; *part; part++)
		i = i * 10 + (size_t)(*part - '0');
	return json_array_get(list, i);
}

/* Resolves a (dotted) name on the context stack, as the spec says:
 * the first part anywhere on the stack, the rest strictly inside. Each
 * context searched counts as a step: deep stacks make lookups dear. */
static json_t *
lookup(struct render *st, const struct scope *sc, const struct node *n)
{
	const char *part = sc->t->pool + n->off;
	const struct ctx *c;
	json_t *v = NULL;
	uint16_t k;

	if (n->nseg == 0)
		return sc->ctx->v;
	for (c = sc->ctx; c != NULL; c = c->up, st->steps++)
		if (json_is_object(c->v) &&
		    (v = json_object_get(c->v, part)) != NULL)
			break;
	for (k = 1; v != NULL && k < n->nseg; k++) {
		part += strlen(part) + 1;
		v = json_is_object(v) ? json_object_get(v, part) :
		    json_is_array(v) ? array_item(v, part) : NULL;
	}
	return v;
}

/* JavaScript's !!value, which the spec gives as its example. */
static int
truthy(const json_t *v)
{
	if (v == NULL)
		return 0;
	switch (json_typeof(v)) {
	case JSON_OBJECT:
	case JSON_TRUE:
		return 1;
	case JSON_ARRAY:
		return json_array_size(v) > 0;
	case JSON_STRING:
		return json_string_length(v) > 0;
	case JSON_INTEGER:
		return json_integer_value(v) != 0;
	case JSON_REAL:
		return json_real_value(v) != 0.0;
	default:
		return 0;
	}
}

/* The HTML-escaping writer: every {{name}} goes through here. */
static void
put_escaped(struct buf *out, const char *s, size_t len)
{
	const char *rep;
	size_t i, start = 0;

	for (i = 0; i < len; i++) {
		switch (s[i]) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: continue;
		}
		buf_add(out, s + start, i - start);
		buf_puts(out, rep);
		start = i + 1;
	}
	buf_add(out, s + start, len - start);
}

/* The shortest %g that reads back as d, so 1.21 prints "1.21". */
static void
put_real(struct buf *out, double d)
{
	char tmp[40];
	int prec;

	for (prec = 1; prec < 17; prec++) {
		snprintf(tmp, sizeof tmp, "%.*g", prec, d);
		if (strtod(tmp, NULL) == d)
			break;
	}
	if (prec == 17)
		snprintf(tmp, sizeof tmp, "%.17g", d);
	buf_puts(out, tmp);
}

static void
put_value(struct buf *out, json_t *v, int escape)
{
	char tmp[32];
	const char *s = tmp;
	size_t len;

	if (v == NULL)
		return;
	switch (json_typeof(v)) {
	case JSON_STRING:
		s = json_string_value(v);
		len = json_string_length(v);
		break;
	case JSON_INTEGER:
		len = (size_t)snprintf(tmp, sizeof tmp, "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
		break;
	case JSON_REAL:
		put_real(out, json_real_value(v));
		return;
	case JSON_TRUE:
		s = "true";
		len = 4;
		break;
	case JSON_FALSE:
		s = "false";
		len = 5;
		break;
	default:	/* null, objects and arrays print nothing */
		return;
	}
	if (escape)
		put_escaped(out, s, len);
	else
		buf_add(out, s, len);
}

static void
put_indent(struct buf *out, const struct indent *ind)
{
	if (ind == NULL)
		return;
	put_indent(out, ind->up);
	buf_add(out, ind->s, ind->len);
}

static int
render_section(struct render *st, const struct scope *sc, uint32_t i)
{
	const struct node *n = &sc->t->nodes[i];
	json_t *v = lookup(st, sc, n), *item;
	struct scope sub = *sc;
	struct ctx c;
	size_t k;

	if (n->type == N_INVERTED)
		return truthy(v) ? 0 : render_range(st, sc, i + 1, n->end);
	if (!truthy(v))
		return 0;
	c.up = sc->ctx;
	sub.ctx = &c;
	if (!json_is_array(v)) {
		c.v = v;
		return render_range(st, &sub, i + 1, n->end);
	}
	json_array_foreach(v, k, item) {
		c.v = item;
		if (render_range(st, &sub, i + 1, n->end) == -1)
			return -1;
	}
	return 0;
}

/* {{>name}} and {{<name}}: render another template in place. */
static int
render_partial(struct render *st, const struct scope *sc, uint32_t i)
{
	const struct node *n = &sc->t->nodes[i];
	const char *name = sc->t->pool + n->off;
	const struct mustache *t;
	struct indent link;
	struct frame f;
	struct scope sub;
	int rc;

	t = st->load ? st->load(st->arg, name) : NULL;
	if (t == NULL)
		return 0;
	if (st->partials >= MUSTACHE_MAX_PARTIALS)
		return fail(st->err, sc->t->name, n->line, "partial '%.40s' "
		    "nested deeper than %d levels (recursive partial?)", name,
		    MUSTACHE_MAX_PARTIALS);
	sub.t = t;
	sub.ctx = sc->ctx;
	sub.ovr = sc->ovr;
	/* Only a standalone tag indents the partial's lines; inline, its
	 * lines start at the left margin of the output. */
	sub.ind = NULL;
	if (n->flags & F_STANDALONE) {
		sub.ind = sc->ind;
		if (n->ind_len > 0) {
			link.s = sc->t->pool + n->ind;
			link.len = n->ind_len;
			link.up = sc->ind;
			sub.ind = &link;
		}
	}
	if (n->type == N_PARENT) {
		f.t = sc->t;
		f.parent = i;
		f.outer = sc->ovr;
		sub.ovr = &f;
	}
	st->partials++;
	rc = render_range(st, &sub, 0, t->n);
	st->partials--;
	return rc;
}

/* Finds the argument block overriding block `name`: the outermost parent
 * wins, so the top-level template has the last word. */
static int
find_override(const struct frame *f, const char *name,
    const struct mustache **bt, uint32_t *bi)
{
	const struct node *c;
	uint32_t j;
	int found = 0;

	for (; f != NULL; f = f->outer)
		for (j = f->parent + 1; j < f->t->nodes[f->parent].end;
		    j = c->end) {
			c = &f->t->nodes[j];
			if (c->type == N_BLOCK &&
			    strcmp(f->t->pool + c->off, name) == 0) {
				*bt = f->t;
				*bi = j;
				found = 1;
				break;
			}
		}
	return found;
}

/* {{$name}}: the overriding argument if there is one, else the default,
 * indented as the block's place asks. The argument's data context is the
 * one at the block's place, as the spec's "Block scope" test wants. */
static int
render_block(struct render *st, const struct scope *sc, uint32_t i)
{
	const struct node *n = &sc->t->nodes[i];
	const struct mustache *bt = sc->t;
	struct indent link;
	struct scope sub = *sc;
	uint32_t bi = i;
	int found, rc;

	found = find_override(sc->ovr, sc->t->pool + n->off, &bt, &bi);
	sub.t = bt;
	if ((n->flags & F_STANDALONE) && n->ind_len > 0) {
		link.s = sc->t->pool + n->ind;
		link.len = n->ind_len;
		link.up = sc->ind;
		sub.ind = &link;
	}
	/* An argument starts a line of its own; placed mid-line, that
	 * first line continues the line it is placed on. */
	if (found && !(n->flags & F_STANDALONE))
		st->skip_line = 1;
	rc = render_range(st, &sub, bi + 1, bt->nodes[bi].end);
	st->skip_line = 0;
	return rc;
}

static int
render_range(struct render *st, const struct scope *sc, uint32_t from,
    uint32_t to)
{
	const struct node *n;
	uint32_t i;
	int rc = -1;

	/* Bounds all recursion, partials or not: blocks can name
	 * themselves, and sections nest. */
	if (++st->depth > MUSTACHE_MAX_DEPTH) {
		fail(st->err, sc->t->name, from < to ?
		    sc->t->nodes[from].line : 1, "templates nested deeper "
		    "than %d levels", MUSTACHE_MAX_DEPTH);
		goto out;
	}
	for (i = from; i < to; i = n->end) {
		n = &sc->t->nodes[i];
		if (++st->steps > MUSTACHE_MAX_STEPS ||
		    st->out->len - st->mark > MUSTACHE_MAX_OUTPUT) {
			fail(st->err, sc->t->name, n->line, "rendering takes "
			    "more than %d steps or %d MB (a section or partial "
			    "repeated inside itself?)", MUSTACHE_MAX_STEPS,
			    MUSTACHE_MAX_OUTPUT >> 20);
			goto out;
		}
		switch (n->type) {
		case N_TEXT:
			buf_add(st->out, sc->t->pool + n->off, n->len);
			break;
		case N_LINE:
			if (st->skip_line)
				st->skip_line = 0;
			else if (!(n->flags & F_BLANK))
				put_indent(st->out, sc->ind);
			break;
		case N_VAR:
		case N_RAW:
			put_value(st->out, lookup(st, sc, n), n->type == N_VAR);
			break;
		case N_SECTION:
		case N_INVERTED:
			if (render_section(st, sc, i) == -1)
				goto out;
			break;
		case N_PARTIAL:
		case N_PARENT:
			if (render_partial(st, sc, i) == -1)
				goto out;
			break;
		case N_BLOCK:
			if (render_block(st, sc, i) == -1)
				goto out;
			break;
		default:	/* N_NOP */
			break;
		}
	}
	rc = 0;
out:
	st->depth--;
	return rc;
}

int
mustache_render(const struct mustache *t, json_t *ctx,
    mustache_loader load, void *arg, struct buf *out,
    struct mustache_error *err)
{
	struct render st;
	struct ctx root;
	struct scope sc;
	size_t mark = out->len;

	memset(&st, 0, sizeof st);
	st.load = load;
	st.arg = arg;
	st.out = out;
	st.err = err;
	st.mark = mark;
	root.v = ctx;
	root.up = NULL;
	sc.t = t;
	sc.ctx = &root;
	sc.ind = NULL;
	sc.ovr = NULL;
	if (render_range(&st, &sc, 0, t->n) == -1) {
		buf_truncate(out, mark);
		return -1;
	}
	return 0;
}
