#ifndef DEMODATA_CZSTD_SHIM_H
#define DEMODATA_CZSTD_SHIM_H

#include <zstd.h>

#endif
