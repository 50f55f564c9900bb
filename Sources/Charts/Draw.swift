import BriefingModel
import Foundation
import Graphics

/// Draws a chart with its title at the top and its source line and
/// description at the bottom, all inside `chart.size`.
public func drawChart(_ chart: Chart, on canvas: Canvas) {
    let theme = chart.theme
    let text = Color(hex: theme.text)
    let muted = Color(hex: theme.mutedText)
    let titleStyle = TextStyle(font: Font(family: theme.sansFamily, size: 11, weight: .bold), color: text)
    let footStyle = TextStyle(font: Font(family: theme.sansFamily, size: 7), color: muted)
    let descriptionStyle = TextStyle(font: Font(family: theme.sansFamily, size: 7, italic: true), color: muted)
    let width = chart.size.width

    canvas.text(chart.title, at: Point(0, 0), style: titleStyle, width: width)
    let titleHeight = canvas.measure(chart.title, style: titleStyle, width: width).height

    let sourceSize = canvas.measure(chart.sourceLine, style: footStyle, width: width)
    let descriptionSize = canvas.measure(chart.description, style: descriptionStyle, width: width)
    let footerTop = chart.size.height - sourceSize.height - descriptionSize.height - 2
    canvas.stroke(.line(Point(0, footerTop - 4), Point(width, footerTop - 4)), Color(hex: theme.rule), width: 0.5)
    canvas.text(chart.sourceLine, at: Point(0, footerTop), style: footStyle, width: width)
    canvas.text(chart.description, at: Point(0, footerTop + sourceSize.height + 2), style: descriptionStyle, width: width)

    let plot = Rect(0, titleHeight + 8, width, footerTop - 10 - (titleHeight + 8))
    switch chart.body {
    case .pie(let data): drawPie(data, in: plot, theme: theme, canvas: canvas)
    case .bars(let data): drawBars(data, in: plot, theme: theme, canvas: canvas)
    case .shares(let data): drawShares(data, in: plot, theme: theme, canvas: canvas)
    }
}

func labelStyle(_ theme: Theme, size: Double = 8, bold: Bool = false, color: Color? = nil) -> TextStyle {
    TextStyle(font: Font(family: theme.sansFamily, size: size, weight: bold ? .bold : .regular), color: color ?? Color(hex: theme.text))
}

/// The pie's label style, shared with layout tests.
public func pieLabelStyle(_ theme: Theme) -> TextStyle { labelStyle(theme, size: 8) }

private func drawPie(_ data: PieData, in plot: Rect, theme: Theme, canvas: Canvas) {
    var frame = plot
    if let warning = data.warning {
        let style = labelStyle(theme, size: 8, bold: true, color: Color(hex: "#D55E00"))
        canvas.text(warning, at: Point(plot.x, plot.y), style: style, width: plot.width)
        let height = canvas.measure(warning, style: style, width: plot.width).height + 4
        frame = Rect(plot.x, plot.y + height, plot.width, plot.height - height)
    }
    let layout = PieLayout.compute(data.slices, in: frame, labelStyle: pieLabelStyle(theme), measurer: canvas)
    for geometry in layout.slices {
        let path = Path.wedge(center: layout.center, radius: layout.radius, start: geometry.start, end: geometry.end)
        if geometry.slice.isRemainder {
            canvas.fill(path, Color(hex: "#FFFFFF"))
            canvas.hatch(path, Color(hex: theme.mutedText), spacing: 5)
        } else {
            canvas.fill(path, geometry.slice.color)
        }
        canvas.stroke(path, .white, width: 1.2)
    }
    for label in layout.labels {
        let slice = layout.slices[label.sliceIndex].slice
        if label.inside {
            let onDark = slice.color.luminance < 0.5 && !slice.isRemainder
            var style = pieLabelStyle(theme)
            style.color = onDark ? .white : Color(hex: theme.text)
            style.align = .center
            canvas.text(label.text, at: Point(label.rect.x, label.rect.y), style: style, width: label.rect.width)
        } else if layout.legend.isEmpty {
            canvas.stroke(.polyline(label.leader), Color(hex: theme.mutedText), width: 0.6)
            var style = pieLabelStyle(theme)
            style.align = label.rect.x > layout.center.x ? .left : .right
            canvas.text(label.text, at: Point(label.rect.x, label.rect.y), style: style, width: label.rect.width + 1)
        } else {
            let swatch = Rect(label.rect.x - 13, label.rect.y + 1, 9, 9)
            if slice.isRemainder {
                canvas.hatch(.rect(swatch), Color(hex: theme.mutedText), spacing: 3)
                canvas.stroke(.rect(swatch), Color(hex: theme.mutedText), width: 0.5)
            } else {
                canvas.fill(.rect(swatch), slice.color)
            }
            canvas.text(label.text, at: Point(label.rect.x, label.rect.y), style: pieLabelStyle(theme), width: label.rect.width + 1)
        }
    }
}

