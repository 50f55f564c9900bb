import Foundation
import BriefingModel
import Charts
import Graphics

/// "S2" → "[2]", and its destination in the source list.
func marker(_ sourceID: String) -> String { "[\(sourceID.dropFirst())]" }
func sourceDestination(_ sourceID: String) -> String { "source-\(sourceID.dropFirst())" }

/// Source markers placed one by one so each is a link to its source entry.
/// Returns the height used.
@discardableResult
func placeMarkers(_ sources: [String], x: Double, y: Double, width: Double, flow: inout PageFlow, styles: Styles) -> Double {
    var cursorX = x
    var cursorY = y
    var lineHeight = 0.0
    for source in sources {
        let text = marker(source)
        let size = flow.measurer.measure(text, style: styles.marker, width: nil, markup: false)
        if cursorX + size.width > x + width, cursorX > x {
            cursorX = x
            cursorY += lineHeight
        }
        flow.add(.text(text, at: Point(cursorX, cursorY), style: styles.marker, width: nil, markup: false))
        flow.add(.link(Rect(cursorX, cursorY, size.width, size.height), destination: sourceDestination(source)))
        cursorX += size.width + 3
        lineHeight = max(lineHeight, size.height)
    }
    return cursorY + lineHeight - y
}

func addBottomLine(_ points: [SummaryPoint], flow: inout PageFlow, styles: Styles) {
    let padding = 10.0
    let markerWidth = 44.0
    let bulletIndent = 12.0
    let textWidth = flow.contentWidth - 2 * padding - markerWidth - bulletIndent
    let heading = "Bottom line"
    let headingHeight = flow.height(heading, styles.subheading, width: textWidth)
    let heights = points.map { flow.height($0.markup, styles.body, width: textWidth, markup: true) }
    let total = padding + headingHeight + 6 + heights.reduce(0) { $0 + $1 + 5 } + padding - 5
    flow.reserve(total)
    let top = flow.y
    flow.add(.fill(.rect(Rect(flow.left, top, flow.contentWidth, total)), styles.panel))
    flow.add(.fill(.rect(Rect(flow.left, top, 3, total)), styles.accent))
    flow.add(.destination("bottom-line", at: Point(flow.left, top)))
    flow.outline.append(("Bottom line", "bottom-line", 0))
    flow.add(.beginTag("H1"))
    flow.add(.text(heading, at: Point(flow.left + padding, top + padding), style: styles.subheading, width: textWidth, markup: false))
    flow.add(.endTag("H1"))
    var y = top + padding + headingHeight + 6
    for (point, height) in zip(points, heights) {
        flow.add(.text("•", at: Point(flow.left + padding, y), style: styles.body, width: nil, markup: false))
        flow.add(.beginTag("P"))
        flow.add(.text(point.markup, at: Point(flow.left + padding + bulletIndent, y), style: styles.body, width: textWidth, markup: true))
        flow.add(.endTag("P"))
        placeMarkers(point.sources, x: flow.left + flow.contentWidth - padding - markerWidth + 6, y: y + 1, width: markerWidth - 6, flow: &flow, styles: styles)
        y += height + 5
    }
    flow.advance(total + 14)
}

func addKeyFigures(_ figures: [KeyFigure], flow: inout PageFlow, styles: Styles) {
    let gap = 10.0
    let count = Double(figures.count)
    let boxWidth = (flow.contentWidth - gap * (count - 1)) / count
    let inner = boxWidth - 16
    let valueHeight = figures.map { flow.height($0.value, styles.figureValue, width: inner) }.max() ?? 0
    let labelHeight = figures.map { flow.height($0.label, styles.figureLabel, width: inner) }.max() ?? 0
    let markerHeight = 11.0
    let boxHeight = 8 + valueHeight + 2 + labelHeight + 4 + markerHeight + 6
    flow.reserve(boxHeight)
    let top = flow.y
    flow.add(.beginTag("Table"))
    for (index, figure) in figures.enumerated() {
        let x = flow.left + Double(index) * (boxWidth + gap)
        flow.add(.stroke(.rect(Rect(x, top, boxWidth, boxHeight)), styles.rule, width: 0.6))
        flow.add(.fill(.rect(Rect(x, top, boxWidth, 2.5)), styles.accent))
        flow.add(.text(figure.value, at: Point(x + 8, top + 8), style: styles.figureValue, width: inner, markup: false))
        flow.add(.text(figure.label, at: Point(x + 8, top + 10 + valueHeight), style: styles.figureLabel, width: inner, markup: false))
        placeMarkers(figure.sources, x: x + 8, y: top + 14 + valueHeight + labelHeight, width: inner, flow: &flow, styles: styles)
    }
    flow.add(.endTag("Table"))
    flow.advance(boxHeight + 8)
}

