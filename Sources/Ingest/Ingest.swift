import BriefingModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What to build a briefing from.
public struct IngestRequest: Sendable {
    public enum Input: Sendable {
        /// A YAML spec file.
        case spec(path: String)
        /// Article files given on the command line, with no spec.
        case files([String], name: String, title: String?)
    }

    public var input: Input
    /// Folder with `theme.yml` and `fonts.conf`; found by walking up from the spec when nil.
    public var assetsDirectory: String?
    /// `--page` on the command line wins over the spec.
    public var pageOverride: PageSize?

    public init(input: Input, assetsDirectory: String? = nil, pageOverride: PageSize? = nil) {
        self.input = input
        self.assetsDirectory = assetsDirectory
        self.pageOverride = pageOverride
    }
}

/// Stage 1: reads the spec, every source and the theme; decodes, removes page
/// noise and splits the articles into paragraphs and sentences.
public func ingest(_ request: IngestRequest) throws -> Corpus {
    var inputs: [InputFile] = []
    var spec: BriefingSpec
    switch request.input {
    case .spec(let path):
        let bytes = try readFile(path, role: "spec")
        guard let yaml = String(validating: bytes, as: UTF8.self) else {
            throw BriefingError(stage: .ingest, file: path, "the spec is not UTF-8 text")
        }
        spec = try parseSpec(yaml, path: path)
        inputs.append(InputFile(role: "spec", path: path, bytes: bytes.count, sha256: SHA256.hex(bytes)))
    case .files(let files, let name, let title):
        guard !files.isEmpty else { throw BriefingError(stage: .ingest, "no article files given") }
        guard isSafeName(name) else {
            throw BriefingError(stage: .ingest, "--name must be letters, digits, '-', '_' or '.'; got `\(name)`")
        }
        spec = BriefingSpec(name: name, title: title ?? name, sources: files,
                            baseDirectory: FileManager.default.currentDirectoryPath)
    }
    if let page = request.pageOverride { spec.page = page }
    var titleFromArticle = false
    if case .files(_, _, nil) = request.input { titleFromArticle = true }

    let assets = request.assetsDirectory ?? findAssets(startingAt: spec.baseDirectory)
    // The model file (about 10 MB) is read and hashed while the articles are read.
    if let assets, FileManager.default.fileExists(atPath: assets + "/models/" + syntaxModelFileName) {
        ReadOnce.shared.prefetch(path: assets + "/models/" + syntaxModelFileName)
    }
    let paths = try resolveSources(spec)
    var sources: [SourceDocument] = []
    var textBytes = 0
    for (index, source) in paths.enumerated() {
        let bytes = try readFile(source.absolute, role: "source")
        textBytes += bytes.count
        guard textBytes <= maximumTextBytes else {
            throw BriefingError(stage: .ingest, file: source.absolute, "with this file the sources hold \(megabytes(textBytes)), over the limit of "
                + "\(megabytes(maximumTextBytes)) of text per briefing. Split them into several briefings, or set BRIEFING_MAX_TEXT_MB to raise the limit")
        }
        guard !bytes.isEmpty else {
            throw BriefingError(stage: .ingest, file: source.absolute, "the article file is empty")
        }
        let document = readArticle(bytes, id: "S\(index + 1)", path: source.display)
        guard !document.sentences.isEmpty else {
            throw BriefingError(stage: .ingest, file: source.absolute, "no article text found (only headings, page furniture or noise)")
        }
        sources.append(document)
        inputs.append(InputFile(role: "source", path: source.display, bytes: bytes.count, sha256: document.sha256))
    }

    // With no --title, a one-article briefing takes the article's headline.
    // With no --title, the briefing takes the first article's headline, else its first heading,
    // else its first sentence: never the file name.
    if titleFromArticle, let first = sources.first { spec.title = articleTitle(first) }
    var theme = Theme.standard
    var modelPath: String?
    var frames = FrameLexicon()
    if let assets {
        let themePath = assets + "/theme.yml"
        let fontsPath = assets + "/fonts.conf"
        let fontconfig = FileManager.default.fileExists(atPath: fontsPath) ? fontsPath : nil
        if FileManager.default.fileExists(atPath: themePath) {
            let bytes = try readFile(themePath, role: "theme")
            theme = try parseTheme(String(decoding: bytes, as: UTF8.self), path: themePath, fontconfigPath: fontconfig)
            inputs.append(InputFile(role: "theme", path: "assets/theme.yml", bytes: bytes.count, sha256: SHA256.hex(bytes)))
        } else {
            theme.fontconfigPath = fontconfig
        }
        if let fontconfig {
            let bytes = try readFile(fontconfig, role: "fonts")
            inputs.append(InputFile(role: "fonts", path: "assets/fonts.conf", bytes: bytes.count, sha256: SHA256.hex(bytes)))
        }
        let framesPath = assets + "/frames.yml"
        if FileManager.default.fileExists(atPath: framesPath) {
            let bytes = try readFile(framesPath, role: "frames")
            frames = try parseFrames(String(decoding: bytes, as: UTF8.self), path: framesPath)
            inputs.append(InputFile(role: "frames", path: "assets/frames.yml", bytes: bytes.count, sha256: SHA256.hex(bytes)))
        }
        let model = assets + "/models/" + syntaxModelFileName
        if FileManager.default.fileExists(atPath: model) {
            modelPath = model
            inputs.append(try modelInput(model))
        }
    }
    return Corpus(spec: spec, sources: sources, theme: theme, inputs: inputs, syntaxModelPath: modelPath, frames: frames)
}

