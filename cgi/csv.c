/*
 * CSV reading and writing; see csv.h.
 */
#include <string.h>

#include "csv.h"
#include "util.h"

static char
guess_separator(const char *p, size_t n)
{
	size_t semi = 0, comma = 0, tab = 0;
	int quoted = 0;

	for (size_t i = 0; i < n && (quoted || (p[i] != '\n' && p[i] != '\r')); i++) {
		if (p[i] == '"')
			quoted = !quoted;
		else if (!quoted)
			semi += p[i] == ';', comma += p[i] == ',', tab += p[i] == '\t';
	}
	return tab > semi && tab > comma ? '\t' : semi > comma ? ';' : ',';
}

json_t *
csv_parse(const char *text, size_t len, const char **problem, int *line)
{
	json_t *rows = json_array(), *cells = NULL;
	struct buf cell = BUF_INIT;
	size_t i = 0;
	int ln = 1, row_line = 1, quoted = 0, in_cell = 0;
	char sep;

	*problem = NULL;
	*line = 0;
	if (len >= 3 && !memcmp(text, "\xef\xbb\xbf", 3))
		i = 3;
	if (!utf8_valid(text + i, len - i)) {
		*problem = "not UTF-8 text";
		goto fail;
	}
	sep = guess_separator(text + i, len - i);
	cells = json_array();
	for (; i <= len; i++) {
		char ch = i < len ? text[i] : '\n';
		int end_of_input = i == len;

		if (quoted) {
			if (end_of_input) {
				*problem = "a quoted field is not closed";
				*line = row_line;
				goto fail;
			}
			if (ch == '"') {
				if (i + 1 < len && text[i + 1] == '"') {
					buf_putc(&cell, '"');
					i++;
				} else {
					quoted = 0;
				}
			} else {
				if (ch == '\n')
					ln++;
				buf_putc(&cell, ch);
			}
			continue;
		}
		if (ch == '"' && cell.len == 0 && !in_cell) {
			quoted = 1;
			in_cell = 1;
		} else if (ch == sep) {
			json_array_append_new(cells, json_stringn(buf_str(&cell), cell.len));
			buf_reset(&cell);
			in_cell = 0;
			/* A separator means one more cell still to come. */
			if (json_array_size(cells) >= CSV_MAX_COLUMNS) {
				*problem = "too many columns";
				*line = row_line;
				goto fail;
			}
		} else if (ch == '\n' || ch == '\r') {
			if (ch == '\r' && i + 1 < len && text[i + 1] == '\n')
				i++;
			if (json_array_size(cells) > 0 || cell.len > 0 || in_cell) {
				json_array_append_new(cells, json_stringn(buf_str(&cell), cell.len));
				json_array_append_new(rows, json_pack("{s:i, s:o}", "line", row_line, "cells", cells));
				cells = json_array();
				if (json_array_size(rows) > CSV_MAX_ROWS) {
					*problem = "too many rows";
					*line = row_line;
					goto fail;
				}
			}
			buf_reset(&cell);
			in_cell = 0;
			if (!end_of_input)
				ln++;
			row_line = ln;
		} else {
			buf_putc(&cell, ch);
			in_cell = 1;
		}
	}
	json_decref(cells);
	buf_release(&cell);
	return rows;
fail:
	json_decref(cells);
	json_decref(rows);
	buf_release(&cell);
	return NULL;
}

void
csv_field(struct buf *out, const char *s, int first)
{
	/* "=HYPERLINK(...)" in a spreadsheet runs; a leading ' makes it text (OWASP). */
	if (s[0] && strchr("=+-@\t\r", s[0])) {
		struct buf quoted = BUF_INIT;

		buf_putc(&quoted, '\'');
		buf_puts(&quoted, s);
		csv_field(out, quoted.data, first);
		buf_release(&quoted);
		return;
	}
	if (!first)
		buf_putc(out, ',');
	/* Any separator csv_parse() may guess, or a cell could split on reading. */
	if (strpbrk(s, ",;\t\"\r\n") == NULL && s[0] != ' ') {
		buf_puts(out, s);
		return;
	}
	buf_putc(out, '"');
	for (; *s; s++) {
		if (*s == '"')
			buf_putc(out, '"');
		buf_putc(out, *s);
	}
	buf_putc(out, '"');
}
