#ifndef BRIEFING_PNG_WRITER_H
#define BRIEFING_PNG_WRITER_H

#include <stddef.h>

/// Receives the encoded bytes, in order; returns 0 to go on, non-zero to stop.
typedef int (*briefing_png_sink)(void *context, const unsigned char *data, size_t length);

/// Which deflate implementation compresses the image data.
enum briefing_png_encoder {
    /// zlib: levels 0-9, any strategy; the smallest files at level 9.
    BRIEFING_PNG_ZLIB = 0,
    /// Intel's ISA-L (igzip): levels 0-3, several times faster than zlib's
    /// fastest level, files somewhat larger.
    BRIEFING_PNG_ISAL = 1,
};

/// The PNG row filter: one of the five the format defines, or per row the one
/// whose output has the smallest sum of absolute values (the usual heuristic).
enum briefing_png_filter {
    BRIEFING_PNG_FILTER_NONE = 0,
    BRIEFING_PNG_FILTER_SUB = 1,
    BRIEFING_PNG_FILTER_UP = 2,
    BRIEFING_PNG_FILTER_AVERAGE = 3,
    BRIEFING_PNG_FILTER_PAETH = 4,
    BRIEFING_PNG_FILTER_ADAPTIVE = 5,
};

/// zlib's strategies (ignored by ISA-L).
enum briefing_png_strategy {
    BRIEFING_PNG_STRATEGY_DEFAULT = 0,
    BRIEFING_PNG_STRATEGY_FILTERED = 1,
    BRIEFING_PNG_STRATEGY_RLE = 2,
};

typedef struct {
    int encoder;
    int level;
    int filter;
    int strategy;
} briefing_png_settings;

/// Encodes a Cairo RGB24 image (32 bits per pixel, the top byte unused, native
/// byte order) as an opaque 8-bit RGB PNG with no alpha.
/// Returns 0 on success, 1 when out of memory or the settings are invalid,
/// 2 when the sink stopped it.
int briefing_png_write_rgb24(const unsigned char *pixels, int width, int height, int stride,
                             briefing_png_settings settings, briefing_png_sink sink, void *context);

#endif
