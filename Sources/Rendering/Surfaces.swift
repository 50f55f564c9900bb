import CPangoCairo
import CPNGWriter
import Graphics

/// Document-level PDF information.
public struct PDFInfo: Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: String
    public var creator: String
    /// ISO 8601 (`2025-11-06T00:00:00`): both creation and modification date,
    /// fixed so that the same inputs give the same bytes.
    public var date: String?
    /// Bookmarks: title, named destination, nesting level (0 = top).
    public var outline: [(title: String, destination: String, level: Int)]
    /// Page labels, one per page (`1`, `2`, ...).
    public var pageLabels: [String]

    public init(title: String, author: String, subject: String, keywords: String, creator: String, date: String?,
                outline: [(title: String, destination: String, level: Int)], pageLabels: [String]) {
        self.title = title; self.author = author; self.subject = subject; self.keywords = keywords
        self.creator = creator; self.date = date; self.outline = outline; self.pageLabels = pageLabels
    }
}

/// Collects the bytes Cairo streams out.
private final class ByteSink {
    var bytes: [UInt8] = []
}

private let appendToSink: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}

private let appendToPNGSink: briefing_png_sink = { closure, data, length in
    guard let closure, let data else { return 1 }
    Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: length))
    return 0
}

/// How one PNG is written: the deflate implementation and its level, the row
/// filter and (zlib only) the strategy.
public struct PNGSettings: Sendable, Equatable, CustomStringConvertible {
    public enum Encoder: String, Sendable, CaseIterable { case zlib, isal }
    public enum Filter: String, Sendable, CaseIterable { case none, sub, up, average, paeth, adaptive }
    public enum Strategy: String, Sendable, CaseIterable { case standard, filtered, rle }
    public var encoder: Encoder
    /// zlib 0-9, ISA-L 0-3.
    public var level: Int
    public var filter: Filter
    public var strategy: Strategy

    public init(encoder: Encoder = .zlib, level: Int, filter: Filter, strategy: Strategy = .standard) {
        self.encoder = encoder
        self.level = level
        self.filter = filter
        self.strategy = strategy
    }

    public var description: String {
        encoder == .isal ? "ISA-L level \(level), \(filter) filter" : "zlib level \(level), \(filter) filter, \(strategy) strategy"
    }

    var forWriter: briefing_png_settings {
        let filterCode = switch filter {
        case .none: BRIEFING_PNG_FILTER_NONE
        case .sub: BRIEFING_PNG_FILTER_SUB
        case .up: BRIEFING_PNG_FILTER_UP
        case .average: BRIEFING_PNG_FILTER_AVERAGE
        case .paeth: BRIEFING_PNG_FILTER_PAETH
        case .adaptive: BRIEFING_PNG_FILTER_ADAPTIVE
        }
        let strategyCode = switch strategy {
        case .standard: BRIEFING_PNG_STRATEGY_DEFAULT
        case .filtered: BRIEFING_PNG_STRATEGY_FILTERED
        case .rle: BRIEFING_PNG_STRATEGY_RLE
        }
        return briefing_png_settings(encoder: Int32((encoder == .isal ? BRIEFING_PNG_ISAL : BRIEFING_PNG_ZLIB).rawValue),
                                     level: Int32(level), filter: Int32(filterCode.rawValue), strategy: Int32(strategyCode.rawValue))
    }
}

/// How PNGs are compressed, by use. Settings chosen by measuring our own pages
/// and charts (`briefing-bench png`; the README has the numbers).
public enum PNGCompression: String, Sendable, CaseIterable {
    /// For nightly batches and CI: fast to write, files a little larger.
    case fast
    /// For a briefing to keep or print: the smallest files, slower to write.
    case small

    public var settings: PNGSettings {
        switch self {
        case .fast: PNGSettings(encoder: .isal, level: 2, filter: .up)
        case .small: PNGSettings(encoder: .zlib, level: 9, filter: .adaptive)
        }
    }
}

/// Renders drawings to PDF, PNG and SVG bytes in memory; writing them to
/// disk is the publish stage's job.
public enum Surfaces {
    /// A multi-page PDF: `drawPage(index, canvas)` is called for each page in order.
    public static func pdf(pageSize: Size, pageCount: Int, info: PDFInfo, drawPage: (Int, Canvas) -> Void) -> [UInt8] {
        let sink = ByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let surface = cairo_pdf_surface_create_for_stream(appendToSink, closure, pageSize.width, pageSize.height)!
        cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, info.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, info.author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, info.subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, info.keywords)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, info.creator)
        if let date = info.date {
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
        }
        var parents: [Int: Int32] = [-1: Int32(CAIRO_PDF_OUTLINE_ROOT)]
        for entry in info.outline {
            let parent = parents[entry.level - 1] ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let id = cairo_pdf_surface_add_outline(surface, parent, entry.title, "dest='\(entry.destination)'",
                                                   cairo_pdf_outline_flags_t(rawValue: 0))
            parents[entry.level] = id
        }
        let cr = cairo_create(surface)!
        let canvas = CairoCanvas(cr: cr, supportsTags: true)
        for page in 0..<pageCount {
            if page < info.pageLabels.count { cairo_pdf_surface_set_page_label(surface, info.pageLabels[page]) }
            cairo_save(cr)
            drawPage(page, canvas)
            cairo_restore(cr)
            cairo_show_page(cr)
        }
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        return sink.bytes
    }

    /// A PNG at `scale` pixels per point, on white.
    /// `settings` nil writes with Cairo's own writer (libpng's defaults, with
    /// alpha), kept to measure against.
    public static func png(size: Size, scale: Double, settings: PNGSettings? = PNGCompression.fast.settings, draw: (Canvas) -> Void) -> [UInt8] {
        let width = Int32((size.width * scale).rounded())
        let height = Int32((size.height * scale).rounded())
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height)!
        let cr = cairo_create(surface)!
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        draw(CairoCanvas(cr: cr, supportsTags: false))
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        defer { cairo_surface_destroy(surface) }
        let sink = ByteSink()
        let context = Unmanaged.passUnretained(sink).toOpaque()
        if let settings, let pixels = cairo_image_surface_get_data(surface),
           briefing_png_write_rgb24(pixels, width, height, cairo_image_surface_get_stride(surface), settings.forWriter,
                                    appendToPNGSink, context) == 0 {
            return sink.bytes
        }
        // Asked for, or our writer refused (out of memory, or settings out of range): Cairo's own writer.
        sink.bytes = []
        cairo_surface_write_to_png_stream(surface, appendToSink, context)
        return sink.bytes
    }

    /// An SVG document `size` points large.
    public static func svg(size: Size, draw: (Canvas) -> Void) -> [UInt8] {
        let sink = ByteSink()
        let surface = cairo_svg_surface_create_for_stream(appendToSink, Unmanaged.passUnretained(sink).toOpaque(), size.width, size.height)!
        cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1)
        let cr = cairo_create(surface)!
        draw(CairoCanvas(cr: cr, supportsTags: false))
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        return sink.bytes
    }
}