private func drawBars(_ data: BarData, in plot: Rect, theme: Theme, canvas: Canvas) {
    let labelWidth = 150.0
    let valueWidth = 70.0
    let axisHeight = 14.0
    let barArea = Rect(plot.x + labelWidth, plot.y, plot.width - labelWidth - valueWidth, plot.height - axisHeight)
    let maximum = data.bars.compactMap(\.value).max() ?? 1
    let ticks = niceTicks(maximum: maximum * 1.02)
    let scaleMax = ticks.last ?? maximum
    func x(_ value: Double) -> Double { barArea.x + value / scaleMax * barArea.width }

    let tickStyle = labelStyle(theme, size: 7, color: Color(hex: theme.mutedText))
    for tick in ticks {
        canvas.stroke(.line(Point(x(tick), barArea.y), Point(x(tick), barArea.maxY)), Color(hex: theme.rule).lightened(0.4), width: 0.5)
        let text = NumberFormat.money(tick, currency: data.currency, style: .chart)
        let size = canvas.measure(text, style: tickStyle)
        canvas.text(text, at: Point(x(tick) - size.width / 2, barArea.maxY + 3), style: tickStyle)
    }
    canvas.stroke(.line(Point(barArea.x, barArea.y), Point(barArea.x, barArea.maxY)), Color(hex: theme.mutedText), width: 0.8)

    let rowHeight = barArea.height / Double(max(data.bars.count, 1))
    let barHeight = min(20, rowHeight * 0.62)
    for (index, bar) in data.bars.enumerated() {
        let top = barArea.y + Double(index) * rowHeight + (rowHeight - barHeight) / 2
        let nameStyle = labelStyle(theme, size: 8, bold: true)
        let detailStyle = labelStyle(theme, size: 7, color: Color(hex: theme.mutedText))
        let nameHeight = canvas.measure(bar.label, style: nameStyle, width: labelWidth - 8).height
        let detailHeight = bar.detail.map { canvas.measure($0, style: detailStyle, width: labelWidth - 8).height } ?? 0
        let labelTop = top + barHeight / 2 - (nameHeight + detailHeight) / 2
        canvas.text(bar.label, at: Point(plot.x, labelTop), style: nameStyle, width: labelWidth - 8)
        if let detail = bar.detail {
            canvas.text(detail, at: Point(plot.x, labelTop + nameHeight), style: detailStyle, width: labelWidth - 8)
        }
        guard let value = bar.value, bar.extent != .undisclosed else {
            let style = TextStyle(font: Font(family: theme.sansFamily, size: 8, italic: true), color: Color(hex: theme.mutedText))
            let box = Rect(barArea.x + 1, top, 46, barHeight)
            canvas.stroke(.rect(box), Color(hex: theme.mutedText), width: 0.6, dash: [2, 2])
            canvas.text("amount not disclosed", at: Point(box.maxX + 6, top + barHeight / 2 - 5), style: style)
            continue
        }
        let end = x(value)
        let rect = Rect(barArea.x, top, max(end - barArea.x, 1), barHeight)
        switch bar.extent {
        case .ceiling:
            // A ceiling: pale fill, hatched, a solid cap line and an open-ended look.
            canvas.fill(.rect(rect), bar.color.lightened(0.65))
            canvas.hatch(.rect(rect), bar.color, spacing: 4)
            canvas.stroke(.rect(rect), bar.color, width: 0.8, dash: [3, 2])
            canvas.stroke(.line(Point(end, top - 3), Point(end, top + barHeight + 3)), bar.color, width: 2)
        case .floor:
            canvas.fill(.rect(rect), bar.color)
            // An arrow past the end: the true value may be larger.
            let mid = top + barHeight / 2
            canvas.stroke(.polyline([Point(end, mid), Point(end + 12, mid)]), bar.color, width: 1.2)
            canvas.fill(Path([.move(Point(end + 16, mid)), .line(Point(end + 10, mid - 4)), .line(Point(end + 10, mid + 4)), .close]), bar.color)
        case .approximate:
            canvas.fill(.rect(rect), bar.color)
            canvas.stroke(.line(Point(end, top - 2), Point(end, top + barHeight + 2)), Color(hex: theme.text), width: 0.6, dash: [1.5, 1.5])
        default:
            canvas.fill(.rect(rect), bar.color)
        }
        let valueStyle = labelStyle(theme, size: 8.5, bold: true)
        let valueSize = canvas.measure(bar.valueText, style: valueStyle)
        let valueX = end + (bar.extent == .floor ? 20 : 5)
        canvas.text(bar.valueText, at: Point(valueX, top + barHeight / 2 - valueSize.height / 2), style: valueStyle)
    }
}

