import BriefingModel
@testable import Compose
import Graphics
import Rendering
import Testing

@Suite("Running header")
struct RunningHeaderTests {
    let style = TextStyle(font: Font(family: Theme.standard.sansFamily, size: Theme.standard.smallSize), color: Color(hex: "#555555"))

    @Test("a title too long for one line is cut at a word with an ellipsis; a short one is kept", arguments: [
        ("Department of Energy Restructures Lithium Americas Deal to Protect Taxpayers and Onshore Critical Minerals", true),
        ("President Donald Trump is making good on his promise to protect America's supply of rare earth minerals and magnets", true),
        ("US–Kazakhstan tungsten deal", false),
    ])
    func oneLineTitle(title: String, cut: Bool) {
        let measurer = TextMeasurer()
        let width = 340.0
        let shown = oneLine(title, width: width, style: style, measurer)
        #expect(measurer.measure(shown, style: style, width: nil, markup: false).width <= width, "\(shown)")
        #expect(shown.hasSuffix("…") == cut, "\(shown)")
        #expect(cut ? title.hasPrefix(String(shown.dropLast())) : shown == title)
    }
}
