/// Colours, fonts and sizes from `assets/theme.yml`.
public struct Theme: Sendable, Equatable {
    /// Entity colours, assigned in order of first appearance (hex `#RRGGBB`).
    public var palette: [String]
    public var text: String
    public var mutedText: String
    public var rule: String
    public var accent: String
    public var background: String
    public var panel: String
    public var sansFamily: String
    public var serifFamily: String
    public var monoFamily: String
    public var bodySize: Double
    public var smallSize: Double
    public var titleSize: Double
    public var headingSize: Double
    /// Path of the fontconfig file that pins our fonts.
    public var fontconfigPath: String?

    public init(palette: [String], text: String, mutedText: String, rule: String, accent: String,
                background: String, panel: String, sansFamily: String, serifFamily: String, monoFamily: String,
                bodySize: Double, smallSize: Double, titleSize: Double, headingSize: Double, fontconfigPath: String?) {
        self.palette = palette
        self.text = text
        self.mutedText = mutedText
        self.rule = rule
        self.accent = accent
        self.background = background
        self.panel = panel
        self.sansFamily = sansFamily
        self.serifFamily = serifFamily
        self.monoFamily = monoFamily
        self.bodySize = bodySize
        self.smallSize = smallSize
        self.titleSize = titleSize
        self.headingSize = headingSize
        self.fontconfigPath = fontconfigPath
    }

    /// Okabe-Ito, the colour-blind-safe palette, with neutral greys; used when
    /// no theme file is given.
    public static let standard = Theme(
        palette: ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"],
        text: "#1A1A1A", mutedText: "#5C5C5C", rule: "#C8C8C8", accent: "#0072B2",
        background: "#FFFFFF", panel: "#F2F4F7",
        sansFamily: "DejaVu Sans", serifFamily: "DejaVu Serif", monoFamily: "DejaVu Sans Mono",
        bodySize: 9.5, smallSize: 7.5, titleSize: 20, headingSize: 13, fontconfigPath: nil)
}
