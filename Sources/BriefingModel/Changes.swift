/// What a briefing said at one build, reduced to what can be matched across
/// builds: claims, figures and conflicts, keyed by what they are about rather
/// than by list position or byte offset (both move when an article is edited).
public struct FactsSnapshot: Sendable, Equatable {
    /// The as-of date of the build the snapshot was taken from.
    public var asOf: String?
    public var claims: [SnapshotClaim]
    /// Nil when the build predates figure contexts in facts.json: figures are then not compared.
    public var figures: [SnapshotFigure]?
    /// Each conflict by its topic: the note up to its first colon.
    public var conflicts: [String]

    public init(asOf: String?, claims: [SnapshotClaim], figures: [SnapshotFigure]?, conflicts: [String]) {
        self.asOf = asOf
        self.claims = claims
        self.figures = figures
        self.conflicts = conflicts
    }
}

/// A claim as matched across builds: type, subject, object and source name it;
/// the value, its exactness and its modality are what can change.
public struct SnapshotClaim: Sendable, Equatable {
    /// The claim's id in its own build ("C4"); ids are not compared.
    public var id: String
    public var type: String
    public var subject: String?
    public var object: String?
    public var instrument: String?
    public var unit: String?
    public var value: Double?
    public var qualifier: String
    public var low: Double?
    public var high: Double?
    public var modality: String?
    /// Source paths as the spec gives them.
    public var sources: [String]
    public var sentence: String

    public init(id: String, type: String, subject: String?, object: String?, instrument: String?, unit: String?, value: Double?,
                qualifier: String, low: Double?, high: Double?, modality: String?, sources: [String], sentence: String) {
        self.id = id
        self.type = type
        self.subject = subject
        self.object = object
        self.instrument = instrument
        self.unit = unit
        self.value = value
        self.qualifier = qualifier
        self.low = low
        self.high = high
        self.modality = modality
        self.sources = sources
        self.sentence = sentence
    }

    /// What the claim is about: equal keys are the same claim in two builds.
    public var matchKey: String {
        [type, subject ?? "", object ?? "", unit ?? "", sources.joined(separator: "+")].joined(separator: "|")
    }

    /// What the claim says about it.
    public var statement: [String] {
        [value.map { "\($0)" } ?? "", qualifier, low.map { "\($0)" } ?? "", high.map { "\($0)" } ?? "", modality ?? ""]
    }
}

/// A figure as matched across builds: its source, kind, unit and the words
/// around it (with the figure itself left out, so a changed number still matches).
public struct SnapshotFigure: Sendable, Equatable {
    public var id: String
    public var source: String
    public var kind: String
    public var unit: String?
    public var context: String
    public var text: String
    public var value: Double?

    public init(id: String, source: String, kind: String, unit: String?, context: String, text: String, value: Double?) {
        self.id = id
        self.source = source
        self.kind = kind
        self.unit = unit
        self.context = context
        self.text = text
        self.value = value
    }

    public var matchKey: String { [source, kind, unit ?? "", context].joined(separator: "|") }
}

/// One difference between two builds.
public struct Change<Item: Sendable & Equatable>: Sendable, Equatable {
    public enum Kind: String, Sendable { case added, removed, changed }
    public var kind: Kind
    /// The item in the previous build (nil when added).
    public var old: Item?
    /// The item in this build (nil when removed).
    public var new: Item?

    public init(kind: Kind, old: Item?, new: Item?) {
        self.kind = kind
        self.old = old
        self.new = new
    }
}

/// Everything that differs between the previous build of a briefing and this one.
public struct ChangeReport: Sendable, Equatable {
    public var previousAsOf: String?
    public var claims: [Change<SnapshotClaim>]
    public var figures: [Change<SnapshotFigure>]
    public var conflictsAppeared: [String]
    public var conflictsResolved: [String]

    public init(previousAsOf: String?, claims: [Change<SnapshotClaim>], figures: [Change<SnapshotFigure>],
                conflictsAppeared: [String], conflictsResolved: [String]) {
        self.previousAsOf = previousAsOf
        self.claims = claims
        self.figures = figures
        self.conflictsAppeared = conflictsAppeared
        self.conflictsResolved = conflictsResolved
    }

    public var isEmpty: Bool {
        claims.isEmpty && figures.isEmpty && conflictsAppeared.isEmpty && conflictsResolved.isEmpty
    }

    /// How many things changed, for the index and the JUnit report.
    public var count: Int { claims.count + figures.count + conflictsAppeared.count + conflictsResolved.count }

    /// The change that concerns this build's claim `id`, if any.
    public func change(ofClaim id: String) -> Change<SnapshotClaim>? {
        claims.first { $0.new?.id == id }
    }
}

/// A conflict's topic: its note up to the first colon ("Counterparty: sources name…" → "Counterparty").
public func conflictTopic(_ note: String) -> String {
    note.split(separator: ":", maxSplits: 1).first.map(String.init) ?? note
}

extension SourceDocument {
    /// Up to six words either side of `range` in its sentence, the range itself
    /// shown as "_": "a stake of _ in the joint venture". Matches a figure
    /// across builds even when its value or its byte offsets changed. Reads
    /// only the bytes of those words, so it costs the same in a long sentence.
    public func context(of range: ByteRange, sentenceID: String?) -> String {
        let bounds = sentence(containing: range.start)?.range ?? ByteRange(max(0, range.start - 200), min(text.count, range.end + 200))
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
        var start = min(range.start, bounds.end)
        var words = 0
        while start > bounds.start, words < 6 {
            while start > bounds.start, isSpace(text[start - 1]) { start -= 1 }
            guard start > bounds.start else { break }
            while start > bounds.start, !isSpace(text[start - 1]) { start -= 1 }
            words += 1
        }
        var end = max(range.end, bounds.start)
        words = 0
        while end < bounds.end, words < 6 {
            while end < bounds.end, isSpace(text[end]) { end += 1 }
            guard end < bounds.end else { break }
            while end < bounds.end, !isSpace(text[end]) { end += 1 }
            words += 1
        }
        let before = string(ByteRange(start, max(start, min(range.start, bounds.end)))).split(whereSeparator: \.isWhitespace)
        let after = string(ByteRange(min(max(range.end, bounds.start), end), end)).split(whereSeparator: \.isWhitespace)
        return (before + ["_"] + after).joined(separator: " ")
    }

    /// The sentence whose bytes hold `offset` (sentences are in text order).
    public func sentence(containing offset: Int) -> Sentence? {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].range.end <= offset { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].range.start <= offset ? sentences[low] : nil
    }
}
