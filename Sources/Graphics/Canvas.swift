/// Measures laid-out text. Charts place labels and documents paginate with
/// it; the Cairo/Pango implementation lives in `Rendering`.
public protocol TextMeasuring {
    /// The size of `text` (Pango markup when `markup` is true) laid out in
    /// `style`, wrapped at `width` when given, else on one line.
    func measure(_ text: String, style: TextStyle, width: Double?, markup: Bool) -> Size
}

extension TextMeasuring {
    public func measure(_ text: String, style: TextStyle, width: Double? = nil) -> Size {
        measure(text, style: style, width: width, markup: false)
    }
}

/// The drawing surface charts and pages are drawn on. It knows nothing of
/// PDF, PNG or SVG: the output format is chosen when the briefing is published.
public protocol Canvas: TextMeasuring {
    func save()
    func restore()
    func translate(_ dx: Double, _ dy: Double)
    func fill(_ path: Path, _ color: Color)
    func stroke(_ path: Path, _ color: Color, width: Double, dash: [Double])
    /// Fills `path` with thin diagonal lines: the mark for uncertain extents.
    func hatch(_ path: Path, _ color: Color, spacing: Double)
    /// Draws text with its layout box's top-left corner at `origin`.
    func text(_ text: String, at origin: Point, style: TextStyle, width: Double?, markup: Bool)
    /// A clickable area that jumps to a named destination (PDF only).
    func link(_ rect: Rect, to destination: String)
    /// A named place links can jump to (PDF only).
    func destination(_ name: String, at point: Point)
    /// Structure tags for a tagged PDF (`H1`, `P`, `Figure`, `Table`...).
    func beginTag(_ name: String)
    func endTag(_ name: String)
}

extension Canvas {
    public func stroke(_ path: Path, _ color: Color, width: Double) { stroke(path, color, width: width, dash: []) }
    public func text(_ text: String, at origin: Point, style: TextStyle, width: Double? = nil) {
        self.text(text, at: origin, style: style, width: width, markup: false)
    }
    public func link(_ rect: Rect, to destination: String) {}
    public func destination(_ name: String, at point: Point) {}
    public func beginTag(_ name: String) {}
    public func endTag(_ name: String) {}
}

/// Escapes text for inclusion in Pango markup.
public func markupEscaped(_ text: String) -> String {
    var out = ""
    for character in text {
        switch character {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(character)
        }
    }
    return out
}
