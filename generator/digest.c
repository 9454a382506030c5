/* Content digests; see digest.h. */
#include <stdio.h>
#include <string.h>

#include "digest.h"

void
digest_init(struct digest *d)
{
	crypto_generichash_init(&d->st, NULL, 0, DIGEST_BYTES);
}

void
digest_add(struct digest *d, const void *data, size_t len)
{
	crypto_generichash_update(&d->st, data, len);
}

void
digest_str(struct digest *d, const char *s)
{
	if (s == NULL)
		s = "";
	digest_add(d, s, strlen(s) + 1);
}

void
digest_int(struct digest *d, long long n)
{
	char text[24];

	snprintf(text, sizeof(text), "%lld", n);
	digest_str(d, text);
}

void
digest_hex(struct digest *d, char out[DIGEST_HEX])
{
	unsigned char bin[DIGEST_BYTES];

	crypto_generichash_final(&d->st, bin, sizeof(bin));
	sodium_bin2hex(out, DIGEST_HEX, bin, sizeof(bin));
}
