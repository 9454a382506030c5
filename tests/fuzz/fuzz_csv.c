/*
 * libFuzzer driver for the admin's CSV import and export (cgi/csv.c):
 * an imported file is whatever a broker's spreadsheet, or anyone with an
 * account, uploads. The input is the file's bytes.
 *
 * Checked besides memory safety, as csv.h promises: a failure gives a
 * problem and no rows; a success gives rows {line, cells} whose lines
 * are 1-based and increase, with 1..CSV_MAX_COLUMNS cells that are
 * strings without NUL. And the round trip of the export: writing every
 * row back with csv_field(), as page_export() does (a byte order mark,
 * ',' between cells, CRLF after each row), and parsing that again gives
 * the same cells, but for what csv_field() changes on purpose:
 *
 *   - a cell a spreadsheet would take for a formula (starting with one of
 *     = + - @ tab CR) comes back with the leading ' that defuses it;
 *   - a row of one empty cell is an empty line, which the parser skips.
 */
#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "csv.h"

/* The cell csv_field() promises to give back for s. Caller frees. */
static json_t *
expected_cell(const char *s)
{
	if (s[0] && strchr("=+-@\t\r", s[0])) {
		struct buf b = BUF_INIT;
		json_t *v;

		buf_putc(&b, '\'');
		buf_puts(&b, s);
		v = json_stringn(b.data, b.len);
		buf_release(&b);
		return v;
	}
	return json_string(s);
}

static void
round_trip(json_t *rows)
{
	json_t *expect = json_array(), *again, *row, *cell;
	struct buf out = BUF_INIT;
	const char *problem;
	size_t i, j;
	int line;

	buf_puts(&out, "\xef\xbb\xbf");
	json_array_foreach(rows, i, row) {
		json_t *cells = json_object_get(row, "cells"), *want;

		if (json_array_size(cells) == 1 && !*json_string_value(json_array_get(cells, 0)))
			continue;
		want = json_array();
		json_array_foreach(cells, j, cell) {
			csv_field(&out, json_string_value(cell), j == 0);
			json_array_append_new(want, expected_cell(json_string_value(cell)));
		}
		buf_puts(&out, "\r\n");
		json_array_append_new(expect, want);
	}
	again = csv_parse(out.data, out.len, &problem, &line);
	if (again == NULL) {
		fprintf(stderr, "round trip: written CSV does not parse (line %d: %s):\n%s\n", line, problem,
		    buf_str(&out));
		abort();
	}
	json_array_foreach(again, i, row)
		json_array_set(again, i, json_object_get(row, "cells"));
	if (!json_equal(expect, again)) {
		char *a = json_dumps(expect, 0), *b = json_dumps(again, 0);

		fprintf(stderr, "round trip changed the cells:\n%s\n%s\nwritten:\n%s\n", a, b, buf_str(&out));
		abort();
	}
	json_decref(again);
	json_decref(expect);
	buf_release(&out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_t *rows, *row, *cell;
	const char *problem = (const char *)1;	/* csv_parse() must set it */
	int line = -1, last = 0;
	size_t i, j;

	rows = csv_parse((const char *)data, size, &problem, &line);
	if (rows == NULL) {
		assert(problem != NULL && line >= 0);
		return 0;
	}
	assert(problem == NULL && line == 0 && json_is_array(rows));
	json_array_foreach(rows, i, row) {
		json_t *cells = json_object_get(row, "cells");
		int ln = (int)json_integer_value(json_object_get(row, "line"));

		assert(json_is_integer(json_object_get(row, "line")) && ln > last);
		last = ln;
		assert(json_is_array(cells) && json_array_size(cells) >= 1 &&
		    json_array_size(cells) <= CSV_MAX_COLUMNS);
		json_array_foreach(cells, j, cell)
			assert(json_is_string(cell) && strlen(json_string_value(cell)) == json_string_length(cell));
	}
	assert(json_array_size(rows) <= CSV_MAX_ROWS);
	round_trip(rows);
	json_decref(rows);
	return 0;
}
