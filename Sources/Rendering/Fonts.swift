import CPangoCairo
import Foundation
import Graphics

/// Pins fonts and number formatting so output does not depend on the machine:
/// fontconfig reads the project's own `assets/fonts.conf`, and numbers in PDF
/// attributes are written with a C locale.
public enum FontSetup {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var configuredPath: String??

    /// Must run before the first text is laid out in the process: fontconfig
    /// reads its configuration once. Batches call it from several threads;
    /// only the first call changes the environment (setenv is not thread-safe).
    public static func configure(fontconfigPath: String?) {
        lock.lock()
        defer { lock.unlock() }
        guard configuredPath == nil else { return }
        configuredPath = .some(fontconfigPath)
        if let fontconfigPath {
            setenv("FONTCONFIG_FILE", fontconfigPath, 1)
        }
        setlocale(LC_NUMERIC, "C")
    }

    /// The family Pango really uses for `family`, after fontconfig's matching.
    public static func resolvedFamily(_ family: String) -> String? {
        guard let fontMap = pango_cairo_font_map_get_default() else { return nil }
        let context = pango_font_map_create_context(fontMap)
        defer { g_object_unref(UnsafeMutableRawPointer(context)) }
        let description = pango_font_description_from_string(family + " 10")
        defer { pango_font_description_free(description) }
        guard let font = pango_font_map_load_font(fontMap, context, description) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        let resolved = pango_font_describe(font)
        defer { pango_font_description_free(resolved) }
        guard let name = pango_font_description_get_family(resolved) else { return nil }
        return String(cString: name)
    }

    /// Fails when fontconfig would substitute another font for one we chose,
    /// naming the family and what it would get instead.
    public static func verify(families: [String]) throws {
        for family in Set(families).sorted() {
            let resolved = resolvedFamily(family)
            if resolved?.lowercased() != family.lowercased() {
                throw FontError(message: "font family `\(family)` is not available (fontconfig would use `\(resolved ?? "nothing")`); install it or change assets/theme.yml")
            }
        }
    }
}

public struct FontError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
