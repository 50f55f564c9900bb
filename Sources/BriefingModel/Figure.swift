/// What a figure measures.
public enum FigureKind: String, Sendable, Codable, CaseIterable {
    case money, percent, quantity, duration, date, number
}

/// How exactly the text states a figure.
public enum Qualifier: String, Sendable, Codable, CaseIterable {
    /// Stated as is: `70%`.
    case exact
    /// `some`, `about`, `approximately`, `estimated`, `nearly`.
    case approx
    /// `over`, `more than`, `at least`: the true value is at or above it.
    case atLeast = "at_least"
    /// `up to`, `as much as`, `below`: the true value is at or below it.
    case atMost = "at_most"
    /// `30 to 40 years`, `between 5 and 7 percent`.
    case range
}

/// A number found in a source, with what it counts and how sure the text is.
public struct Figure: Sendable, Equatable {
    /// `F1`, `F2`, ... across the whole briefing.
    public var id: String
    public var sourceID: String
    /// Offsets into the source's UTF-8 text (see `SourceDocument.originalRange`).
    public var range: ByteRange
    public var text: String
    public var kind: FigureKind
    /// Money in currency units, percent as 70 for 70%, durations in `unit`.
    public var value: Double
    /// Unit for quantities/durations (`tonne`, `year`), `%` or `pp` for percentages.
    public var unit: String?
    /// ISO 4217 code for money.
    public var currency: String?
    public var qualifier: Qualifier
    /// The words that qualify it (`up to`), when there are any.
    public var qualifierText: String?
    /// Bounds: both for ranges, `high` for at-most, `low` for at-least.
    public var low: Double?
    public var high: Double?
    /// ISO date for date figures (`2025-10-22`, `2028`).
    public var isoDate: String?
    /// The sentence the figure stands in, when it stands in body text.
    public var sentenceID: String?

    public init(id: String, sourceID: String, range: ByteRange, text: String, kind: FigureKind,
                value: Double, unit: String? = nil, currency: String? = nil,
                qualifier: Qualifier = .exact, qualifierText: String? = nil,
                low: Double? = nil, high: Double? = nil, isoDate: String? = nil, sentenceID: String? = nil) {
        self.id = id
        self.sourceID = sourceID
        self.range = range
        self.text = text
        self.kind = kind
        self.value = value
        self.unit = unit
        self.currency = currency
        self.qualifier = qualifier
        self.qualifierText = qualifierText
        self.low = low
        self.high = high
        self.isoDate = isoDate
        self.sentenceID = sentenceID
    }
}

/// The corpus with every figure found in it.
public struct FiguredCorpus: Sendable {
    public var corpus: Corpus
    public var figures: [Figure]
    public init(corpus: Corpus, figures: [Figure]) {
        self.corpus = corpus
        self.figures = figures
    }
}
