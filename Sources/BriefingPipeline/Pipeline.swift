import BriefingModel
import Charts
import Compose
import Figures
import Foundation
import Ingest
import Metrics
import Publish
import Rendering
import Syntax

/// How to run a build.
public struct BuildOptions: Sendable {
    public var outputRoot: String
    public var dpi: Int
    public var pageOverride: PageSize?
    public var assetsDirectory: String?
    /// Build even when the inputs hash the same as at the last successful build.
    public var force: Bool
    /// An earlier build to report changes against (a briefing folder or an out
    /// folder holding `<name>/`); by default the last build in `outputRoot`.
    public var since: String?
    /// How the PNG pages and charts are compressed.
    public var png: PNGCompression
    /// Parse one briefing's sentences and render its pages and charts on every
    /// core. On by default; a
    /// batch with at least as many briefings as threads turns it off and keeps
    /// one briefing per core instead.
    public var parallelRendering = true
    /// Keep the syntax model loaded after the Syntax stage, for the next
    /// briefing of a batch. A one-off build frees it (about 20 MB) before the
    /// pages are rendered, so its peak memory is the larger of the two, not
    /// their sum.
    public var keepsSyntaxModel = false
    public init(outputRoot: String = "out", dpi: Int = 150, pageOverride: PageSize? = nil, assetsDirectory: String? = nil,
                force: Bool = true, since: String? = nil, png: PNGCompression = .fast) {
        self.since = since
        self.png = png
        self.outputRoot = outputRoot
        self.dpi = dpi
        self.pageOverride = pageOverride
        self.assetsDirectory = assetsDirectory
        self.force = force
    }
}

/// What a build produced.
public struct BuildResult: Sendable {
    public var name: String
    public var directory: String
    public var pageCount: Int
    public var figureCount: Int
    public var claimCount: Int
    public var failedChecks: [CheckFailure]
    public var artifacts: [(path: String, bytes: Int, sha256: String)]
    /// True when the outputs were already up to date and nothing was built.
    public var skipped: Bool = false
    /// Seconds spent in each stage, in order.
    public var stageSeconds: [(stage: Stage, seconds: Double)] = []
}

/// Runs the stages in order, each a plain function of the one before;
/// only the first reads files and only the last writes them. Errors come out
/// stamped with the stage they happened in. `progress` hears `[i/n] stage`.
public func buildBriefing(_ input: IngestRequest.Input, options: BuildOptions,
                          progress: (String) -> Void = { _ in }) throws -> BuildResult {
    let stages = Stage.allCases
    var timings: [(stage: Stage, seconds: Double)] = []
    func step<T>(_ stage: Stage, _ work: () throws -> T) throws -> T {
        progress("[\(stages.firstIndex(of: stage)! + 1)/\(stages.count)] \(stage.rawValue)")
        let started = DispatchTime.now().uptimeNanoseconds
        defer {
            timings.append((stage, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9))
            // A stage's scratch memory is freed when it ends, but malloc keeps the
            // pages; hand them back so that a long article's peak is its largest
            // stage, not the sum of them all.
            _ = returnFreedMemory(0)
        }
        do {
            return try work()
        } catch let error as BriefingError {
            throw error.inStage(stage)
        } catch {
            throw BriefingError(.internalFailure, stage: stage, "\(error)")
        }
    }

    var corpus = try step(.ingest) {
        try ingest(IngestRequest(input: input, assetsDirectory: options.assetsDirectory, pageOverride: options.pageOverride))
    }
    let directory = options.outputRoot + "/" + corpus.spec.name
    let key = buildKey(inputs: corpus.inputs, dpi: options.dpi, page: corpus.spec.page, png: options.png.rawValue)
    if !options.force, let previous = readPreviousBuild(in: directory), previous.complete, previous.buildKey == key {
        return BuildResult(name: corpus.spec.name, directory: directory, pageCount: 0, figureCount: 0, claimCount: 0,
                           failedChecks: [], artifacts: [], skipped: true, stageSeconds: timings)
    }
    // The model (tens of milliseconds to build its tables) loads on another
    // thread while the fonts are set up and the figures found.
    let modelLoad = InBackground { [corpus] in try loadSyntaxModel(corpus) }
    corpus.previousFacts = try step(.ingest) { try previousFacts(name: corpus.spec.name, directory: directory, since: options.since) }
    try step(.ingest) { try prepareFonts(corpus.theme) }
    let figured = try step(.normalize) { try withinFigureLimit(normalizeFigures(corpus)) }
    let threads = options.parallelRendering ? ProcessInfo.processInfo.activeProcessorCount : 1
    let parsed = try step(.syntax) {
        let parsed = readSyntax(figured, model: try modelLoad.result(), threads: threads)
        if !options.keepsSyntaxModel, let path = corpus.syntaxModelPath {
            modelLoad.forget()
            SyntaxModel.forgetShared(path: path)
        }
        return parsed
    }
    let analysis = try step(.metrics) { computeMetrics(parsed) }
    let charted = try step(.charts) { makeCharts(analysis) }
    let document = try step(.compose) { compose(charted, measurer: TextMeasurer()) }
    let published = try step(.publish) { try publish(document, options: PublishOptions(outputRoot: options.outputRoot, dpi: options.dpi, png: options.png,
                                                                                    parallel: options.parallelRendering)) }
    return BuildResult(name: corpus.spec.name, directory: published.directory, pageCount: document.pages.count,
                       figureCount: figured.figures.count, claimCount: analysis.claims.count,
                       failedChecks: analysis.failedChecks, artifacts: published.artifacts, skipped: false, stageSeconds: timings)
}