/// A table column: header text and width.
struct Column {
    var title: String
    var width: Double
}

/// Draws a table's header row at the current position.
func placeHeader(_ columns: [Column], flow: inout PageFlow, styles: Styles) {
    let height = columns.map { flow.height($0.title, styles.smallBold, width: $0.width - 6) }.max()! + 8
    flow.add(.fill(.rect(Rect(flow.left, flow.y, flow.contentWidth, height)), styles.panel))
    var x = flow.left
    for column in columns {
        flow.add(.text(column.title, at: Point(x + 3, flow.y + 4), style: styles.smallBold, width: column.width - 6, markup: false))
        x += column.width
    }
    flow.advance(height)
}

func addLedger(_ analysis: Analysis, flow: inout PageFlow, styles: Styles) {
    guard !analysis.claims.isEmpty else { return }
    let widths = [34.0, 74, 104, 0, 92, 46]
    let fixed = widths.reduce(0, +)
    let columns = [Column(title: "ID", width: widths[0]), Column(title: "Type", width: widths[1]),
                   Column(title: "Who", width: widths[2]), Column(title: "What", width: flow.contentWidth - fixed),
                   Column(title: "Value", width: widths[4]), Column(title: "Sources", width: widths[5])]
    // (The heading, its note, the column titles and a first row or two stay together: a heading
    // with only column titles under it at the foot of a page reads as an empty table.)
    flow.section("Claims ledger", id: "claims", firstBlockHeight: 130, style: styles.heading)
    flow.text("Every claim the sources make, with its value as stated, how exact the text is about it, and the sentence it rests on. "
              + "Context rows are figures about something other than this project.", style: styles.small, after: 6)
    flow.add(.beginTag("Table"))
    placeHeader(columns, flow: &flow, styles: styles)
    flow.onNewPage = { flow in
        flow.add(.beginTag("Table"))
        placeHeader(columns, flow: &flow, styles: styles)
    }
    for claim in analysis.claims.prefix(maximumLedgerRows) {
        var type = claim.type.rawValue.replacingUnderscores()
            + (claim.scope == "context" ? " (context)" : claim.scope == "part" ? " (part)" : claim.scope == "implausible" ? " (not used)"
                : claim.scope == "total" ? " (total)" : "")
        // "not", "may", options and offers are part of what the source says.
        if let modality = claim.modality { type += " (\(modalityLabel(modality)))" }
        let who = analysis.entity(claim.subject)?.name ?? "—"
        var what = claim.object ?? "—"
        if let instrument = claim.instrument { what += " · " + instrument }
        // A denied stake has no amount to disclose.
        // A claim left out as implausible is shown as the source wrote it.
        let written = claim.scope == "implausible" ? claim.figures.first.flatMap { analysis.figure($0)?.text } : nil
        // A holder named by its role ("the majority owner") shows the role.
        let role = claim.type == .ownership && claim.value == nil ? claim.instrument?.split(separator: " ").first.map(String.init) : nil
        let value = written ?? role ?? (claim.value == nil && claim.modality == "negated"
            ? "none" : NumberFormat.value(claim.value, unit: claim.unit, qualifier: claim.qualifier, low: claim.low, high: claim.high))
        let cells = [claim.id, type, who, what, value]
        let quote = "“" + claim.sentences[0] + "”" + (claim.sentences.count > 1 ? "  (+\(claim.sentences.count - 1) more)" : "")
            + (ledgerMark(claim, in: analysis).map { "  — " + $0 } ?? "")
        let quoteWidth = flow.contentWidth - columns[0].width - 6
        let cellHeight = zip(cells, columns).map { flow.height($0.0, styles.smallText, width: $0.1.width - 6) }.max()!
        let quoteHeight = flow.height(quote, styles.quote, width: quoteWidth)
        let rowHeight = 4 + cellHeight + 2 + quoteHeight + 5
        if rowHeight > flow.remaining { flow.add(.endTag("Table")) }
        flow.reserve(rowHeight)
        let top = flow.y
        var x = flow.left
        flow.add(.beginTag("TR"))
        for (cell, column) in zip(cells, columns) {
            let style = column.title == "Value" ? styles.smallBold : styles.smallText
            flow.add(.text(cell, at: Point(x + 3, top + 4), style: style, width: column.width - 6, markup: false))
            x += column.width
        }
        placeMarkers(claim.sources, x: x + 3, y: top + 4, width: columns[5].width - 6, flow: &flow, styles: styles)
        flow.add(.text(quote, at: Point(flow.left + columns[0].width + 3, top + 6 + cellHeight), style: styles.quote, width: quoteWidth, markup: false))
        flow.add(.endTag("TR"))
        flow.add(.stroke(.line(Point(flow.left, top + rowHeight), Point(flow.left + flow.contentWidth, top + rowHeight)), styles.rule, width: 0.4))
        flow.advance(rowHeight)
    }
    flow.onNewPage = nil
    flow.add(.endTag("Table"))
    flow.advance(6)
    if analysis.claims.count > maximumLedgerRows {
        flow.text("… and \(NumberFormat.grouped(Double(analysis.claims.count - maximumLedgerRows), decimals: 0)) more claims, not printed here: "
                  + "a ledger is read, not searched. Every claim is in facts.json.", style: styles.small, after: 6)
    }
}

