import BriefingModel
import Graphics

/// Fills pages top to bottom. Blocks are placed whole: a block that does not
/// fit on what is left of a page starts the next one, so paragraphs and table
/// rows are never split and headings are kept with what follows them.
struct PageFlow {
    let pageSize: Size
    let margin: (top: Double, bottom: Double, left: Double, right: Double) = (72, 64, 54, 54)
    let measurer: TextMeasuring
    private(set) var pages: [[PageItem]] = [[]]
    /// Bookmarks collected while laying out: title, destination, level.
    var outline: [(title: String, destination: String, level: Int)] = []
    private(set) var y: Double
    /// Called at the top of each new page (to repeat a table's header row).
    var onNewPage: ((inout PageFlow) -> Void)?

    init(pageSize: Size, measurer: TextMeasuring) {
        self.pageSize = pageSize
        self.measurer = measurer
        self.y = 72
    }

    var contentWidth: Double { pageSize.width - margin.left - margin.right }
    var left: Double { margin.left }
    var bottomLimit: Double { pageSize.height - margin.bottom }
    var remaining: Double { bottomLimit - y }
    var pageIndex: Int { pages.count - 1 }

    mutating func newPage() {
        pages.append([])
        y = margin.top
        if let hook = onNewPage {
            onNewPage = nil
            hook(&self)
            onNewPage = hook
        }
    }

    /// Starts a new page unless `height` (plus what must stay with it) fits.
    mutating func reserve(_ height: Double) {
        if height > remaining, y > margin.top + 0.5 { newPage() }
    }

    mutating func add(_ item: PageItem) { pages[pages.count - 1].append(item) }

    mutating func advance(_ height: Double) { y += height }

    func height(_ text: String, _ style: TextStyle, width: Double, markup: Bool = false) -> Double {
        measurer.measure(text, style: style, width: width, markup: markup).height
    }

    /// A section heading with a bookmark, kept on the same page as the
    /// first `firstBlockHeight` points of what follows it (all of it when
    /// that block cannot be split, as a chart cannot).
    mutating func section(_ title: String, id: String, firstBlockHeight: Double, style: TextStyle, keepWhole: Bool = false) {
        let headingHeight = height(title, style, width: contentWidth)
        reserve(headingHeight + 10 + (keepWhole ? firstBlockHeight : min(firstBlockHeight, 120)))
        if y > margin.top + 1 { advance(10) }
        add(.destination(id, at: Point(left, y)))
        outline.append((title, id, 0))
        text(title, style: style, tag: "H1", after: 6)
    }

    /// A block of text at the current position, wrapped to `width`.
    mutating func text(_ text: String, style: TextStyle, x: Double? = nil, width: Double? = nil, markup: Bool = false, tag: String? = "P", after: Double = 0) {
        let boxWidth = width ?? contentWidth
        let textHeight = height(text, style, width: boxWidth, markup: markup)
        reserve(textHeight)
        if let tag { add(.beginTag(tag)) }
        add(.text(text, at: Point(x ?? left, y), style: style, width: boxWidth, markup: markup))
        if let tag { add(.endTag(tag)) }
        advance(textHeight + after)
    }
}
