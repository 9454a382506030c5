/*
 * Markdown bodies to HTML with cmark. Safe by default: raw HTML and
 * dangerous link schemes (javascript:, vbscript:, file:, most data:) are
 * dropped by cmark itself, never by us. Headings are fitted below the
 * page's one <h1> (the entry's title) without skipped levels, keeping the
 * outline valid for screen readers.
 */
#ifndef SB_MARKDOWN_H
#define SB_MARKDOWN_H

#include <stddef.h>

#include "buf.h"

/* Appends the HTML of len bytes of Markdown to out. */
void markdown_render(const char *src, size_t len, struct buf *out);

#endif
