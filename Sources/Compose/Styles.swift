import BriefingModel
import Graphics

/// The document's text styles, from the theme.
struct Styles {
    let theme: Theme
    var text: Color { Color(hex: theme.text) }
    var muted: Color { Color(hex: theme.mutedText) }
    var accent: Color { Color(hex: theme.accent) }
    var rule: Color { Color(hex: theme.rule) }
    var panel: Color { Color(hex: theme.panel) }

    var title: TextStyle { TextStyle(font: Font(family: theme.sansFamily, size: theme.titleSize, weight: .bold), color: text, lineSpacing: 1) }
    var kicker: TextStyle { TextStyle(font: Font(family: theme.sansFamily, size: theme.smallSize, weight: .bold), color: accent) }
    var heading: TextStyle { TextStyle(font: Font(family: theme.sansFamily, size: theme.headingSize, weight: .bold), color: text) }
    var subheading: TextStyle { TextStyle(font: Font(family: theme.sansFamily, size: theme.bodySize, weight: .bold), color: text) }
    var body: TextStyle { TextStyle(font: Font(family: theme.serifFamily, size: theme.bodySize), color: text, align: .left, lineSpacing: 1.5) }
    var small: TextStyle { TextStyle(font: Font(family: theme.sansFamily, size: theme.smallSize), color: muted, lineSpacing: 0.5) }
    var smallText: TextStyle { TextStyle(font: Font(family: theme.sansFamily, size: theme.smallSize), color: text, lineSpacing: 0.5) }
    var smallBold: TextStyle { TextStyle(font: Font(family: theme.sansFamily, size: theme.smallSize, weight: .bold), color: text) }
    var quote: TextStyle { TextStyle(font: Font(family: theme.serifFamily, size: theme.smallSize, italic: true), color: muted, lineSpacing: 0.5) }
    var marker: TextStyle { TextStyle(font: Font(family: theme.sansFamily, size: theme.smallSize, weight: .bold), color: accent) }
    var figureValue: TextStyle { TextStyle(font: Font(family: theme.sansFamily, size: 17, weight: .bold), color: text) }
    var figureLabel: TextStyle { TextStyle(font: Font(family: theme.sansFamily, size: theme.smallSize), color: muted, lineSpacing: 0.5) }

    /// Every family the document uses, for the font check.
    var families: [String] { [theme.sansFamily, theme.serifFamily] }
}
