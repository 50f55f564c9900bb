/// An sRGB colour with alpha, each channel 0...1.
public struct Color: Sendable, Equatable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
    }

    /// `#RRGGBB`; anything else gives black (themes are validated at ingest).
    public init(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        let value = UInt32(digits, radix: 16) ?? 0
        self.init(red: Double((value >> 16) & 0xFF) / 255, green: Double((value >> 8) & 0xFF) / 255,
                  blue: Double(value & 0xFF) / 255)
    }

    /// Mixed with white: `amount` 0 keeps the colour, 1 gives white.
    public func lightened(_ amount: Double) -> Color {
        Color(red: red + (1 - red) * amount, green: green + (1 - green) * amount, blue: blue + (1 - blue) * amount, alpha: alpha)
    }

    /// Relative luminance, to pick a readable text colour on top.
    public var luminance: Double { 0.2126 * red + 0.7152 * green + 0.0722 * blue }

    public static let black = Color(red: 0, green: 0, blue: 0)
    public static let white = Color(red: 1, green: 1, blue: 1)
}

public enum FontWeight: Sendable, Equatable { case regular, bold }

public struct Font: Sendable, Equatable {
    public var family: String
    public var size: Double
    public var weight: FontWeight
    public var italic: Bool

    public init(family: String, size: Double, weight: FontWeight = .regular, italic: Bool = false) {
        self.family = family; self.size = size; self.weight = weight; self.italic = italic
    }

    public func with(size: Double) -> Font { Font(family: family, size: size, weight: weight, italic: italic) }
    public var bold: Font { Font(family: family, size: size, weight: .bold, italic: italic) }
    public var oblique: Font { Font(family: family, size: size, weight: weight, italic: true) }

    /// Pango's font description string, e.g. `DejaVu Sans Bold Italic 9.5`.
    public var pangoDescription: String {
        var parts = [family]
        if weight == .bold { parts.append("Bold") }
        if italic { parts.append("Italic") }
        parts.append(JSONNumberText.plain(size))
        return parts.joined(separator: " ")
    }
}

public enum TextAlign: Sendable, Equatable { case left, center, right, justify }

/// A run of text to lay out: Pango markup or plain text, in a font, wrapped
/// to `width` when one is given.
public struct TextStyle: Sendable, Equatable {
    public var font: Font
    public var color: Color
    public var align: TextAlign
    /// Extra space between lines, in points.
    public var lineSpacing: Double

    public init(font: Font, color: Color, align: TextAlign = .left, lineSpacing: Double = 0) {
        self.font = font; self.color = color; self.align = align; self.lineSpacing = lineSpacing
    }
}

enum JSONNumberText {
    static func plain(_ value: Double) -> String {
        // (Beyond 2^53 a Double has no fraction to show, and Int would trap past 2^63.)
        value == value.rounded() && abs(value) < 9e15 ? String(Int(value)) : String(value)
    }
}
