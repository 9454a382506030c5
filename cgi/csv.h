/*
 * CSV as brokers' spreadsheets write it (RFC 4180, plus what Excel and
 * LibreOffice do in the Netherlands: ';' as separator, a UTF-8 byte order
 * mark). The parser is pure and fuzzed; the writer quotes what must be.
 */
#ifndef SB_CSV_H
#define SB_CSV_H

#include <jansson.h>

#include "buf.h"

#define CSV_MAX_ROWS 100000
#define CSV_MAX_COLUMNS 200

/*
 * Parses text into rows: an array of {line, cells: [strings]} where line
 * is the 1-based line the row starts on. The separator is guessed from
 * the first line (';', ',' or tab). NULL with *problem and *line set on
 * malformed input (an unclosed quote, invalid UTF-8, too many rows).
 */
json_t *csv_parse(const char *text, size_t len, const char **problem, int *line);

/*
 * Appends one field, ',' before it unless first, quoted when it holds a
 * separator (';', ',' or tab: csv_parse() may guess any), a quote or a
 * line break; a field a spreadsheet would take for a formula gets a
 * leading '. csv_parse() reads the field back as it was, or with that '.
 */
void csv_field(struct buf *out, const char *s, int first);

#endif
