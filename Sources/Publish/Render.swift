import BriefingModel
import Charts
import Compose
import Foundation
import Graphics
import Rendering

/// Every artifact of a briefing as bytes, keyed by its path inside the
/// briefing's folder. Rendering is pure; writing happens in `writeBriefing`.
/// With `parallel`, the PDF, the pages and the charts are rendered on all
/// cores (a one-off build); the list comes out in the same order, so the bytes
/// do not depend on it. Each job holds one surface and frees it when encoded.
public func renderArtifacts(_ document: ComposedDocument, dpi: Int, png compression: PNGCompression = .fast,
                            parallel: Bool = false) -> [(path: String, bytes: [UInt8])] {
    let jobs = renderJobs(document, dpi: dpi, settings: compression.settings)
    guard parallel, jobs.count > 1 else { return jobs.map { ($0.path, $0.render()) } }
    let results = RenderResults(count: jobs.count)
    DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
        results.store(jobs[index].render(), at: index)
    }
    return zip(jobs, results.all()).map { ($0.path, $1) }
}

/// One artifact to render: its path and the work that makes its bytes. The
/// work captures only immutable values (the document, a chart, settings) and
/// makes its own Cairo surface, so jobs may run on any thread.
private struct RenderJob: @unchecked Sendable {
    var path: String
    var render: () -> [UInt8]
}

/// Rendered bytes by job index, filled from several threads.
private final class RenderResults: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [[UInt8]]
    init(count: Int) { bytes = Array(repeating: [], count: count) }
    func store(_ value: [UInt8], at index: Int) {
        lock.lock()
        bytes[index] = value
        lock.unlock()
    }
    func all() -> [[UInt8]] {
        lock.lock()
        defer { lock.unlock() }
        return bytes
    }
}

private func renderJobs(_ document: ComposedDocument, dpi: Int, settings: PNGSettings) -> [RenderJob] {
    var jobs: [RenderJob] = []
    let info = PDFInfo(
        title: document.title, author: BriefingVersion.full, subject: document.subject, keywords: document.keywords,
        creator: BriefingVersion.full, date: document.date, outline: document.outline,
        pageLabels: document.pages.indices.map { String($0 + 1) })
    jobs.append(RenderJob(path: "briefing.pdf") {
        let pdf = Surfaces.pdf(pageSize: document.pageSize, pageCount: document.pages.count, info: info) { index, canvas in
            drawPage(document.pages[index], on: canvas)
        }
        return fixUpPDF(pdf, tagged: true)
    })
    let scale = Double(dpi) / 72
    for (index, page) in document.pages.enumerated() {
        jobs.append(RenderJob(path: "pages/page-\(index + 1).png") {
            Surfaces.png(size: document.pageSize, scale: scale, settings: settings) { canvas in drawPage(page, on: canvas) }
        })
    }
    // A small picture of page 1 for the batch's index.html.
    if let first = document.pages.first {
        jobs.append(RenderJob(path: "pages/thumbnail.png") {
            Surfaces.png(size: document.pageSize, scale: thumbnailDPI / 72, settings: settings) { canvas in drawPage(first, on: canvas) }
        })
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
        jobs.append(RenderJob(path: "charts/\(chart.id).pdf") {
            fixUpPDF(Surfaces.pdf(pageSize: size, pageCount: 1, info: chartInfo) { _, canvas in draw(canvas) }, tagged: false)
        })
        jobs.append(RenderJob(path: "charts/\(chart.id).png") { Surfaces.png(size: size, scale: scale, settings: settings, draw: draw) })
        jobs.append(RenderJob(path: "charts/\(chart.id).svg") { normalizeSVGIdentifiers(Surfaces.svg(size: size, draw: draw)) })
    }
    return jobs
}

/// The resolution of `pages/thumbnail.png`: about 300 pixels across an A4 page.
let thumbnailDPI = 36.0

/// Cairo numbers SVG element ids from a process-wide counter, so the same
/// chart drawn later in a run gets other ids. Renumbering them in order of
/// appearance makes the file depend only on the drawing. Two linear passes:
/// collect `id="…"`, then rewrite every `id="…"` and `#…` reference.
public func normalizeSVGIdentifiers(_ bytes: [UInt8]) -> [UInt8] {
    let idPrefix = Array("id=\"".utf8)
    // Tested at every byte of a file of hundreds of kilobytes: the first byte decides most.
    func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        guard bytes[index] == pattern[0], index + pattern.count <= bytes.count else { return false }
        for offset in 1..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }
    func token(from start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: ")") { end += 1 }
        return end
    }
    var renamed: [ArraySlice<UInt8>: [UInt8]] = [:]
    var index = 0
    while index < bytes.count {
        if matches(idPrefix, at: index) {
            let start = index + idPrefix.count
            let end = token(from: start)
            let old = bytes[start..<end]
            if renamed[old] == nil {
                let prefix = old.prefix { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
                renamed[old] = Array(prefix.isEmpty ? Array("id".utf8) : Array(prefix)) + Array("-n\(renamed.count + 1)".utf8)
            }
            index = end
        } else {
            index += 1
        }
    }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    index = 0
    var unchangedFrom = 0  // bytes copied as they are, in runs
    while index < bytes.count {
        var start: Int?
        if matches(idPrefix, at: index) {
            start = index + idPrefix.count
        } else if bytes[index] == UInt8(ascii: "#") {
            start = index + 1
        }
        guard let start else {
            index += 1
            continue
        }
        output.append(contentsOf: bytes[unchangedFrom..<start])
        let end = token(from: start)
        if end < bytes.count, let new = renamed[bytes[start..<end]] {
            output.append(contentsOf: new)
        } else {
            output.append(contentsOf: bytes[start..<end])
        }
        index = end
        unchangedFrom = end
    }
    output.append(contentsOf: bytes[unchangedFrom...])
    return output
}
