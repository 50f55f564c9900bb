import BriefingModel
import Foundation

/// Stage 3: words, lemmas, tags and a dependency tree for each sentence the
/// claim reader will read: those that hold a figure or a claim word. Other
/// sentences are not parsed, which keeps the stage cheap on long articles.
/// Without a model (no `assets/models/` found) nothing is parsed. With
/// `threads` > 1 the sentences are parsed on that many threads; each parse
/// depends on its sentence alone, so the result is the same.
public func readSyntax(_ figured: FiguredCorpus, model: SyntaxModel?, threads: Int = 1) -> ParsedCorpus {
    guard let model else { return ParsedCorpus(figured: figured, parses: [:]) }
    let withFigures = Set(figured.figures.compactMap(\.sentenceID))
    let frameWords = frameVocabulary(figured.corpus.frames)
    let sources = figured.corpus.sources
    let names = sources.map { source in NameEvidence(text: source.text, sentences: source.sentences.map(\.range)) }
    let sentences = sources.indices.flatMap { index in
        sources[index].sentences.filter { $0.range.length <= maximumSentenceBytesRead }.map { (source: index, sentence: $0) }
    }
    let trees = inRuns(sentences, threads: threads) { item -> ParsedSentence? in
        let text = sources[item.source].text
        let words = treebankWords(text, item.sentence.range)
        guard withFigures.contains(item.sentence.id) || words.contains(where: { word in
            let form = word.form.lowercased()
            return claimWords.contains(form) || frameWords.contains(form)
        }) else { return nil }
        return model.parse(words, name: names[item.source].sentenceInitialName(words))
    }
    var parses: [String: ParsedSentence] = [:]
    for (item, tree) in zip(sentences, trees) where tree != nil { parses[item.sentence.id] = tree }
    return ParsedCorpus(figured: figured, parses: parses)
}

/// `work` applied to each item, in order; long lists are cut into one run of
/// consecutive items per thread. Each result depends on its item alone.
func inRuns<Item: Sendable, Result: Sendable>(_ items: [Item], threads: Int,
                                              _ work: @Sendable (Item) -> Result) -> [Result] {
    // Below a few hundred sentences a second thread costs more than it saves.
    let runs = items.count < 200 ? 1 : max(1, min(threads, 16))
    guard runs > 1 else { return items.map(work) }
    let results = RunResults<Result>(count: runs)
    let size = (items.count + runs - 1) / runs
    DispatchQueue.concurrentPerform(iterations: runs) { run in
        let slice = items[min(items.count, run * size)..<min(items.count, (run + 1) * size)]
        results.store(slice.map(work), at: run)
    }
    return results.joined()
}

/// One slot per run, each written once by its own thread.
private final class RunResults<Result>: @unchecked Sendable {
    private var runs: [[Result]]
    private let lock = NSLock()
    init(count: Int) { runs = Array(repeating: [], count: count) }
    func store(_ results: [Result], at run: Int) {
        lock.lock()
        runs[run] = results
        lock.unlock()
    }
    func joined() -> [Result] { runs.flatMap { $0 } }
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
