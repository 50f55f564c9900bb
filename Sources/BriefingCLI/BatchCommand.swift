import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation
import Logging
import Publish

/// `briefing batch [DIR]`: every spec in a folder, in parallel, incrementally.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Build every spec in a folder (default Pipeline/) into out/<name>/, in parallel.",
        discussion: """
        A briefing whose inputs (spec, sources, assets, tool version, options) hash the same as at \
        its last successful build is skipped; --force rebuilds it. One broken spec is reported with \
        its file and line and does not stop the others. Writes out/index.json (or \
        out/index-shard-I-of-N.json with --shard) listing every briefing with its status, outputs \
        and timings, and out/index.html, a page to browse them (thumbnails, links, status, errors). \
        --junit FILE writes a JUnit XML report for CI. Exit status 1 when any briefing failed or \
        failed a check, or a report could not be written.

        For cron:  30 2 * * *  cd /srv/briefing && .build/release/briefing batch --quiet
        """
    )

    @Argument(help: "Folder with the .yml specs.")
    var directory: String = "Pipeline"

    @Option(name: .shortAndLong, help: "Briefings built at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Rebuild briefings even when their inputs have not changed.")
    var force = false

    @Option(help: "Build only part I of N of the specs (e.g. 2/4), for CI matrices; shards never overlap.")
    var shard: String?

    @Option(help: "Also write a JUnit XML report here (one test case per briefing), for CI dashboards.")
    var junit: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard must look like 2/4 (part 2 of 4, counting from 1)") }
    }

    func run() throws {
        let logger = makeLogger(quiet: output.quiet, verbose: output.verbose)
        let started = Date()
        var specs: [String]
        do { specs = try findSpecs(in: directory) } catch {
            report(error)
            throw ExitCode(2)
        }
        if specs.isEmpty {
            printError("briefing: no .yml specs in \(directory)")
            throw ExitCode(2)
        }
        let shardValue = shard.flatMap(Shard.init)
        if let shardValue { specs = specs.filter(shardValue.contains) }

        var options = output.buildOptions
        options.force = force
        let observer = ProgressPrinter(quiet: output.quiet, verbose: output.verbose)
        let entries = runBatch(specs: specs, options: options, jobs: jobs, logger: logger, observer: observer)
        observer.finishLine()
        let seconds = Date().timeIntervalSince(started)

        let indexName = shardValue.map { "index-shard-\($0.index)-of-\($0.count)" } ?? "index"
        var reportsWritten = true
        do {
            try FileManager.default.createDirectory(atPath: output.out, withIntermediateDirectories: true)
            try writeFileAtomically(Array(batchIndex(entries, shard: shardValue, seconds: seconds).rendered().utf8),
                                    to: output.out + "/" + indexName + ".json")
            let cards = briefingCards(entries)
            let title = "Briefings from " + directory + (shardValue.map { ", part \($0.index) of \($0.count)" } ?? "")
            try writeFileAtomically(Array(batchIndexPage(cards, title: title).utf8), to: output.out + "/" + indexName + ".html")
            if let junit {
                try writeFileAtomically(Array(junitReport(cards, suiteName: "briefing batch " + directory).utf8), to: junit)
            }
        } catch {
            report(error)
            reportsWritten = false
        }
        if !output.quiet { print(summaryTable(entries, seconds: seconds)) }
        if entries.contains(where: { $0.status == .failed || $0.status == .checkFailed }) || !reportsWritten { throw ExitCode(1) }
    }
}

/// A table a person can read at the end of a run.
func summaryTable(_ entries: [BatchEntry], seconds: Double) -> String {
    let rows = entries.map { entry -> [String] in
        [entry.name ?? URL(fileURLWithPath: entry.spec).lastPathComponent, entry.status.rawValue,
         entry.pages > 0 ? String(entry.pages) : "-", String(format: "%.2f", entry.seconds), entry.message ?? ""]
    }
    let header = ["briefing", "status", "pages", "seconds", "note"]
    let widths = (0..<4).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
        (0..<4).map { cells[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
            + (cells[4].isEmpty ? "" : "  " + cells[4])
    }
    var lines = [line(header), String(repeating: "-", count: widths.reduce(0, +) + 6)]
    lines += rows.map(line)
    let counts = Dictionary(grouping: entries, by: \.status).mapValues(\.count)
    let parts = [BatchEntry.Status.built, .skipped, .checkFailed, .failed].compactMap { status in
        counts[status].map { "\($0) \(status.rawValue.replacingOccurrences(of: "_", with: " "))" }
    }
    lines.append("\(entries.count) briefings in \(String(format: "%.1f", seconds)) s: " + parts.joined(separator: ", "))
    return lines.joined(separator: "\n")
}

/// Progress on standard error: one rewritten line on a terminal, plain lines otherwise.
final class ProgressPrinter: BatchObserver, @unchecked Sendable {
    private let lock = NSLock()
    private let quiet: Bool
    private let verbose: Bool
    private let terminal = isatty(STDERR_FILENO) == 1
    private var current: [String: String] = [:]
    private var done = 0
    private var total = 0

    init(quiet: Bool, verbose: Bool) {
        self.quiet = quiet
        self.verbose = verbose
    }

    private func name(_ spec: String) -> String { URL(fileURLWithPath: spec).deletingPathExtension().lastPathComponent }

    func started(spec: String, position: Int, total: Int) {
        lock.lock(); defer { lock.unlock() }
        self.total = total
        current[spec] = "ingest"
        redraw()
    }

    func stage(spec: String, line: String) {
        lock.lock(); defer { lock.unlock() }
        current[spec] = line
        if verbose && !terminal { printError("briefing: \(name(spec)) \(line)") }
        redraw()
    }

    func finished(_ entry: BatchEntry, done: Int, total: Int) {
        lock.lock(); defer { lock.unlock() }
        current[entry.spec] = nil
        self.done = done
        if entry.status == .failed {
            clearLine()
            printError("briefing: \(entry.spec): \(entry.message ?? "failed")")
        } else if entry.status == .checkFailed {
            clearLine()
            printError("briefing: \(entry.spec): check failed: \(entry.message ?? "")")
        } else if !quiet && !terminal {
            printError("briefing: [\(done)/\(total)] \(entry.name ?? name(entry.spec)) \(entry.status.rawValue) in \(String(format: "%.2f", entry.seconds)) s")
        }
        redraw()
    }

    func finishLine() {
        lock.lock(); defer { lock.unlock() }
        clearLine()
    }

    private func clearLine() {
        if terminal && !quiet { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private func redraw() {
        guard terminal, !quiet else { return }
        let working = current.sorted { $0.key < $1.key }.map { "\(name($0.key)) \($0.value)" }.joined(separator: ", ")
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] \(working)".prefix(200).utf8))
    }
}

/// Log lines on standard error through swift-log: `briefing: error: ...`.
struct PlainLogHandler: LogHandler {
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let details = (event.metadata ?? [:]).merging(metadata) { $1 }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        printError("briefing: \(event.level): \(event.message)" + (details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")"))
    }
}

func makeLogger(quiet: Bool, verbose: Bool) -> Logger {
    var logger = Logger(label: "briefing") { _ in PlainLogHandler(logLevel: .info) }
    logger.logLevel = quiet ? .critical : verbose ? .debug : .notice
    return logger
}
