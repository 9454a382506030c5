/*
 * Short content digests (BLAKE2b, 128 bits, through libsodium): what the
 * index records per entry and the build per page, so that a page whose
 * inputs did not change is not rendered again.
 */
#ifndef SB_DIGEST_H
#define SB_DIGEST_H

#include <stddef.h>

#include <sodium.h>

#define DIGEST_BYTES 16
#define DIGEST_HEX (2 * DIGEST_BYTES + 1)

struct digest {
	crypto_generichash_state st;
};

void digest_init(struct digest *d);
void digest_add(struct digest *d, const void *data, size_t len);
/* Adds s with its terminating NUL, so "ab","c" and "a","bc" differ; NULL as "". */
void digest_str(struct digest *d, const char *s);
void digest_int(struct digest *d, long long n);
/* Finishes d into out, lowercase hex. */
void digest_hex(struct digest *d, char out[DIGEST_HEX]);

#endif
