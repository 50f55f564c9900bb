import Foundation

/// `briefing-bench scale [MB ...]`: builds one briefing from a single generated
/// article of each size and kind, with the source limit raised to let it in,
/// and prints wall time and peak memory, per megabyte too, so that growth in
/// the input's size is measured rather than assumed. Three kinds, because each
/// stresses a different part: news prose (parsing and claims), short lines
/// dense with figures (figures, claims and facts.json), and a list of many
/// distinct company names (entities).
func benchmarkScale(megabytes sizes: [Int]) throws {
    let executable = briefingExecutable(for: "scale")
    print("kind\tMB\tseconds\tpeak MB\ts/MB\tpeak MB/MB\texit")
    for kind in ScaleArticleKind.allCases {
        for size in sizes {
            let root = NSTemporaryDirectory() + "briefing-scale-\(getpid())"
            try? FileManager.default.removeItem(atPath: root)
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: root) }
            let article = root + "/article.txt"
            try Data(scaleArticle(kind, bytes: size * 1_000_000).utf8).write(to: URL(fileURLWithPath: article))
            let run = runMeasured([executable, "build", article, "--name", "scale", "--out", root + "/out", "--quiet"],
                                  extraEnvironment: ["BRIEFING_MAX_TEXT_MB": String(size + 1), "BRIEFING_MAX_FIGURES": "100000000"])
            let perMB = Double(max(size, 1))
            print([kind.rawValue, String(size), String(format: "%.1f", run.seconds), String(format: "%.0f", run.peakMegabytes),
                   String(format: "%.2f", run.seconds / perMB), String(format: "%.0f", run.peakMegabytes / perMB),
                   String(run.exitStatus)].joined(separator: "\t"))
        }
    }
}

enum ScaleArticleKind: String, CaseIterable {
    case prose, lines, names
}

/// One article of about `bytes` bytes of the given kind, the same on every run.
func scaleArticle(_ kind: ScaleArticleKind, bytes: Int) -> String {
    var text = "A generated article for the scale benchmark\n\n"
    text.reserveCapacity(bytes + 4096)
    var generator = SyntheticArticles(seed: 7)
    var line = 0
    while text.utf8.count < bytes {
        switch kind {
        case .prose:
            // News paragraphs of deal prose, a figure every eighty bytes or so.
            let stake = 51 + line % 40
            text += "Acme Mining said it would form a joint venture with Beta Resources to develop a tungsten project. "
                + "Under the agreement, Acme Mining will own \(stake)% of the venture and Beta Resources will hold the remaining \(100 - stake)%. "
                + "The project is expected to cost about $\(300 + line % 37 * 100) million, and the Export Bank has issued "
                + "a letter of interest for up to $\(100 + line % 3 * 100) million.\n\n"
                + "Production is expected to begin within three years. China accounts for about \(20 + line % 60)% of global "
                + "tungsten supply, according to industry estimates.\n\n"
            line += 1
        case .lines:
            for _ in 0..<100 {
                text += "Line \(line): output rose \(line % 40 + 1)% to \(line % 900 + 100) tonnes.\n"
                line += 1
            }
        case .names:
            for _ in 0..<50 {
                text += "\(generator.companyName(line)) said it owns a stake in the \(generator.placeName(line)) mine.\n\n"
                line += 1
            }
        }
    }
    return text
}
