import BriefingModel
import Charts
import Graphics

/// Stage 6a: lays the briefing out in pages: title block, bottom line, key
/// figures, charts, the claims ledger, derived metrics, conflicts and the
/// source list, with running header and footer.
public func compose(_ charted: ChartedAnalysis, measurer: TextMeasuring) -> ComposedDocument {
    let analysis = charted.analysis
    let spec = analysis.corpus.spec
    let styles = Styles(theme: analysis.corpus.theme)
    var flow = PageFlow(pageSize: Size(spec.page.width, spec.page.height), measurer: measurer)
    // Title block.
    let kicker = "BRIEFING" + (spec.asOf.map { " · AS OF \(longDate($0).uppercased())" } ?? "")
    flow.text(kicker, style: styles.kicker, tag: "P", after: 4)
    flow.add(.destination("top", at: Point(flow.left, flow.y)))
    flow.text(spec.title, style: styles.title, tag: "H1", after: 6)
    let scope = "Built from \(analysis.corpus.sources.count) source\(analysis.corpus.sources.count == 1 ? "" : "s"): "
        + "\(analysis.figures.count) figures, \(analysis.claims.count) claims, \(analysis.conflicts.count) conflict\(analysis.conflicts.count == 1 ? "" : "s")"
        + (analysis.failedChecks.isEmpty ? ". " : ", \(analysis.failedChecks.count) failed check\(analysis.failedChecks.count == 1 ? "" : "s"). ")
        + "Every number below is traced to a sentence of a source; markers such as [1] link to the source list."
    flow.text(scope, style: styles.small, after: 12)

    // Bottom line.
    let points = bottomLine(analysis)
    if !points.isEmpty {
        addBottomLine(points, flow: &flow, styles: styles)
    }

    addChanges(analysis, flow: &flow, styles: styles)

    // Key figures.
    let figures = keyFigures(analysis)
    if !figures.isEmpty {
        flow.section("Key figures", id: "key-figures", firstBlockHeight: 60, style: styles.heading)
        addKeyFigures(figures, flow: &flow, styles: styles)
    }

    // Charts.
    if !charted.charts.isEmpty {
        let firstCaption = flow.height("Figure 1. \(charted.charts[0].caption)", styles.small, width: flow.contentWidth)
        flow.section("Charts", id: "charts", firstBlockHeight: charted.charts[0].size.height + firstCaption + 14, style: styles.heading,
                     keepWhole: true)
        for (index, chart) in charted.charts.enumerated() {
            let captionText = "Figure \(index + 1). \(chart.caption)"
            let captionHeight = flow.height(captionText, styles.small, width: flow.contentWidth)
            flow.reserve(chart.size.height + captionHeight + 14)
            let destination = "figure-\(index + 1)"
            flow.add(.destination(destination, at: Point(flow.left, flow.y)))
            flow.outline.append(("Figure \(index + 1): \(chart.title)", destination, 1))
            flow.add(.beginTag("Figure"))
            let x = flow.left + (flow.contentWidth - chart.size.width) / 2
            flow.add(.chart(chart, at: Point(x, flow.y)))
            flow.advance(chart.size.height + 4)
            flow.add(.endTag("Figure"))
            flow.text(captionText, style: styles.small, x: x, width: chart.size.width, tag: "Caption", after: 16)
        }
    }

    addLedger(analysis, flow: &flow, styles: styles)
    addMetrics(analysis, flow: &flow, styles: styles)
    addConflicts(analysis, flow: &flow, styles: styles)
    addSources(analysis, flow: &flow, styles: styles)

    let pages = finishPages(flow, spec: spec, styles: styles)
    let keywords = (["briefing"] + analysis.entities.filter { [.organization, .country, .government].contains($0.kind) }.prefix(6).map(\.name))
        .joined(separator: ", ")
    return ComposedDocument(
        pageSize: flow.pageSize, pages: pages, title: spec.title,
        subject: "Analyst briefing" + (spec.asOf.map { " as of \(longDate($0))" } ?? "") + ", from \(analysis.corpus.sources.count) sources",
        keywords: keywords, date: spec.asOf.map { $0 + "T00:00:00Z" }, outline: flow.outline, charted: charted,
        bottomLine: points, keyFigures: figures)
}

/// The title cut at a word, with an ellipsis, to fit one line of the running header: a second
/// line would run through the header's rule.
func oneLine(_ title: String, width: Double, style: TextStyle, _ measurer: TextMeasuring) -> String {
    guard measurer.measure(title, style: style, width: nil, markup: false).width > width else { return title }
    var words = title.split(separator: " ").map(String.init)
    while words.count > 1 {
        words.removeLast()
        let shortened = words.joined(separator: " ") + "…"
        if measurer.measure(shortened, style: style, width: nil, markup: false).width <= width { return shortened }
    }
    return (words.first ?? "") + "…"
}

/// Adds the running header and the "page n of N" footer once the page count is known.
private func finishPages(_ flow: PageFlow, spec: BriefingSpec, styles: Styles) -> [ComposedPage] {
    let total = flow.pages.count
    return flow.pages.enumerated().map { index, items in
        var page = items
        let left = flow.margin.left
        let right = flow.pageSize.width - flow.margin.right
        let width = right - left
        if index > 0 {
            page.append(.text(oneLine(spec.title, width: width * 0.7, style: styles.small, flow.measurer), at: Point(left, 40),
                              style: styles.small, width: width * 0.7, markup: false))
            page.append(.stroke(.line(Point(left, 54), Point(right, 54)), styles.rule, width: 0.5))
        }
        let footerY = flow.pageSize.height - 40
        page.append(.stroke(.line(Point(left, footerY - 6), Point(right, footerY - 6)), styles.rule, width: 0.5))
        let generator = "\(BriefingVersion.full)" + (spec.asOf.map { " · as of \(longDate($0))" } ?? "")
        page.append(.text(generator, at: Point(left, footerY), style: styles.small, width: width / 2, markup: false))
        var pageStyle = styles.small
        pageStyle.align = .right
        page.append(.text("page \(index + 1) of \(total)", at: Point(left + width / 2, footerY), style: pageStyle, width: width / 2, markup: false))
        return ComposedPage(items: page)
    }
}