/// The most claims the ledger prints, and the most conflicts and caveats:
/// beyond them a briefing runs to thousands of pages no one reads, and the
/// build to minutes. The rest are counted on the page and all are in facts.json.
let maximumLedgerRows = 300
let maximumCaveats = 200

func addMetrics(_ analysis: Analysis, flow: inout PageFlow, styles: Styles) {
    guard !analysis.metrics.isEmpty else { return }
    flow.section("Derived metrics", id: "metrics", firstBlockHeight: 50, style: styles.heading)
    let columns = [Column(title: "Metric", width: 120), Column(title: "Value", width: 80), Column(title: "From", width: 60),
                   Column(title: "How", width: flow.contentWidth - 260)]
    flow.add(.beginTag("Table"))
    placeHeader(columns, flow: &flow, styles: styles)
    for metric in analysis.metrics {
        var name = metric.name.replacingUnderscores()
        if metric.name == "rest_of_world_share", let actor = analysis.entity(metric.object) { name += " (outside \(actor.shortName))" }
        else if let object = metric.object { name += " (\(object))" }
        let cells = [name, NumberFormat.value(metric.value, unit: metric.unit, qualifier: metric.qualifier),
                     metric.inputs.joined(separator: ", "), metric.note]
        let height = zip(cells, columns).map { flow.height($0.0, styles.smallText, width: $0.1.width - 6) }.max()! + 8
        flow.reserve(height)
        var x = flow.left
        for (cell, column) in zip(cells, columns) {
            flow.add(.text(cell, at: Point(x + 3, flow.y + 4), style: column.title == "Value" ? styles.smallBold : styles.smallText,
                           width: column.width - 6, markup: false))
            x += column.width
        }
        flow.add(.stroke(.line(Point(flow.left, flow.y + height), Point(flow.left + flow.contentWidth, flow.y + height)), styles.rule, width: 0.4))
        flow.advance(height)
    }
    flow.add(.endTag("Table"))
    flow.advance(6)
}

