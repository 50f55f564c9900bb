import BriefingModel
import Charts
import Compose
import Figures
import Foundation
import Ingest
import Metrics
import Publish
import Rendering

/// How to run a build.
public struct BuildOptions: Sendable {
    public var outputRoot: String
    public var dpi: Int
    public var pageOverride: PageSize?
    public var assetsDirectory: String?
    public init(outputRoot: String = "out", dpi: Int = 150, pageOverride: PageSize? = nil, assetsDirectory: String? = nil) {
        self.outputRoot = outputRoot
        self.dpi = dpi
        self.pageOverride = pageOverride
        self.assetsDirectory = assetsDirectory
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
}

/// Runs the five stages in order, each a plain function of the one before;
/// only the first reads files and only the last writes them. Errors come out
/// stamped with the stage they happened in. `progress` hears `[i/n] stage`.
public func buildBriefing(_ input: IngestRequest.Input, options: BuildOptions,
                          progress: (String) -> Void = { _ in }) throws -> BuildResult {
    let stages = Stage.allCases
    func step<T>(_ stage: Stage, _ work: () throws -> T) throws -> T {
        progress("[\(stages.firstIndex(of: stage)! + 1)/\(stages.count)] \(stage.rawValue)")
        do {
            return try work()
        } catch let error as BriefingError {
            throw error.inStage(stage)
        } catch {
            throw BriefingError(.internalFailure, stage: stage, "\(error)")
        }
    }

    let corpus = try step(.ingest) {
        try ingest(IngestRequest(input: input, assetsDirectory: options.assetsDirectory, pageOverride: options.pageOverride))
    }
    try step(.ingest) { try prepareFonts(corpus.theme) }
    let figured = try step(.normalize) { normalizeFigures(corpus) }
    let analysis = try step(.metrics) { computeMetrics(figured) }
    let charted = try step(.charts) { makeCharts(analysis) }
    let document = try step(.compose) { compose(charted, measurer: TextMeasurer()) }
    let published = try step(.publish) { try publish(document, options: PublishOptions(outputRoot: options.outputRoot, dpi: options.dpi)) }
    return BuildResult(name: corpus.spec.name, directory: published.directory, pageCount: document.pages.count,
                       figureCount: figured.figures.count, claimCount: analysis.claims.count,
                       failedChecks: analysis.failedChecks, artifacts: published.artifacts)
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