private func drawShares(_ data: ShareData, in plot: Rect, theme: Theme, canvas: Canvas) {
    let labelWidth = 150.0
    let axisHeight = 14.0
    let area = Rect(plot.x + labelWidth, plot.y, plot.width - labelWidth - 8, plot.height - axisHeight)
    func x(_ percent: Double) -> Double { area.x + percent / 100 * area.width }
    let tickStyle = labelStyle(theme, size: 7, color: Color(hex: theme.mutedText))
    for tick in [0.0, 25, 50, 75, 100] {
        canvas.stroke(.line(Point(x(tick), area.y), Point(x(tick), area.maxY)), Color(hex: theme.rule).lightened(0.4), width: 0.5)
        let text = NumberFormat.percent(tick)
        let size = canvas.measure(text, style: tickStyle)
        canvas.text(text, at: Point(x(tick) - size.width / 2, area.maxY + 3), style: tickStyle)
    }
    let rowHeight = area.height / Double(max(data.rows.count, 1))
    let barHeight = min(22, rowHeight * 0.6)
    let grey = Color(hex: "#BBBBBB")
    for (index, row) in data.rows.enumerated() {
        let top = area.y + Double(index) * rowHeight + (rowHeight - barHeight) / 2
        let nameStyle = labelStyle(theme, size: 7.5)
        let nameHeight = canvas.measure(row.label, style: nameStyle, width: labelWidth - 8).height
        canvas.text(row.label, at: Point(plot.x, top + barHeight / 2 - nameHeight / 2), style: nameStyle, width: labelWidth - 8)
        let split = x(row.share)
        canvas.fill(.rect(Rect(area.x, top, split - area.x, barHeight)), row.color)
        canvas.fill(.rect(Rect(split, top, area.maxX - split, barHeight)), grey)
        switch row.qualifier {
        case .atLeast:
            // A floor: the actor's share may run into the hatched part.
            canvas.hatch(.rect(Rect(split, top, area.maxX - split, barHeight)), row.color, spacing: 4)
        case .atMost:
            canvas.hatch(.rect(Rect(area.x, top, split - area.x, barHeight)), .white, spacing: 4)
        case .approx, .range:
            canvas.stroke(.line(Point(split, top - 2), Point(split, top + barHeight + 2)), Color(hex: theme.text), width: 0.6, dash: [1.5, 1.5])
        case .exact:
            break
        }
        let inside = labelStyle(theme, size: 8, bold: true, color: row.color.luminance < 0.5 ? .white : Color(hex: theme.text))
        let actorText = "\(row.actor) \(row.shareText)"
        let actorSize = canvas.measure(actorText, style: inside)
        var restLeft = split
        if actorSize.width + 8 < split - area.x {
            canvas.text(actorText, at: Point(area.x + 4, top + barHeight / 2 - actorSize.height / 2), style: inside)
        } else {
            // A thin share: its label goes just past the bar's end, on the grey.
            let outside = labelStyle(theme, size: 8, bold: true)
            canvas.text(actorText, at: Point(split + 4, top + barHeight / 2 - actorSize.height / 2), style: outside)
            restLeft = split + 4 + actorSize.width + 8
        }
        let restStyle = labelStyle(theme, size: 7.5, color: Color(hex: theme.text))
        let restText = "Rest of world \(row.restText)"
        let restSize = canvas.measure(restText, style: restStyle)
        if restSize.width + 8 < area.maxX - restLeft {
            canvas.text(restText, at: Point(area.maxX - restSize.width - 4, top + barHeight / 2 - restSize.height / 2), style: restStyle)
        } else {
            canvas.text(row.restText, at: Point(area.maxX - canvas.measure(row.restText, style: restStyle).width - 2,
                                                top + barHeight + 1), style: restStyle)
        }
    }
}