/// Turns one article's bytes into a source document (no I/O; testable on its own).
public func readArticle(_ bytes: [UInt8], id: String, path: String) -> SourceDocument {
    let decoded = decodeText(bytes)
    let text = decoded.utf8
    let rawParagraphs = groupParagraphs(text, splitLines(text))
    let lowered = rawParagraphs.map { String(decoding: text[$0.start..<$0.end], as: UTF8.self).lowercased() }
    let kept = dropNoise(rawParagraphs, lowered: lowered)
    let paragraphs = assignRoles(text, kept)

    var sentences: [Sentence] = []
    var dateline: DatelinePrefix?
    for (paragraphIndex, paragraph) in paragraphs.enumerated() where paragraph.role == .body {
        var storyRange = paragraph.range
        // The first body paragraph may open with a wire dateline, which is not part of any sentence.
        if sentences.isEmpty, dateline == nil, let found = findDatelinePrefix(text, paragraph.range) {
            dateline = found
            storyRange = ByteRange(found.storyStart, paragraph.range.end)
        }
        for range in splitSentences(text, storyRange) {
            let string = String(decoding: text[range.start..<range.end], as: UTF8.self)
            sentences.append(Sentence(id: "\(id).\(sentences.count + 1)", sourceID: id, range: range,
                                      paragraphIndex: paragraphIndex, text: string))
        }
    }
    func firstText(_ role: ParagraphRole) -> String? {
        paragraphs.first { $0.role == role }.map { String(decoding: text[$0.range.start..<$0.range.end], as: UTF8.self) }
    }
    return SourceDocument(
        id: id, path: path, sha256: SHA256.hex(bytes), byteCount: bytes.count, encoding: decoded.encoding,
        text: text, originalOffsets: decoded.originalOffsets,
        title: firstText(.title), date: firstText(.dateline).flatMap { parseDateline($0) ?? placeAndDate($0) } ?? dateline.flatMap { datelineDate($0.text) },
        byline: firstText(.byline).flatMap(parseByline), outlet: dateline?.outlet,
        paragraphs: paragraphs, sentences: sentences)
}

struct ResolvedSource {
    var absolute: String
    var display: String
}

/// Expands the spec's globs, in the order given, each sorted; a glob that
/// matches nothing is an error that names the spec line.
func resolveSources(_ spec: BriefingSpec) throws -> [ResolvedSource] {
    var seen = Set<String>()
    var result: [ResolvedSource] = []
    for pattern in spec.sources {
        let absolutePattern = pattern.hasPrefix("/") ? pattern : spec.baseDirectory + "/" + pattern
        let matches = expandGlob(absolutePattern)
        if matches.isEmpty {
            let line = spec.specPath.flatMap { lineNumber(of: pattern, inFile: $0) }
            let message = pattern.contains("*") || pattern.contains("?")
                ? "no file matches the source pattern `\(pattern)`" : "the source file `\(pattern)` does not exist"
            throw BriefingError(stage: .ingest, file: spec.specPath ?? absolutePattern, line: line, message)
        }
        for match in matches where !seen.contains(match) {
            guard result.count < maximumSources else {
                throw BriefingError(stage: .ingest, file: spec.specPath ?? absolutePattern, line: spec.specPath.flatMap { lineNumber(of: pattern, inFile: $0) },
                                    "more than \(maximumSources) source files; a briefing's source list would run to dozens of pages. "
                                        + "Split it into several briefings, or set BRIEFING_MAX_SOURCES to raise the limit")
            }
            seen.insert(match)
            var display = match
            let base = spec.baseDirectory.hasSuffix("/") ? spec.baseDirectory : spec.baseDirectory + "/"
            if !pattern.hasPrefix("/"), match.hasPrefix(base) { display = String(match.dropFirst(base.count)) }
            result.append(ResolvedSource(absolute: match, display: display))
        }
    }
    return result
}

private func expandGlob(_ pattern: String) -> [String] {
    var results = glob_t()
    defer { globfree(&results) }
    guard glob(pattern, 0, nil, &results) == 0 else { return [] }
    var paths: [String] = []
    for index in 0..<Int(results.gl_pathc) {
        if let cString = results.gl_pathv[index] { paths.append(String(cString: cString)) }
    }
    return paths.sorted()
}

