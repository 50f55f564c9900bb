import BriefingModel
import BriefingPipeline
import Charts
import Compose
import Foundation
import Graphics
import Ingest
import Rendering

/// `briefing-bench png [runs]`: encodes the default briefing's pages (at 150
/// dpi) and charts with Cairo's own writer and with ours (zlib or ISA-L)
/// at several settings, and prints for each the median time for all of them and their
/// total size, so the defaults of `--png fast|small` rest on numbers.
func benchmarkPNG(runs: Int) throws {
    let spec = "Pipeline/kazakhstan-tungsten.yml"
    let corpus = try ingest(IngestRequest(input: .spec(path: spec)))
    FontSetup.configure(fontconfigPath: corpus.theme.fontconfigPath)
    let analysis = try analyzeArticles(.spec(path: spec))
    let document = compose(makeCharts(analysis), measurer: TextMeasurer())
    let scale = 150.0 / 72
    var drawings: [(size: Size, draw: (Canvas) -> Void)] = document.pages.map { page in
        (document.pageSize, { canvas in drawPage(page, on: canvas) })
    }
    for chart in document.charted.charts {
        drawings.append((Size(chart.size.width + 24, chart.size.height + 24), { canvas in
            canvas.translate(12, 12)
            drawChart(chart, on: canvas)
        }))
    }
    var candidates: [(String, PNGSettings?)] = [("cairo's writer (libpng defaults, RGBA)", nil)]
    let filters: [PNGSettings.Filter] = [.up, .sub, .paeth]
    for level in [1, 3, 6] {
        candidates += filters.map { ("", PNGSettings(level: level, filter: $0)) }
    }
    candidates += [("", PNGSettings(level: 3, filter: .up, strategy: .rle)), ("", PNGSettings(level: 3, filter: .up, strategy: .filtered)),
                   ("", PNGSettings(level: 6, filter: .adaptive)), ("", PNGSettings(level: 9, filter: .adaptive))]
    for level in 0...3 {
        candidates += filters.map { ("", PNGSettings(encoder: .isal, level: level, filter: $0)) }
    }
    print("\(document.pages.count) pages at 150 dpi and \(document.charted.charts.count) charts, median of \(runs) runs")
    print("ms\tbytes\tsettings")
    for (label, settings) in candidates {
        var times: [Double] = []
        var bytes = 0
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            bytes = drawings.reduce(0) { $0 + Surfaces.png(size: $1.size, scale: scale, settings: settings, draw: $1.draw).count }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        let name = settings.map { $0.description + (PNGCompression.allCases.first { $0.settings == settings }.map { " (--png \($0.rawValue))" } ?? "") } ?? label
        print("\(String(format: "%.0f", median(times)))\t\(bytes)\t\(name)")
    }
}
