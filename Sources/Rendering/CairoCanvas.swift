import CPangoCairo
import Foundation
import Graphics

/// The canvas protocol drawn with Cairo; text through Pango.
public final class CairoCanvas: Canvas {
    let cr: OpaquePointer
    /// Links, destinations and structure tags only mean something in a PDF.
    let supportsTags: Bool

    init(cr: OpaquePointer, supportsTags: Bool) {
        self.cr = cr
        self.supportsTags = supportsTags
    }

    public func save() { cairo_save(cr) }
    public func restore() { cairo_restore(cr) }
    public func translate(_ dx: Double, _ dy: Double) { cairo_translate(cr, dx, dy) }

    private func setColor(_ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }

    private func trace(_ path: Path) {
        cairo_new_path(cr)
        for element in path.elements {
            switch element {
            case .move(let point): cairo_move_to(cr, point.x, point.y)
            case .line(let point): cairo_line_to(cr, point.x, point.y)
            case .arc(let center, let radius, let start, let end): cairo_arc(cr, center.x, center.y, radius, start, end)
            case .close: cairo_close_path(cr)
            }
        }
    }

    public func fill(_ path: Path, _ color: Color) {
        trace(path)
        setColor(color)
        cairo_fill(cr)
    }

    public func stroke(_ path: Path, _ color: Color, width: Double, dash: [Double]) {
        trace(path)
        setColor(color)
        cairo_set_line_width(cr, width)
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        if dash.isEmpty {
            cairo_set_dash(cr, nil, 0, 0)
        } else {
            dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        }
        cairo_stroke(cr)
        cairo_set_dash(cr, nil, 0, 0)
    }

    public func hatch(_ path: Path, _ color: Color, spacing: Double) {
        cairo_save(cr)
        trace(path)
        var x1 = 0.0, y1 = 0.0, x2 = 0.0, y2 = 0.0
        cairo_path_extents(cr, &x1, &y1, &x2, &y2)
        cairo_clip(cr)
        setColor(color)
        cairo_set_line_width(cr, 0.8)
        var offset = -(y2 - y1)
        while offset < (x2 - x1) {
            cairo_move_to(cr, x1 + offset, y2)
            cairo_line_to(cr, x1 + offset + (y2 - y1), y1)
            offset += spacing
        }
        cairo_stroke(cr)
        cairo_restore(cr)
    }

    public func measure(_ text: String, style: TextStyle, width: Double?, markup: Bool) -> Size {
        PangoText.measure(cr, text, style: style, width: width, markup: markup)
    }

    public func text(_ text: String, at origin: Point, style: TextStyle, width: Double?, markup: Bool) {
        let layout = PangoText.makeLayout(cr, text, style: style, width: width, markup: markup)
        defer { PangoText.free(layout) }
        setColor(style.color)
        cairo_move_to(cr, origin.x, origin.y)
        pango_cairo_show_layout(cr, layout)
    }

    public func link(_ rect: Rect, to destination: String) {
        guard supportsTags else { return }
        let attributes = "rect=[\(fixed(rect.x)) \(fixed(rect.y)) \(fixed(rect.width)) \(fixed(rect.height))] dest='\(destination)'"
        cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes)
        cairo_tag_end(cr, CAIRO_TAG_LINK)
    }

    public func destination(_ name: String, at point: Point) {
        guard supportsTags else { return }
        cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(name)' x=\(fixed(point.x)) y=\(fixed(point.y))")
        cairo_tag_end(cr, CAIRO_TAG_DEST)
    }

    public func beginTag(_ name: String) {
        guard supportsTags else { return }
        cairo_tag_begin(cr, name, "")
    }

    public func endTag(_ name: String) {
        guard supportsTags else { return }
        cairo_tag_end(cr, name)
    }

    /// Numbers for tag attributes: C-locale decimals with two places.
    private func fixed(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