/// The facts of the build to compare with: `--since DIR` (DIR/facts.json, or
/// DIR/<name>/facts.json of an out folder; a briefing that folder lacks is new,
/// so nothing is compared), else the last build in the same folder when it left
/// a readable facts.json.
func previousFacts(name: String, directory: String, since: String?) throws -> FactsSnapshot? {
    guard let since else { return try? readPreviousFacts(at: directory + "/facts.json") }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: since, isDirectory: &isFolder), isFolder.boolValue else {
        throw BriefingError(stage: .ingest, file: since, "--since: no such folder to compare with")
    }
    if let facts = try readPreviousFacts(at: since + "/facts.json") { return facts }
    return try readPreviousFacts(at: since + "/" + name + "/facts.json")
}

/// The corpus's syntax model, read once per process and shared by every
/// briefing of a batch.
func loadSyntaxModel(_ corpus: Corpus) throws -> SyntaxModel? {
    guard let path = corpus.syntaxModelPath else { return nil }
    do {
        return try SyntaxModel.shared(path: path)
    } catch let error as SyntaxModelError {
        throw BriefingError(stage: .ingest, file: error.file, error.message)
    }
}

/// Points fontconfig at the theme's fonts file and checks that every family
/// the theme names really resolves to itself (no silent fallback).
func prepareFonts(_ theme: Theme) throws {
    FontSetup.configure(fontconfigPath: theme.fontconfigPath)
    do {
        try FontSetup.verify(families: [theme.sansFamily, theme.serifFamily])
    } catch let error as FontError {
        throw BriefingError(stage: .ingest, file: theme.fontconfigPath, error.message)
    }
}

/// Every `*.yml` / `*.yaml` spec directly in `directory`, sorted.
public func findSpecs(in directory: String) throws -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
        throw BriefingError(stage: .ingest, file: directory, "cannot list the spec folder")
    }
    return names.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted().map { directory + "/" + $0 }
}

/// The first four stages only (ingest, normalize, syntax, metrics): the claims
/// and metrics of some articles, for `briefing claims` and for scoring.
public func analyzeArticles(_ input: IngestRequest.Input, assetsDirectory: String? = nil) throws -> Analysis {
    let corpus = try ingest(IngestRequest(input: input, assetsDirectory: assetsDirectory))
    let model = try loadSyntaxModel(corpus)
    return computeMetrics(readSyntax(try withinFigureLimit(normalizeFigures(corpus)), model: model))
}

/// The most figures one briefing holds (`BRIEFING_MAX_FIGURES` raises it). Each
/// figure becomes a row of facts.json and most become claims, so a page of
/// tables dense with numbers costs memory by its figures, not its bytes; past
/// this a briefing is a data dump no reader could check, and is refused.
public var maximumFigures: Int {
    max(1, ProcessInfo.processInfo.environment["BRIEFING_MAX_FIGURES"].flatMap(Int.init) ?? 100_000)
}

/// 100000 → "100,000".
private func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    return String(digits.enumerated().flatMap { index, digit in
        index > 0 && (digits.count - index) % 3 == 0 ? [",", digit] : [digit]
    })
}

/// The figured corpus, or an error naming the source with the most figures.
func withinFigureLimit(_ figured: FiguredCorpus) throws -> FiguredCorpus {
    guard figured.figures.count > maximumFigures else { return figured }
    let counts = Dictionary(grouping: figured.figures, by: \.sourceID).mapValues(\.count)
    let densest = figured.corpus.sources.max { (counts[$0.id] ?? 0) < (counts[$1.id] ?? 0) }
    throw BriefingError(stage: .normalize, file: densest?.path,
                        "the sources hold \(grouped(figured.figures.count)) figures (\(grouped(counts[densest?.id ?? ""] ?? 0)) in this file), over the limit of "
                            + "\(grouped(maximumFigures)) per briefing: a table or data dump, not articles. Set BRIEFING_MAX_FIGURES to raise the limit")
}

/// glibc's malloc_trim, which Swift's Glibc module does not declare.
@_silgen_name("malloc_trim")
private func returnFreedMemory(_ keep: Int) -> Int32

/// Work started on its own thread now, its result (or error) collected later.
final class InBackground<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var outcome: Result<Value, Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            outcome = Result { try work() }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Drops the result (after waiting for it), so that its memory can be freed.
    func forget() {
        done.wait()
        outcome = nil
        done.signal()
    }

    /// Waits for the work to end; rethrows its error.
    func result() throws -> Value {
        done.wait()
        done.signal()  // later calls return at once
        guard let outcome else { preconditionFailure("the result was forgotten") }
        return try outcome.get()
    }
}
