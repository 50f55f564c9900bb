import BriefingModel
import Figures
import Foundation
import Ingest
import Metrics
import Syntax

/// `briefing-bench claims [runs]`: the claim stage (Metrics: frames, roles, entities, merging,
/// checks) on articles already ingested, normalized and parsed, in milliseconds per article;
/// medians of `runs` runs. The articles are the seed articles and the test fixtures, each on its
/// own; their size is printed so the 5 KB goal can be read off.
func benchmarkClaims(runs: Int) throws {
    var files: [String] = []
    for folder in ["Pipeline/sources/kazakhstan-tungsten", "Tests/Fixtures/articles"] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
        files += names.map { folder + "/" + $0 }
    }
    guard !files.isEmpty else {
        print("claims: no articles found (run from the repository root)")
        exit(2)
    }
    print("file\tbytes\tsyntax ms\tclaims ms (median of \(runs))")
    var perKilobyte: [Double] = []
    for file in files {
        let corpus = try ingest(IngestRequest(input: .files([file], name: "bench", title: nil), assetsDirectory: "assets"))
        let model = try corpus.syntaxModelPath.map { try SyntaxModel.shared(path: $0) }
        let figured = normalizeFigures(corpus)
        var syntaxTimes: [Double] = []
        var claimTimes: [Double] = []
        var checksum = 0
        for _ in 0..<runs {
            var start = DispatchTime.now().uptimeNanoseconds
            let parsed = readSyntax(figured, model: model)
            syntaxTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            start = DispatchTime.now().uptimeNanoseconds
            let analysis = computeMetrics(parsed)
            claimTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            checksum &+= analysis.claims.count
        }
        let bytes = corpus.sources[0].byteCount
        perKilobyte.append(median(claimTimes) / (Double(bytes) / 5000))
        print("\(URL(fileURLWithPath: file).lastPathComponent)\t\(bytes)\t\(String(format: "%.2f", median(syntaxTimes)))\t\(String(format: "%.2f", median(claimTimes)))\t(\(checksum / runs) claims)")
    }
    print("claims: median over articles, scaled to 5 KB: \(String(format: "%.2f", median(perKilobyte))) ms (goal: under 20 ms)")
}
