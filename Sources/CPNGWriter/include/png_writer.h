#ifndef BRIEFING_PNG_WRITER_H
#define BRIEFING_PNG_WRITER_H

#include <stddef.h>

/// Receives the encoded bytes, in order; returns 0 to go on, non-zero to stop.
typedef int (*briefing_png_sink)(void *context, const unsigned char *data, size_t length);

/// How hard to compress: zlib level (0-9), PNG row filter and zlib strategy.
typedef struct {
    int level;
    /// One of PNG_FILTER_NONE, _SUB, _UP, _AVG, _PAETH or PNG_ALL_FILTERS (adaptive).
    int filters;
    /// Z_DEFAULT_STRATEGY, Z_FILTERED, Z_RLE...
    int strategy;
} briefing_png_settings;

/// The filter and strategy constants of png.h and zlib.h, so Swift need not import them.
int briefing_png_filter_none(void);
int briefing_png_filter_up(void);
int briefing_png_filter_sub(void);
int briefing_png_filter_paeth(void);
int briefing_png_filters_all(void);
int briefing_zlib_strategy_default(void);
int briefing_zlib_strategy_filtered(void);
int briefing_zlib_strategy_rle(void);

/// Encodes a Cairo RGB24 image (32 bits per pixel, the top byte unused, native
/// byte order) as an opaque 8-bit RGB PNG with no alpha. libpng reports errors
/// by longjmp, which Swift cannot catch, so it is called only from here.
/// Returns 0 on success, 1 when libpng failed, 2 when the sink stopped it.
int briefing_png_write_rgb24(const unsigned char *pixels, int width, int height, int stride,
                             briefing_png_settings settings, briefing_png_sink sink, void *context);

#endif