func addConflicts(_ analysis: Analysis, flow: inout PageFlow, styles: Styles) {
    var items: [String] = analysis.failedChecks.map { "<b>Check failed:</b> " + markupEscaped($0.message) + "." }
    items += analysis.conflicts.map { conflict in
        let ids = conflict.claims.isEmpty ? "" : " <i>(claims " + conflict.claims.joined(separator: ", ") + ")</i>"
        return markupEscaped(conflict.note) + ids
    }
    for metric in analysis.metrics where metric.name == "ownership_total" && metric.value < 99.95 {
        items.append("Ownership of \(markupEscaped(theAsset(metric.object))) is stated for \(NumberFormat.percent(metric.value)) only; the rest is shown as “not stated”.")
    }
    let undisclosed = analysis.claims.filter { $0.type == .financing && $0.value == nil }
    for claim in undisclosed {
        // ("the United States’ support", not "States’s".)
        let name = analysis.entity(claim.subject)?.name ?? "A lender"
        let possessive = name.hasSuffix("s") ? name + "’" : name + "’s"
        let hedge = claim.modality == "possible" ? "possible " : ""
        items.append("\(markupEscaped(possessive)) \(hedge)\(markupEscaped(claim.instrument ?? "financing")) has no stated amount (claim \(claim.id)).")
    }
    if items.isEmpty { items.append("The sources do not contradict each other on any claim.") }
    if items.count > maximumCaveats {
        let hidden = items.count - maximumCaveats
        items = Array(items.prefix(maximumCaveats))
        items.append("… and \(NumberFormat.grouped(Double(hidden), decimals: 0)) more conflicts and caveats, listed in facts.json.")
    }
    addBulletSection("Conflicts and caveats", id: "conflicts", items: items, flow: &flow, styles: styles)
}

/// A section of bulleted paragraphs (Pango markup), each kept whole on a page.
func addBulletSection(_ title: String, id: String, items: [String], flow: inout PageFlow, styles: Styles) {
    let width = flow.contentWidth - 12
    flow.section(title, id: id, firstBlockHeight: flow.height(items[0], styles.body, width: width, markup: true), style: styles.heading)
    for item in items {
        let height = flow.height(item, styles.body, width: width, markup: true)
        flow.reserve(height)
        flow.add(.text("•", at: Point(flow.left, flow.y), style: styles.body, width: nil, markup: false))
        flow.add(.beginTag("P"))
        flow.add(.text(item, at: Point(flow.left + 12, flow.y), style: styles.body, width: width, markup: true))
        flow.add(.endTag("P"))
        flow.advance(height + 5)
    }
}

func addSources(_ analysis: Analysis, flow: inout PageFlow, styles: Styles) {
    flow.section("Sources", id: "sources", firstBlockHeight: 40, style: styles.heading)
    for source in analysis.corpus.sources {
        let title = "\(marker(source.id)) " + source.displayTitle
        var details: [String] = []
        details.append("Outlet: " + (source.outlet ?? "not stated on the page"))
        details.append("Date: " + (source.date.map(longDate) ?? "not stated"))
        details.append("By: " + (source.byline ?? "not stated"))
        let fileLine = "File: \(source.path) · \(NumberFormat.grouped(Double(source.byteCount), decimals: 0)) bytes, \(source.encoding) · sha256 \(source.sha256.prefix(16))…"
        let titleHeight = flow.height(title, styles.subheading, width: flow.contentWidth)
        let detailText = details.joined(separator: " · ")
        let detailHeight = flow.height(detailText, styles.small, width: flow.contentWidth)
        let fileHeight = flow.height(fileLine, styles.small, width: flow.contentWidth)
        flow.reserve(titleHeight + detailHeight + fileHeight + 8)
        flow.add(.destination(sourceDestination(source.id), at: Point(flow.left, flow.y)))
        flow.text(title, style: styles.subheading, tag: "P", after: 2)
        flow.text(detailText, style: styles.small, tag: "P", after: 1)
        flow.text(fileLine, style: styles.small, tag: "P", after: 8)
    }
}

extension String {
    func replacingUnderscores() -> String { replacingOccurrences(of: "_", with: " ") }
}

/// How the ledger names a claim the source does not state as plain fact.
func modalityLabel(_ modality: String) -> String {
    ["negated": "denied", "possible": "possible", "option": "option", "offered": "offered"][modality] ?? modality
}
