/* A PNG writer for opaque 8-bit RGB images: the container (chunks and their
   CRCs), the row filters and the choice of deflate implementation are ours;
   deflate itself is zlib's or ISA-L's. Written for speed on our pages, which
   are mostly flat colour: rows are converted, filtered and compressed one at a
   time, so the only large buffer is Cairo's surface. */
#include "png_writer.h"

#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

enum { IDAT_CAPACITY = 1 << 16, BYTES_PER_PIXEL = 3 };

typedef struct {
    briefing_png_sink sink;
    void *context;
    int stopped;
} output;

static int emit(output *out, const unsigned char *data, size_t length) {
    if (out->stopped) return 2;
    if (length > 0 && out->sink(out->context, data, length) != 0) out->stopped = 1;
    return out->stopped ? 2 : 0;
}

static void put_u32(unsigned char *at, uint32_t value) {
    at[0] = (unsigned char)(value >> 24);
    at[1] = (unsigned char)(value >> 16);
    at[2] = (unsigned char)(value >> 8);
    at[3] = (unsigned char)value;
}

/* One chunk: length, type, data, CRC-32 of type and data. */
static int emit_chunk(output *out, const char type[4], const unsigned char *data, size_t length) {
    unsigned char head[8];
    put_u32(head, (uint32_t)length);
    memcpy(head + 4, type, 4);
    /* PNG's CRC is the reflected CRC-32 of gzip; ISA-L's is several times faster than zlib's. */
    uint32_t crc = crc32_gzip_refl(0, head + 4, 4);
    if (length > 0) crc = crc32_gzip_refl(crc, data, (uint64_t)length);
    unsigned char tail[4];
    put_u32(tail, crc);
    int status = emit(out, head, 8);
    if (status == 0) status = emit(out, data, length);
    if (status == 0) status = emit(out, tail, 4);
    return status;
}

/* The image data: one zlib stream, cut into IDAT chunks as the output fills. */
typedef struct {
    output *out;
    int encoder;
    z_stream zlib;
    struct isal_zstream isal;
    unsigned char *isal_level_buffer;
    unsigned char chunk[IDAT_CAPACITY];
} compressor;

static size_t isal_level_buffer_size(int level) {
    switch (level) {
    case 1: return ISAL_DEF_LVL1_DEFAULT;
    case 2: return ISAL_DEF_LVL2_DEFAULT;
    case 3: return ISAL_DEF_LVL3_DEFAULT;
    default: return 0;
    }
}

static int compressor_start(compressor *c, output *out, briefing_png_settings settings) {
    c->out = out;
    c->encoder = settings.encoder;
    c->isal_level_buffer = NULL;
    if (settings.encoder == BRIEFING_PNG_ISAL) {
        if (settings.level < 0 || settings.level > 3) return 1;
        isal_deflate_init(&c->isal);
        size_t size = isal_level_buffer_size(settings.level);
        if (size > 0 && !(c->isal_level_buffer = malloc(size))) return 1;
        c->isal.level = (uint32_t)settings.level;
        c->isal.level_buf = c->isal_level_buffer;
        c->isal.level_buf_size = (uint32_t)size;
        c->isal.gzip_flag = IGZIP_ZLIB;
        c->isal.flush = NO_FLUSH;
        return 0;
    }
    if (settings.encoder != BRIEFING_PNG_ZLIB || settings.level < 0 || settings.level > 9) return 1;
    int strategy = settings.strategy == BRIEFING_PNG_STRATEGY_FILTERED ? Z_FILTERED
                 : settings.strategy == BRIEFING_PNG_STRATEGY_RLE ? Z_RLE : Z_DEFAULT_STRATEGY;
    memset(&c->zlib, 0, sizeof c->zlib);
    return deflateInit2(&c->zlib, settings.level, Z_DEFLATED, 15, 8, strategy) == Z_OK ? 0 : 1;
}

