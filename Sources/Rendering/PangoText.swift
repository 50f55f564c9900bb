import CPangoCairo
import Graphics

/// Pango layouts made the same way on every surface: hint metrics off, no
/// hinting, 72 dpi, so a paragraph measures the same on a PNG and in a PDF.
enum PangoText {
    static func makeLayout(_ cr: OpaquePointer, _ text: String, style: TextStyle, width: Double?, markup: Bool) -> OpaquePointer {
        let layout = pango_cairo_create_layout(cr)!
        let context = pango_layout_get_context(layout)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_cairo_context_set_resolution(context, 72)
        pango_layout_context_changed(layout)

        let description = pango_font_description_from_string(style.font.pangoDescription)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        if let width {
            pango_layout_set_width(layout, Int32((width * Double(PANGO_SCALE)).rounded()))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        switch style.align {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        case .justify:
            pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            pango_layout_set_justify(layout, 1)
        }
        if style.lineSpacing != 0 {
            pango_layout_set_spacing(layout, Int32(style.lineSpacing * Double(PANGO_SCALE)))
        }
        if markup {
            pango_layout_set_markup(layout, text, -1)
        } else {
            pango_layout_set_text(layout, text, -1)
        }
        return layout
    }

    /// The size `text` takes when laid out on `cr` (one layout, freed at once).
    static func measure(_ cr: OpaquePointer, _ text: String, style: TextStyle, width: Double?, markup: Bool) -> Size {
        let layout = makeLayout(cr, text, style: style, width: width, markup: markup)
        defer { free(layout) }
        return size(of: layout)
    }

    static func size(of layout: OpaquePointer) -> Size {
        var width: Int32 = 0
        var height: Int32 = 0
        pango_layout_get_size(layout, &width, &height)
        return Size(Double(width) / Double(PANGO_SCALE), Double(height) / Double(PANGO_SCALE))
    }

    static func free(_ layout: OpaquePointer) {
        g_object_unref(UnsafeMutableRawPointer(layout))
    }
}

/// Measures text on a tiny image surface; the numbers match every other
/// surface because the font options are pinned.
public final class TextMeasurer: TextMeasuring {
    private let surface: OpaquePointer
    private let cr: OpaquePointer

    public init() {
        surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 4, 4)
        cr = cairo_create(surface)
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    public func measure(_ text: String, style: TextStyle, width: Double?, markup: Bool) -> Size {
        PangoText.measure(cr, text, style: style, width: width, markup: markup)
    }
}
