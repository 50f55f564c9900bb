import BriefingModel
import Charts
import Compose
import Foundation
import Graphics
import Rendering

/// Every artifact of a briefing as bytes, keyed by its path inside the
/// briefing's folder. Rendering is pure; writing happens in `writeBriefing`.
public func renderArtifacts(_ document: ComposedDocument, dpi: Int) -> [(path: String, bytes: [UInt8])] {
    var artifacts: [(path: String, bytes: [UInt8])] = []
    let info = PDFInfo(
        title: document.title, author: BriefingVersion.full, subject: document.subject, keywords: document.keywords,
        creator: BriefingVersion.full, date: document.date, outline: document.outline,
        pageLabels: document.pages.indices.map { String($0 + 1) })
    let pdf = Surfaces.pdf(pageSize: document.pageSize, pageCount: document.pages.count, info: info) { index, canvas in
        drawPage(document.pages[index], on: canvas)
    }
    artifacts.append(("briefing.pdf", pdf))
    let scale = Double(dpi) / 72
    for (index, page) in document.pages.enumerated() {
        let png = Surfaces.png(size: document.pageSize, scale: scale) { canvas in drawPage(page, on: canvas) }
        artifacts.append(("pages/page-\(index + 1).png", png))
    }
    for chart in document.charted.charts {
        let margin = 12.0
        let size = Size(chart.size.width + 2 * margin, chart.size.height + 2 * margin)
        let draw: (Canvas) -> Void = { canvas in
            canvas.translate(margin, margin)
            drawChart(chart, on: canvas)
        }
        let chartInfo = PDFInfo(title: chart.title, author: BriefingVersion.full, subject: chart.description, keywords: "chart",
                                creator: BriefingVersion.full, date: document.date, outline: [], pageLabels: [])
        artifacts.append(("charts/\(chart.id).pdf", Surfaces.pdf(pageSize: size, pageCount: 1, info: chartInfo) { _, canvas in draw(canvas) }))
        artifacts.append(("charts/\(chart.id).png", Surfaces.png(size: size, scale: scale, draw: draw)))
        artifacts.append(("charts/\(chart.id).svg", normalizeSVGIdentifiers(Surfaces.svg(size: size, draw: draw))))
    }
    return artifacts
}

/// Cairo numbers SVG element ids from a process-wide counter, so the same
/// chart drawn later in a run gets other ids. Renumbering them in order of
/// appearance makes the file depend only on the drawing.
public func normalizeSVGIdentifiers(_ bytes: [UInt8]) -> [UInt8] {
    var text = String(decoding: bytes, as: UTF8.self)
    guard let pattern = try? NSRegularExpression(pattern: "id=\"([^\"]+)\"") else { return bytes }
    let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
    var renames: [(String, String)] = []
    var seen = Set<String>()
    for match in matches {
        guard let range = Range(match.range(at: 1), in: text) else { continue }
        let old = String(text[range])
        if seen.insert(old).inserted {
            let prefix = old.prefix { $0.isLetter }
            renames.append((old, "\(prefix.isEmpty ? "id" : String(prefix))-n\(renames.count + 1)"))
        }
    }
    // Longest first so "glyph0-1" is not rewritten inside "glyph0-10".
    for (old, new) in renames.sorted(by: { $0.0.count > $1.0.count }) {
        text = text.replacingOccurrences(of: "id=\"\(old)\"", with: "id=\"\(new)\"")
        text = text.replacingOccurrences(of: "#\(old)\"", with: "#\(new)\"")
        text = text.replacingOccurrences(of: "#\(old))", with: "#\(new))")
    }
    return Array(text.utf8)
}
