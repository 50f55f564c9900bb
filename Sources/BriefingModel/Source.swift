/// A half-open range of UTF-8 byte offsets, `start..<end`.
public struct ByteRange: Sendable, Hashable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public func contains(_ other: ByteRange) -> Bool { start <= other.start && other.end <= end }
    public static func < (a: ByteRange, b: ByteRange) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

/// The role a paragraph plays on the page it was taken from.
public enum ParagraphRole: String, Sendable, Codable {
    case title, dateline, byline, heading, caption, body
}

public struct Paragraph: Sendable, Equatable {
    public var range: ByteRange
    public var role: ParagraphRole
    public init(range: ByteRange, role: ParagraphRole) {
        self.range = range
        self.role = role
    }
}

/// One sentence of body text, the unit every claim rests on.
public struct Sentence: Sendable, Equatable {
    /// `S1.12`: source id and the sentence's position in it.
    public var id: String
    public var sourceID: String
    public var range: ByteRange
    public var paragraphIndex: Int
    public var text: String

    public init(id: String, sourceID: String, range: ByteRange, paragraphIndex: Int, text: String) {
        self.id = id
        self.sourceID = sourceID
        self.range = range
        self.paragraphIndex = paragraphIndex
        self.text = text
    }
}

/// One ingested article: its original bytes, a UTF-8 view of them and the
/// structure found in it. Offsets elsewhere refer to `text` and are mapped back
/// to the original file with `originalRange(_:)`.
public struct SourceDocument: Sendable {
    /// `S1`, `S2`, ... in the order the sources were listed.
    public var id: String
    /// Path as the user gave it (relative to the spec), for display and facts.json.
    public var path: String
    public var sha256: String
    public var byteCount: Int
    /// `utf-8` or `windows-1252` (then `text` is a transcoding of the file).
    public var encoding: String
    /// The article as UTF-8 bytes.
    public var text: [UInt8]
    /// For transcoded files: for each UTF-8 offset (and one past the end) the offset in the file.
    public var originalOffsets: [Int]?
    public var title: String?
    public var date: String?
    public var byline: String?
    /// The site or organisation that published it, where the page says so.
    public var outlet: String?
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]

    public init(id: String, path: String, sha256: String, byteCount: Int, encoding: String,
                text: [UInt8], originalOffsets: [Int]?, title: String?, date: String?,
                byline: String?, outlet: String?, paragraphs: [Paragraph], sentences: [Sentence]) {
        self.id = id
        self.path = path
        self.sha256 = sha256
        self.byteCount = byteCount
        self.encoding = encoding
        self.text = text
        self.originalOffsets = originalOffsets
        self.title = title
        self.date = date
        self.byline = byline
        self.outlet = outlet
        self.paragraphs = paragraphs
        self.sentences = sentences
    }

    /// The file's own byte range for a range of `text`.
    public func originalRange(_ range: ByteRange) -> ByteRange {
        guard let map = originalOffsets else { return range }
        return ByteRange(map[range.start], map[range.end])
    }

    /// The text of a range, decoded.
    public func string(_ range: ByteRange) -> String {
        String(decoding: text[range.start..<range.end], as: UTF8.self)
    }

    /// Short display name: the title where known, else the file name.
    public var displayTitle: String {
        title ?? String(path.split(separator: "/").last ?? Substring(path))
    }
}

/// Everything ingest read: the spec, the cleaned sources and the theme.
public struct Corpus: Sendable {
    public var spec: BriefingSpec
    public var sources: [SourceDocument]
    public var theme: Theme
    /// Bytes and hashes of every input file (spec, sources, assets) for the manifest.
    public var inputs: [InputFile]
    /// The Syntax stage's model file in the assets folder, when there is one.
    public var syntaxModelPath: String?
    /// The claim reader's predicates (`assets/frames.yml`); empty when there is none.
    public var frames: FrameLexicon
    /// What the previous build of this briefing said (its facts.json), when there is one to compare with.
    public var previousFacts: FactsSnapshot?

    public init(spec: BriefingSpec, sources: [SourceDocument], theme: Theme, inputs: [InputFile], syntaxModelPath: String? = nil,
                frames: FrameLexicon = FrameLexicon()) {
        self.spec = spec
        self.sources = sources
        self.theme = theme
        self.inputs = inputs
        self.syntaxModelPath = syntaxModelPath
        self.frames = frames
    }
}

/// An input file as recorded in the manifest.
public struct InputFile: Sendable, Codable, Equatable {
    public var role: String
    public var path: String
    public var bytes: Int
    public var sha256: String
    public init(role: String, path: String, bytes: Int, sha256: String) {
        self.role = role
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
    }
}

/// The longest sentence the pipeline parses and reads claims from, in bytes.
/// A news sentence is rarely over 400 bytes; one over this limit is a table,
/// a list run together or a hostile page, and reading it word by word against
/// each of its figures would cost time in the square of its length. Its
/// figures stay in facts.json and a caveat says the sentence was not read.
public let maximumSentenceBytesRead = 4096
