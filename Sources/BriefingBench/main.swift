import BriefingModel
import Figures
import Foundation

/// Benchmarks, to run on a release build:
///
///     swift build -c release --product briefing --product briefing-bench
///     .build/release/briefing-bench figures [MB] [runs]
///     .build/release/briefing-bench syntax [runs]
///     .build/release/briefing-bench png [runs]
///     .build/release/briefing-bench batch [N ...]
///     .build/release/briefing-bench scale [MB ...]
///     .build/release/briefing-bench build [runs] [spec]
///
/// `figures` times the recognizer alone on one core over a generated corpus
/// and prints the median MB/s. `batch` generates N specs with articles, runs
/// `briefing batch --force` on them and prints briefings per second and the
/// peak memory of the run.

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func benchmarkFigures(megabytes: Int, runs: Int) {
    // Synthetic deal articles, dense with figures (about one per 80 bytes).
    var generator = SyntheticArticles(seed: 42)
    var dense: [UInt8] = []
    let target = megabytes * 1_000_000
    while dense.count < target { dense.append(contentsOf: Array((generator.article() + "\n\n").utf8)) }
    timeRecognition(dense, label: "synthetic deal articles", runs: runs)
    // Real news pages as they come (the default briefing's two seeds, repeated).
    let seeds = (try? FileManager.default.contentsOfDirectory(atPath: "Pipeline/sources/kazakhstan-tungsten")) ?? []
    var news: [UInt8] = []
    let pages = seeds.sorted().compactMap { FileManager.default.contents(atPath: "Pipeline/sources/kazakhstan-tungsten/" + $0) }
    if !pages.isEmpty {
        while news.count < target { for page in pages { news.append(contentsOf: page); news.append(contentsOf: Array("\n\n".utf8)) } }
        timeRecognition(news, label: "the seed articles, repeated", runs: runs)
    }
}

func timeRecognition(_ corpus: [UInt8], label: String, runs: Int) {
    let recognizer = FigureRecognizer()
    var rates: [Double] = []
    var found = 0
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        found = recognizer.recognize(corpus).count
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        rates.append(Double(corpus.count) / 1e6 / seconds)
    }
    print("figures (\(label)): \(corpus.count) bytes, \(found) figures per run, \(runs) runs")
    print("figures (\(label)): median \(String(format: "%.1f", median(rates))) MB/s (min \(String(format: "%.1f", rates.min()!)), max \(String(format: "%.1f", rates.max()!))) on one core")
}

func benchmarkBatch(counts: [Int]) throws {
    let executable = briefingExecutable(for: "batch")
    print("N\tseconds\tbriefings/s\tpeak MB")
    for count in counts {
        let root = NSTemporaryDirectory() + "briefing-bench-\(count)-\(getpid())"
        try? FileManager.default.removeItem(atPath: root)
        try FileManager.default.createDirectory(atPath: root + "/specs/sources", withIntermediateDirectories: true)
        var generator = SyntheticArticles(seed: UInt64(count))
        for index in 0..<count {
            let name = String(format: "deal-%04d", index)
            try generator.article().write(toFile: root + "/specs/sources/\(name).txt", atomically: true, encoding: .utf8)
            try "name: \(name)\ntitle: Deal \(index)\nas_of: 2025-06-01\nsources:\n  - sources/\(name).txt\n"
                .write(toFile: root + "/specs/\(name).yml", atomically: true, encoding: .utf8)
        }
        let run = runMeasured([executable, "batch", root + "/specs", "--out", root + "/out", "--force", "--quiet"])
        print("\(count)\t\(String(format: "%.2f", run.seconds))\t\(String(format: "%.2f", Double(count) / run.seconds))\t\(String(format: "%.0f", run.peakMegabytes))")
        try? FileManager.default.removeItem(atPath: root)
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "figures":
    benchmarkFigures(megabytes: arguments.count > 1 ? Int(arguments[1]) ?? 20 : 20, runs: arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5)
case "syntax":
    try benchmarkSyntax(runs: arguments.count > 1 ? Int(arguments[1]) ?? 5 : 5)
case "claims":
    try benchmarkClaims(runs: arguments.count > 1 ? Int(arguments[1]) ?? 9 : 9)
case "png":
    try benchmarkPNG(runs: arguments.count > 1 ? Int(arguments[1]) ?? 5 : 5)
case "scale":
    let sizes = arguments.dropFirst().compactMap { Int($0) }
    try benchmarkScale(megabytes: sizes.isEmpty ? [1, 10, 50] : sizes)
case "build":
    try benchmarkBuild(runs: arguments.count > 1 ? Int(arguments[1]) ?? 21 : 21,
                       spec: arguments.count > 2 ? arguments[2] : "Pipeline/kazakhstan-tungsten.yml")
case "batch":
    let counts = arguments.dropFirst().compactMap { Int($0) }
    try benchmarkBatch(counts: counts.isEmpty ? [1, 10, 100, 1000] : counts)
default:
    print("usage: briefing-bench figures [MB] [runs] | syntax [runs] | claims [runs] | png [runs] | batch [N ...] | scale [MB ...] | build [runs] [spec]")
    exit(2)
}
