/*
 * Escaping writers for what the generator emits outside templates: XML
 * (Atom, sitemap), iCalendar text, and JSON inside an HTML <script>.
 * HTML itself leaves only through the template engine, which escapes by
 * default. Each writer appends to a buf; none of them writes raw.
 */
#ifndef SB_ESCAPE_H
#define SB_ESCAPE_H

#include <jansson.h>

#include "buf.h"

/* XML character data or attribute value (& < > " ' escaped). */
void escape_xml(struct buf *out, const char *s);
/* iCalendar TEXT value (RFC 5545 3.3.11): \\ \; \, and \n escaped. */
void escape_ical_text(struct buf *out, const char *s);
/* JSON for <script type="application/ld+json">: < > & escaped as \u00XX. */
void escape_json_script(struct buf *out, json_t *value);

#endif
