import BriefingModel
import Compose
import Foundation
import Rendering

/// Options for the last stage.
public struct PublishOptions: Sendable {
    /// `out/<name>/` is created under this folder.
    public var outputRoot: String
    public var dpi: Int
    public var png: PNGCompression
    /// Render pages and charts on every core (a one-off build, not a batch).
    public var parallel: Bool
    public init(outputRoot: String, dpi: Int = 150, png: PNGCompression = .fast, parallel: Bool = false) {
        self.parallel = parallel
        self.outputRoot = outputRoot
        self.dpi = dpi
        self.png = png
    }
}

/// Stage 6b: renders every artifact, builds `facts.json` and the manifest,
/// and writes the briefing atomically into `<outputRoot>/<name>/`.
public func publish(_ document: ComposedDocument, options: PublishOptions) throws -> PublishedBriefing {
    let analysis = document.charted.analysis
    var artifacts = renderArtifacts(document, dpi: options.dpi, png: options.png, parallel: options.parallel)
    artifacts.append(("facts.json", factsBytes(analysis)))
    if let changes = changesDocument(analysis) { artifacts.append(("changes.json", Array(changes.rendered().utf8))) }
    artifacts.append(("index.html", Array(briefingWebPage(document, artifacts: artifacts.map(\.path), dpi: options.dpi).utf8)))
    artifacts.sort { $0.path < $1.path }
    let manifest = manifestDocument(analysis, artifacts: artifacts, dpi: options.dpi, png: options.png, pageCount: document.pages.count)
    let directory = options.outputRoot + "/" + analysis.corpus.spec.name
    return try writeBriefing(artifacts, manifest: manifest, to: directory)
}

/// `manifest.json`: every input and artifact with its size and hash, and the
/// build key (inputs + tool version) a later run can compare to skip work.
func manifestDocument(_ analysis: Analysis, artifacts: [(path: String, bytes: [UInt8])], dpi: Int, png: PNGCompression, pageCount: Int) -> JSONValue {
    let inputs = analysis.corpus.inputs
    return .object([
        ("schema", .string("briefing.manifest/1")),
        ("name", .string(analysis.corpus.spec.name)),
        ("title", .string(analysis.corpus.spec.title)),
        ("as_of", .optional(analysis.corpus.spec.asOf)),
        ("generator", .string(BriefingVersion.full)),
        ("build_key", .string(buildKey(inputs: inputs, dpi: dpi, page: analysis.corpus.spec.page, png: png.rawValue))),
        ("pages", .number(Double(pageCount))),
        ("failed_checks", .array(analysis.failedChecks.map { .string($0.message) })),
        // For the batch's index page, which should not have to read facts.json.
        ("conflicts", .number(Double(analysis.conflicts.count))),
        ("inputs", .array(inputs.map { input in
            .object([("role", .string(input.role)), ("path", .string(input.path)), ("bytes", .number(Double(input.bytes))),
                     ("sha256", .string(input.sha256))])
        })),
        ("artifacts", .array(artifacts.map { artifact in
            .object([("path", .string(artifact.path)), ("bytes", .number(Double(artifact.bytes.count))),
                     ("sha256", .string(SHA256.hex(artifact.bytes)))])
        })),
    ])
}
