import BriefingModel
import Dispatch
import Foundation
import Ingest
import Logging

/// `i/n`: this machine builds the i-th of n disjoint parts of a batch.
public struct Shard: Sendable, Equatable {
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `2/5` (1-based).
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else {
            return nil
        }
        self.init(index: index, count: count)
    }

    /// A spec belongs to the shard its file name hashes to, so the partition
    /// needs no coordination and does not move when other specs are added.
    public func contains(_ specPath: String) -> Bool {
        let name = URL(fileURLWithPath: specPath).lastPathComponent
        let digest = SHA256.digest(Array(name.utf8))
        let number = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Int(number % UInt64(count)) == index - 1
    }
}

/// How one spec of a batch ended.
public struct BatchEntry: Sendable {
    public enum Status: String, Sendable {
        case built, skipped, failed
        /// Built, but a check failed (ownership over 100%, ...).
        case checkFailed = "check_failed"
    }

    public var spec: String
    public var name: String?
    public var status: Status
    public var message: String?
    public var seconds: Double
    public var directory: String?
    public var pages: Int
    public var artifacts: [String]
    public var stageSeconds: [(stage: Stage, seconds: Double)]
}

/// Hears what a batch is doing, from any worker thread.
public protocol BatchObserver: Sendable {
    func started(spec: String, position: Int, total: Int)
    func stage(spec: String, line: String)
    func finished(_ entry: BatchEntry, done: Int, total: Int)
}

/// Builds many specs on `jobs` threads. A spec that fails is reported with
/// its file and line and does not stop the others.
public func runBatch(specs: [String], options: BuildOptions, jobs: Int, logger: Logger,
                     observer: BatchObserver) -> [BatchEntry] {
    let total = specs.count
    let state = BatchState(count: total)
    // Fonts are configured once, before any thread lays out text.
    if let first = specs.first, let corpus = try? ingest(IngestRequest(input: .spec(path: first), assetsDirectory: options.assetsDirectory)) {
        try? prepareFonts(corpus.theme)
    }
    let clashes = nameClashes(specs)
    var batchOptions = options
    batchOptions.parallelRendering = total < jobs
    batchOptions.keepsSyntaxModel = total > 1
    let options = batchOptions
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, total))) { _ in
        while let index = state.next() {
            let spec = specs[index]
            observer.started(spec: spec, position: index + 1, total: total)
            // Two specs for one folder would overwrite each other: neither is built.
            if let clash = clashes[spec] {
                let entry = BatchEntry(spec: spec, name: nil, status: .failed, message: clash, seconds: 0, directory: nil,
                                       pages: 0, artifacts: [], stageSeconds: [])
                logger.error("\(clash)")
                observer.finished(entry, done: state.finish(index, entry), total: total)
                continue
            }
            logger.debug("building", metadata: ["spec": .string(spec)])
            let started = DispatchTime.now().uptimeNanoseconds
            var entry: BatchEntry
            do {
                let result = try buildBriefing(.spec(path: spec), options: options) { line in
                    observer.stage(spec: spec, line: line)
                }
                let status: BatchEntry.Status = result.skipped ? .skipped : result.failedChecks.isEmpty ? .built : .checkFailed
                entry = BatchEntry(spec: spec, name: result.name, status: status,
                                   message: result.failedChecks.map(\.message).joined(separator: "; ").nilIfEmpty,
                                   seconds: 0, directory: result.directory, pages: result.pageCount,
                                   artifacts: result.artifacts.map(\.path), stageSeconds: result.stageSeconds)
            } catch {
                entry = BatchEntry(spec: spec, name: nil, status: .failed, message: "\(error)", seconds: 0, directory: nil,
                                   pages: 0, artifacts: [], stageSeconds: [])
                logger.error("\(error)")
            }
            entry.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            let done = state.finish(index, entry)
            observer.finished(entry, done: done, total: total)
        }
    }
    return state.results()
}

/// Specs that name the same output folder, each with an error naming the
/// others. Checked before anything is built, so no two builds race for a folder.
func nameClashes(_ specs: [String]) -> [String: String] {
    var specsByName: [String: [String]] = [:]
    for spec in specs {
        if let name = specName(at: spec) { specsByName[name.lowercased(), default: []].append(spec) }
    }
    var clashes: [String: String] = [:]
    for (_, group) in specsByName where group.count > 1 {
        for spec in group {
            let others = group.filter { $0 != spec }.joined(separator: ", ")
            let name = specName(at: spec) ?? ""
            clashes[spec] = "[ingest] \(spec): `name: \(name)` is also the name of \(others); "
                + "each spec needs its own name, since it names the output folder (neither was built)"
        }
    }
    return clashes
}

/// The work queue and results, shared by the worker threads.
private final class BatchState: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private var done = 0
    private var entries: [BatchEntry?]

    init(count: Int) { entries = Array(repeating: nil, count: count) }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < entries.count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    func finish(_ index: Int, _ entry: BatchEntry) -> Int {
        lock.lock()
        defer { lock.unlock() }
        entries[index] = entry
        done += 1
        return done
    }

    func results() -> [BatchEntry] {
        lock.lock()
        defer { lock.unlock() }
        return entries.compactMap { $0 }
    }
}

/// `index.json`: every briefing of the batch with its status, outputs and timings.
public func batchIndex(_ entries: [BatchEntry], shard: Shard?, seconds: Double) -> JSONValue {
    .object([
        ("schema", .string("briefing.index/1")),
        ("generator", .string(BriefingVersion.full)),
        ("shard", shard.map { .string("\($0.index)/\($0.count)") } ?? .null),
        ("seconds", .number((seconds * 1000).rounded() / 1000)),
        ("briefings", .array(entries.map { entry in
            .object([
                ("spec", .string(entry.spec)),
                ("name", .optional(entry.name)),
                ("status", .string(entry.status.rawValue)),
                ("message", .optional(entry.message)),
                ("seconds", .number((entry.seconds * 1000).rounded() / 1000)),
                ("directory", .optional(entry.directory)),
                ("pages", .number(Double(entry.pages))),
                ("outputs", .array(entry.artifacts.map(JSONValue.string))),
                ("stages", .object(Stage.allCases.compactMap { stage in
                    let times = entry.stageSeconds.filter { $0.stage == stage }
                    guard !times.isEmpty else { return nil }
                    let total = times.reduce(0) { $0 + $1.seconds }
                    return (stage.rawValue, .number((total * 1000).rounded() / 1000))
                })),
            ])
        })),
    ])
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