/* Compresses `length` bytes; `last` ends the stream. Full output buffers go out as IDAT chunks. */
static int compressor_feed(compressor *c, const unsigned char *data, size_t length, int last) {
    if (c->encoder == BRIEFING_PNG_ISAL) {
        struct isal_zstream *s = &c->isal;
        s->next_in = (uint8_t *)data;
        s->avail_in = (uint32_t)length;
        s->end_of_stream = last ? 1 : 0;
        do {
            s->next_out = c->chunk;
            s->avail_out = IDAT_CAPACITY;
            if (isal_deflate(s) != COMP_OK) return 1;
            size_t produced = IDAT_CAPACITY - s->avail_out;
            if (produced > 0 && emit_chunk(c->out, "IDAT", c->chunk, produced) != 0) return 2;
        } while (s->avail_in > 0 || s->avail_out == 0 || (last && s->internal_state.state != ZSTATE_END));
        return 0;
    }
    z_stream *z = &c->zlib;
    z->next_in = (Bytef *)data;
    z->avail_in = (uInt)length;
    int status;
    do {
        z->next_out = c->chunk;
        z->avail_out = IDAT_CAPACITY;
        status = deflate(z, last ? Z_FINISH : Z_NO_FLUSH);
        if (status == Z_STREAM_ERROR) return 1;
        size_t produced = IDAT_CAPACITY - z->avail_out;
        if (produced > 0 && emit_chunk(c->out, "IDAT", c->chunk, produced) != 0) return 2;
    } while (z->avail_in > 0 || z->avail_out == 0 || (last && status != Z_STREAM_END));
    return 0;
}

static void compressor_free(compressor *c) {
    if (c->encoder == BRIEFING_PNG_ISAL) free(c->isal_level_buffer);
    else deflateEnd(&c->zlib);
}

static unsigned char paeth(int left, int up, int up_left) {
    int estimate = left + up - up_left;
    int to_left = abs(estimate - left), to_up = abs(estimate - up), to_up_left = abs(estimate - up_left);
    if (to_left <= to_up && to_left <= to_up_left) return (unsigned char)left;
    return (unsigned char)(to_up <= to_up_left ? up : up_left);
}

/* Writes filter type `filter` and the filtered row into `target` (1 + length bytes). */
static void filter_row(int filter, const unsigned char *row, const unsigned char *prior, size_t length, unsigned char *target) {
    target[0] = (unsigned char)filter;
    unsigned char *out = target + 1;
    switch (filter) {
    case BRIEFING_PNG_FILTER_SUB:
        for (size_t i = 0; i < length; i++) out[i] = (unsigned char)(row[i] - (i >= BYTES_PER_PIXEL ? row[i - BYTES_PER_PIXEL] : 0));
        break;
    case BRIEFING_PNG_FILTER_UP:
        for (size_t i = 0; i < length; i++) out[i] = (unsigned char)(row[i] - prior[i]);
        break;
    case BRIEFING_PNG_FILTER_AVERAGE:
        for (size_t i = 0; i < length; i++) {
            int left = i >= BYTES_PER_PIXEL ? row[i - BYTES_PER_PIXEL] : 0;
            out[i] = (unsigned char)(row[i] - ((left + prior[i]) >> 1));
        }
        break;
    case BRIEFING_PNG_FILTER_PAETH:
        for (size_t i = 0; i < length; i++) {
            int left = i >= BYTES_PER_PIXEL ? row[i - BYTES_PER_PIXEL] : 0;
            int up_left = i >= BYTES_PER_PIXEL ? prior[i - BYTES_PER_PIXEL] : 0;
            out[i] = (unsigned char)(row[i] - paeth(left, prior[i], up_left));
        }
        break;
    default:
        memcpy(out, row, length);
    }
}

/* The usual heuristic's cost of a filtered row: the sum of its bytes read as signed. */
static size_t filtered_cost(const unsigned char *filtered, size_t length) {
    size_t sum = 0;
    for (size_t i = 0; i < length; i++) sum += filtered[i] < 128 ? filtered[i] : 256 - filtered[i];
    return sum;
}

/* Cairo's RGB24 pixel is a native-endian 32-bit word 0x00RRGGBB. */
static void rgb_from_cairo(const unsigned char *source, int width, unsigned char *rgb) {
    const uint32_t *words = (const uint32_t *)source;
    for (int x = 0; x < width; x++) {
        uint32_t word = words[x];
        rgb[0] = (unsigned char)(word >> 16);
        rgb[1] = (unsigned char)(word >> 8);
        rgb[2] = (unsigned char)word;
        rgb += BYTES_PER_PIXEL;
    }
}

