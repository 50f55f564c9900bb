/// One word of a sentence as the Syntax stage sees it: the treebank's idea of a
/// word ("do" and "n't" in "don't"), with its bytes in the source text.
public struct SyntaxWord: Sendable, Equatable {
    /// The word as the treebank writes it ("n't", "'s").
    public var form: String
    /// Where the word's bytes are in the source. The words of a contraction split
    /// into several ("don't" → do + n't) share no bytes: each has its own part.
    public var range: ByteRange
    /// False when the next word follows with no space in between.
    public var spaceAfter: Bool

    public init(form: String, range: ByteRange, spaceAfter: Bool) {
        self.form = form
        self.range = range
        self.spaceAfter = spaceAfter
    }
}

/// A word after tagging and parsing.
public struct ParsedWord: Sendable, Equatable {
    public var form: String
    public var range: ByteRange
    public var spaceAfter: Bool
    public var lemma: String
    /// Universal POS tag (`NOUN`, `VERB`, `AUX`, ...).
    public var upos: String
    /// Penn Treebank tag (`NNS`, `VBD`, ...).
    public var xpos: String
    /// Index of the head word in the sentence (0-based), nil for the root.
    public var head: Int?
    /// Universal Dependencies relation, with its subtype (`nsubj:pass`, `obl:agent`).
    public var relation: String

    public init(form: String, range: ByteRange, spaceAfter: Bool, lemma: String, upos: String, xpos: String,
                head: Int?, relation: String) {
        self.form = form
        self.range = range
        self.spaceAfter = spaceAfter
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.head = head
        self.relation = relation
    }
}

/// A sentence after the Syntax stage: its words, each with lemma, tags, head and relation.
public struct ParsedSentence: Sendable, Equatable {
    public var words: [ParsedWord]
    public init(words: [ParsedWord]) { self.words = words }

    /// Indices of the words whose head is `index`, in order.
    public func dependents(of index: Int) -> [Int] {
        words.indices.filter { words[$0].head == index }
    }

    /// The root word's index (the one word without a head).
    public var root: Int? { words.firstIndex { $0.head == nil } }
}

/// The corpus after the Syntax stage: the figured corpus and, by sentence ID,
/// the parse of each sentence that holds a figure or a claim word.
public struct ParsedCorpus: Sendable {
    public var figured: FiguredCorpus
    public var parses: [String: ParsedSentence]
    public init(figured: FiguredCorpus, parses: [String: ParsedSentence]) {
        self.figured = figured
        self.parses = parses
    }
}
