#ifndef DEMODATA_CLIBCRYPTO_SHIM_H
#define DEMODATA_CLIBCRYPTO_SHIM_H

// SHA-256 from the system's OpenSSL libcrypto (Debian's libssl-dev). OpenSSL 3 marks the
// one-call SHA256_* functions deprecated in favour of EVP; they stay supported through 3.x and
// keep the whole state in a plain struct, which Swift copies as a value.
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include <openssl/sha.h>

#endif
