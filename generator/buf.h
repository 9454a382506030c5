/*
 * A growable byte buffer, the one way text is assembled in Stagebureau.
 * Invariant: b->data is NUL-terminated whenever b->data is not NULL, so it
 * can be handed to C string functions; b->len excludes that NUL. A zeroed
 * struct (BUF_INIT) is an empty buffer. Allocation failure aborts: every
 * caller would otherwise have to handle it, and there is nothing useful
 * to do when memory is gone in a batch tool or a short-lived request.
 */
#ifndef SB_BUF_H
#define SB_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *data;	/* owned; NUL-terminated, or NULL while empty */
	size_t len;	/* bytes used, excluding the NUL */
	size_t cap;	/* bytes allocated */
};

#define BUF_INIT { NULL, 0, 0 }

void buf_grow(struct buf *b, size_t extra);
void buf_add(struct buf *b, const void *data, size_t len);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, int c);
void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);
void buf_truncate(struct buf *b, size_t len);
/* Empties the buffer but keeps its memory for reuse. */
void buf_reset(struct buf *b);
/* Returns the contents (caller frees; never NULL) and empties b. */
char *buf_detach(struct buf *b);
/* Always a valid C string, "" while empty. Borrowed. */
const char *buf_str(const struct buf *b);
void buf_release(struct buf *b);

#endif