/* The default path in one pass: a Cairo row to RGB (kept for the next row) and
   its Up filter. */
static void up_from_cairo(const unsigned char *source, int width, unsigned char *row, const unsigned char *prior,
                          unsigned char *target) {
    target[0] = BRIEFING_PNG_FILTER_UP;
    unsigned char *out = target + 1;
    const uint32_t *words = (const uint32_t *)source;
    for (int x = 0; x < width; x++) {
        uint32_t word = words[x];
        unsigned char r = (unsigned char)(word >> 16), g = (unsigned char)(word >> 8), b = (unsigned char)word;
        size_t at = (size_t)x * BYTES_PER_PIXEL;
        out[at] = (unsigned char)(r - prior[at]);
        out[at + 1] = (unsigned char)(g - prior[at + 1]);
        out[at + 2] = (unsigned char)(b - prior[at + 2]);
        row[at] = r;
        row[at + 1] = g;
        row[at + 2] = b;
    }
}

int briefing_png_write_rgb24(const unsigned char *pixels, int width, int height, int stride,
                             briefing_png_settings settings, briefing_png_sink sink, void *context) {
    if (width <= 0 || height <= 0 || settings.filter < 0 || settings.filter > BRIEFING_PNG_FILTER_ADAPTIVE) return 1;
    output out = { sink, context, 0 };
    static const unsigned char signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    unsigned char header[13];
    put_u32(header, (uint32_t)width);
    put_u32(header + 4, (uint32_t)height);
    header[8] = 8;   /* bits per channel */
    header[9] = 2;   /* colour type: RGB */
    header[10] = 0;  /* deflate */
    header[11] = 0;  /* the five standard filters */
    header[12] = 0;  /* not interlaced */

    size_t length = (size_t)width * BYTES_PER_PIXEL;
    int candidates = settings.filter == BRIEFING_PNG_FILTER_ADAPTIVE ? 5 : 1;
    /* Two raw rows (this one and the one above) and a filtered row per candidate filter. */
    unsigned char *rows = calloc(2 * length + (size_t)candidates * (length + 1), 1);
    compressor *c = malloc(sizeof *c);
    int status = rows && c ? compressor_start(c, &out, settings) : 1;
    if (status != 0) {
        free(rows);
        free(c);
        return 1;
    }
    unsigned char *row = rows, *prior = rows + length, *filtered = rows + 2 * length;
    status = emit(&out, signature, sizeof signature);
    if (status == 0) status = emit_chunk(&out, "IHDR", header, sizeof header);
    for (int y = 0; y < height && status == 0; y++) {
        const unsigned char *source = pixels + (size_t)y * (size_t)stride;
        const unsigned char *chosen = filtered;
        if (settings.filter == BRIEFING_PNG_FILTER_UP && y > 0 && memcmp(source, source - stride, (size_t)width * 4) == 0) {
            /* A row like the one above (most of a page's margins and gaps): all zeros. */
            filtered[0] = BRIEFING_PNG_FILTER_UP;
            memset(filtered + 1, 0, length);
            memcpy(row, prior, length);
        } else if (settings.filter == BRIEFING_PNG_FILTER_UP) {
            up_from_cairo(source, width, row, prior, filtered);
        } else if (candidates == 1) {
            rgb_from_cairo(source, width, row);
            filter_row(settings.filter, row, prior, length, filtered);
        } else {
            rgb_from_cairo(source, width, row);
            size_t best = (size_t)-1;
            for (int filter = 0; filter < candidates; filter++) {
                unsigned char *target = filtered + (size_t)filter * (length + 1);
                filter_row(filter, row, prior, length, target);
                size_t cost = filtered_cost(target + 1, length);
                if (cost < best) { best = cost; chosen = target; }
            }
        }
        status = compressor_feed(c, chosen, length + 1, y == height - 1);
        unsigned char *swap = prior; prior = row; row = swap;
    }
    if (status == 0) status = emit_chunk(&out, "IEND", NULL, 0);
    compressor_free(c);
    free(c);
    free(rows);
    return out.stopped ? 2 : status;
}
