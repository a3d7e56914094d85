#ifndef DEMODATA_CZLIB_SHIM_H
#define DEMODATA_CZLIB_SHIM_H

#include <zlib.h>

/* zlib's deflateInit2 and inflateInit2 are macros that Swift cannot call; these wrappers
   pass the library version and stream size the same way the macros do. */
static inline int czlib_deflate_init2(z_streamp strm, int level, int method, int window_bits,
                                      int mem_level, int strategy) {
    return deflateInit2_(strm, level, method, window_bits, mem_level, strategy, ZLIB_VERSION,
                         (int)sizeof(z_stream));
}

static inline int czlib_inflate_init2(z_streamp strm, int window_bits) {
    return inflateInit2_(strm, window_bits, ZLIB_VERSION, (int)sizeof(z_stream));
}

#endif
