#include "png_writer.h"

#include <png.h>
#include <setjmp.h>
#include <stdint.h>
#include <zlib.h>

int briefing_png_filter_none(void) { return PNG_FILTER_NONE; }
int briefing_png_filter_up(void) { return PNG_FILTER_UP; }
int briefing_png_filter_sub(void) { return PNG_FILTER_SUB; }
int briefing_png_filter_paeth(void) { return PNG_FILTER_PAETH; }
int briefing_png_filters_all(void) { return PNG_ALL_FILTERS; }
int briefing_zlib_strategy_default(void) { return Z_DEFAULT_STRATEGY; }
int briefing_zlib_strategy_filtered(void) { return Z_FILTERED; }
int briefing_zlib_strategy_rle(void) { return Z_RLE; }

typedef struct {
    briefing_png_sink sink;
    void *context;
    int stopped;
} output;

static void write_bytes(png_structp png, png_bytep data, size_t length) {
    output *out = png_get_io_ptr(png);
    if (out->stopped) return;
    if (out->sink(out->context, data, length) != 0) {
        out->stopped = 1;
        png_error(png, "the sink stopped");
    }
}

static void flush_nothing(png_structp png) { (void)png; }

/* Warnings (none are expected for the images we write) are not printed. */
static void ignore_warning(png_structp png, png_const_charp message) { (void)png; (void)message; }

int briefing_png_write_rgb24(const unsigned char *pixels, int width, int height, int stride,
                             briefing_png_settings settings, briefing_png_sink sink, void *context) {
    output out = { sink, context, 0 };
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, ignore_warning);
    if (!png) return 1;
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_write_struct(&png, NULL);
        return 1;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return out.stopped ? 2 : 1;
    }
    png_set_write_fn(png, &out, write_bytes, flush_nothing);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, settings.level);
    png_set_compression_strategy(png, settings.strategy);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, settings.filters);
    png_write_info(png, info);

    /* Cairo's RGB24 pixel is a native-endian 32-bit 0x00RRGGBB: in memory B G R x
       on a little-endian machine, x R G B on a big-endian one. libpng drops the
       filler byte and, where needed, reverses the colour order. */
    const uint32_t probe = 1;
    if (*(const unsigned char *)&probe == 1) {
        png_set_bgr(png);
        png_set_filler(png, 0, PNG_FILLER_AFTER);
    } else {
        png_set_filler(png, 0, PNG_FILLER_BEFORE);
    }
    for (int row = 0; row < height; row++) {
        png_write_row(png, (png_const_bytep)(pixels + (size_t)row * (size_t)stride));
    }
    png_write_end(png, NULL);
    png_destroy_write_struct(&png, &info);
    return 0;
}
