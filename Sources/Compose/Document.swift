import BriefingModel
import Charts
import Graphics

/// A laid-out briefing: pages of positioned items, ready for any surface.
public struct ComposedDocument: Sendable {
    public var pageSize: Size
    public var pages: [ComposedPage]
    public var title: String
    public var subject: String
    public var keywords: String
    /// ISO 8601 date-time for the PDF's dates (from the as-of date).
    public var date: String?
    /// Bookmarks: title, destination, level.
    public var outline: [(title: String, destination: String, level: Int)]
    /// The analysis and charts it was made from, for the other artifacts.
    public var charted: ChartedAnalysis
    /// The bottom line and key figures as the first page shows them, for the briefing's web page.
    public var bottomLine: [SummaryPoint] = []
    public var keyFigures: [KeyFigure] = []
}

public struct ComposedPage: Sendable {
    public var items: [PageItem]
}

/// One thing drawn on a page.
public enum PageItem: Sendable {
    case text(String, at: Point, style: TextStyle, width: Double?, markup: Bool)
    case fill(Path, Color)
    case stroke(Path, Color, width: Double)
    case chart(Chart, at: Point)
    case link(Rect, destination: String)
    case destination(String, at: Point)
    case beginTag(String)
    case endTag(String)
}

/// Draws a composed page on any canvas.
public func drawPage(_ page: ComposedPage, on canvas: Canvas) {
    for item in page.items {
        switch item {
        case .text(let text, let origin, let style, let width, let markup):
            canvas.text(text, at: origin, style: style, width: width, markup: markup)
        case .fill(let path, let color): canvas.fill(path, color)
        case .stroke(let path, let color, let width): canvas.stroke(path, color, width: width)
        case .chart(let chart, let origin):
            canvas.save()
            canvas.translate(origin.x, origin.y)
            drawChart(chart, on: canvas)
            canvas.restore()
        case .link(let rect, let destination): canvas.link(rect, to: destination)
        case .destination(let name, let point): canvas.destination(name, at: point)
        case .beginTag(let name): canvas.beginTag(name)
        case .endTag(let name): canvas.endTag(name)
        }
    }
}
