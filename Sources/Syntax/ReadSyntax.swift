import BriefingModel

/// Stage 3: words, lemmas, tags and a dependency tree for each sentence the
/// claim reader will read: those that hold a figure or a claim word. Other
/// sentences are not parsed, which keeps the stage cheap on long articles.
/// Without a model (no `assets/models/` found) nothing is parsed.
public func readSyntax(_ figured: FiguredCorpus, model: SyntaxModel?) -> ParsedCorpus {
    guard let model else { return ParsedCorpus(figured: figured, parses: [:]) }
    let withFigures = Set(figured.figures.compactMap(\.sentenceID))
    let frameWords = frameVocabulary(figured.corpus.frames)
    var parses: [String: ParsedSentence] = [:]
    for source in figured.corpus.sources {
        let names = NameEvidence(text: source.text, sentences: source.sentences.map(\.range))
        for sentence in source.sentences where sentence.range.length <= maximumSentenceBytesRead {
            let words = treebankWords(source.text, sentence.range)
            guard withFigures.contains(sentence.id) || words.contains(where: { word in
                let form = word.form.lowercased()
                return claimWords.contains(form) || frameWords.contains(form)
            }) else { continue }
            parses[sentence.id] = model.parse(words, name: names.sentenceInitialName(words))
        }
    }
    return ParsedCorpus(figured: figured, parses: parses)
}

/// Words that can carry a claim without a figure in the same sentence
/// ("the government is not seeking an equity stake"): general business English.
let claimWords: Set<String> = [
    "stake", "stakes", "own", "owns", "owned", "owner", "equity", "shareholder", "shareholding", "control", "controls",
    "controlled", "hold", "holds", "held", "acquire", "acquired", "acquires", "loan", "loans", "lend", "lends", "lent",
    "lender", "finance", "financing", "financed", "fund", "funds", "funded", "funding", "invest", "invests", "invested",
    "investment", "offtake", "supply", "supplies", "venture", "partner", "partnership", "agreement", "deal",
    "production", "output",
]

/// The words of the frames lexicon with their regular inflections ("letter", "grants",
/// "issued"): a sentence with one of them may make a claim without a figure.
func frameVocabulary(_ lexicon: FrameLexicon) -> Set<String> {
    var words = Set<String>()
    let nouns = (lexicon.financingNouns + lexicon.ownershipNouns).map { $0[0] }
    let verbs = lexicon.givingVerbs.union(lexicon.receivingVerbs).union(lexicon.ownershipVerbs).union(lexicon.transferVerbs)
    for word in nouns + Array(verbs) {
        words.insert(word)
        words.insert(word + "s")
        words.insert(word.hasSuffix("e") ? word + "d" : word + "ed")
        words.insert(word.hasSuffix("e") ? String(word.dropLast()) + "ing" : word + "ing")
    }
    return words
}
