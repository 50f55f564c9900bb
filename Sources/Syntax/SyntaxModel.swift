import BriefingModel

/// A trained tagger, lemmatizer and dependency parser. Load it once per
/// process (`SyntaxModel.load`) and share it: it is immutable.
public final class SyntaxModel: Sendable {
    public let header: ModelHeader
    let tagger: LinearModel
    let parser: LinearModel
    public let lemmatizer: Lemmatizer
    /// Tagger classes: "UPOS/Penn" pairs.
    public let tags: [String]
    let tagUPOS: [String]
    let tagXPOS: [String]
    let uposIDs: [Int]
    /// Parser relations, in the order of the parser's moves.
    public let relations: [String]
    let rootRelation: Int
    let taggerTemplates: TaggerTemplates
    let parserTemplates: ParserTemplates

    public init(header: ModelHeader, tagger: LinearModel, parser: LinearModel, lemmatizer: Lemmatizer, file: String) throws {
        func fail(_ message: String) -> SyntaxModelError { SyntaxModelError(file: file, message: message) }
        self.header = header
        self.tagger = tagger
        self.parser = parser
        self.lemmatizer = lemmatizer
        tags = (header["tags"] ?? "").split(separator: " ").map(String.init)
        relations = (header["relations"] ?? "").split(separator: " ").map(String.init)
        guard !tags.isEmpty, tags.count == tagger.classCount else { throw fail("the header's tag list does not match the tagger") }
        guard let root = relations.firstIndex(of: "root"), Move.count(labels: relations.count) == parser.classCount else {
            throw fail("the header's relation list does not match the parser")
        }
        rootRelation = root
        tagUPOS = tags.map { String($0.split(separator: "/", maxSplits: 1)[0]) }
        tagXPOS = tags.map { $0.split(separator: "/", maxSplits: 1).count > 1 ? String($0.split(separator: "/", maxSplits: 1)[1]) : "_" }
        let distinctUPOS = Array(Set(tagUPOS)).sorted()
        uposIDs = tagUPOS.map { distinctUPOS.firstIndex(of: $0)! }
        do {
            taggerTemplates = try TaggerTemplates(Syntax.taggerTemplates)
            parserTemplates = try ParserTemplates(Syntax.parserTemplates)
        } catch { throw fail("\(error)") }
    }

    /// Tags, lemmatizes and parses one sentence.
    public func parse(_ words: [SyntaxWord]) -> ParsedSentence {
        let analysis = analyze(words.map(\.form))
        return ParsedSentence(words: words.indices.map { i in
            ParsedWord(form: words[i].form, range: words[i].range, spaceAfter: words[i].spaceAfter,
                       lemma: analysis.lemmas[i], upos: tagUPOS[analysis.tags[i]], xpos: tagXPOS[analysis.tags[i]],
                       head: analysis.heads[i] == words.count ? nil : analysis.heads[i], relation: relations[analysis.labels[i]])
        })
    }

    /// The analysis of a sentence given as words: tag ids, lemmas, heads (the
    /// root as `forms.count`) and relation ids.
    public func analyze(_ forms: [String]) -> (tags: [Int], lemmas: [String], heads: [Int], labels: [Int]) {
        guard !forms.isEmpty else { return ([], [], [], []) }
        let tags = tag(forms)
        let lemmas = forms.indices.map { lemmatizer.lemma(forms[$0], upos: tagUPOS[tags[$0]], xpos: tagXPOS[tags[$0]]) }
        var (heads, labels) = parseTree(forms, tags: tags)
        repairPossessors(forms, tags: tags, heads: &heads, labels: &labels)
        return (tags, lemmas, heads, labels)
    }

    /// The tag id of each word, left to right, each choice seeing the ones before.
    public func tag(_ forms: [String]) -> [Int] { predictTags(tagger, taggerTemplates, forms) }

    /// The best tree the greedy parser finds for tagged words.
    public func parseTree(_ forms: [String], tags: [Int]) -> (heads: [Int], labels: [Int]) {
        let words = ParserWords(lower: forms.map { hashString($0.lowercased()) }, tag: tags, upos: tags.map { uposIDs[$0] })
        return greedyParse(parser, parserTemplates, words, rootRelation: rootRelation)
    }
}