private func lineNumber(of needle: String, inFile path: String) -> Int? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains(needle) {
        return index + 1
    }
    return nil
}

/// The most text one briefing reads, all its sources together, in bytes: far
/// above any article (a long feature is under 200 KB, a 200-page government
/// report about 1 MB), low enough that a stray data dump fails fast with a
/// clear message, and that the densest text this size keeps a build within
/// about a minute and a gigabyte (`briefing-bench scale` measures it).
/// `BRIEFING_MAX_TEXT_MB` raises it.
public var maximumTextBytes: Int {
    let megabytes = ProcessInfo.processInfo.environment["BRIEFING_MAX_TEXT_MB"].flatMap(Int.init) ?? 4
    return max(1, megabytes) * 1_048_576
}

/// The most source files one briefing reads (`BRIEFING_MAX_SOURCES` raises it).
public var maximumSources: Int {
    max(1, ProcessInfo.processInfo.environment["BRIEFING_MAX_SOURCES"].flatMap(Int.init) ?? 500)
}

/// Reads a whole file, turning the usual failures into messages that name it
/// and give the system's own reason.
func readFile(_ path: String, role: String) throws -> [UInt8] {
    var info = stat()
    guard stat(path, &info) == 0 else {
        let reason = errno
        if reason == ENOENT { throw BriefingError(stage: .ingest, file: path, "the \(role) file does not exist") }
        throw BriefingError(stage: .ingest, file: path, "the \(role) file cannot be opened: \(String(cString: strerror(reason)))")
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw BriefingError(stage: .ingest, file: path, "expected a \(role) file but found a folder")
    case S_IFIFO: throw BriefingError(stage: .ingest, file: path, "the \(role) is a named pipe (FIFO), not a file; save its text to a file first")
    case S_IFCHR, S_IFBLK: throw BriefingError(stage: .ingest, file: path, "the \(role) is a device, not a file")
    default: throw BriefingError(stage: .ingest, file: path, "the \(role) is not a regular file")
    }
    if role == "source", Int(info.st_size) > maximumTextBytes {
        throw BriefingError(stage: .ingest, file: path, "the source file is \(megabytes(Int(info.st_size))), over the limit of "
            + "\(megabytes(maximumTextBytes)) of text per briefing; no article is that long. Set BRIEFING_MAX_TEXT_MB to raise the limit")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
        let descriptor = open(path, O_RDONLY)
        let reason = errno
        if descriptor >= 0 { close(descriptor) }
        throw BriefingError(stage: .ingest, file: path,
                            "the \(role) file cannot be read: \(descriptor >= 0 ? "read failed" : String(cString: strerror(reason)))")
    }
    return [UInt8](data)
}

private func megabytes(_ bytes: Int) -> String {
    String(format: "%.1f MB", Double(bytes) / 1_048_576)
}

/// The assets folder: the nearest `assets/` above the spec, else in the current folder,
/// else above the executable.
func findAssets(startingAt start: String) -> String? {
    if let found = assetsFolder(above: URL(fileURLWithPath: start)) { return found }
    let cwd = FileManager.default.currentDirectoryPath + "/assets"
    if FileManager.default.fileExists(atPath: cwd + "/theme.yml") { return cwd }
    // A spec kept outside the repository still gets the frames, model and theme the tool was
    // built with: those above the executable (.build/release/briefing → the checkout's assets/).
    guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
    return assetsFolder(above: URL(fileURLWithPath: executable).deletingLastPathComponent())
}

/// An `assets/` folder with a theme in `start` or up to five folders above it.
private func assetsFolder(above start: URL) -> String? {
    var url = start.standardizedFileURL
    for _ in 0..<6 {
        let candidate = url.appendingPathComponent("assets").path
        if FileManager.default.fileExists(atPath: candidate + "/theme.yml") { return candidate }
        let parent = url.deletingLastPathComponent()
        if parent.path == url.path { break }
        url = parent
    }
    return nil
}

/// What an article calls itself: its headline, else its first heading, else its first
/// sentence cut at a word near 72 characters.
func articleTitle(_ source: SourceDocument) -> String {
    if let headline = source.title { return headline }
    // (A label such as "Challenge" or "Key terms" says nothing of the story.)
    // (A heading after the story began heads a section, not the story.)
    let headings = source.paragraphs.prefix { $0.role != .body }.filter { $0.role == .heading }
        .map { String(decoding: source.text[$0.range.start..<$0.range.end], as: UTF8.self) }
    if let heading = headings.first(where: { $0.split(separator: " ").count >= 3 }) { return heading }
    let sentence = source.sentences.first?.text ?? source.path
    guard sentence.count > 72 else { return sentence }
    let cut = sentence.prefix(72)
    return String(cut.prefix(upTo: cut.lastIndex(of: " ") ?? cut.endIndex)) + "…"
}
