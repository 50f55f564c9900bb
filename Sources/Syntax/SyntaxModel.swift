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
    /// The tag ids of proper nouns (NNP, NNPS), if the model has them.
    let properNoun: Int?
    let pluralProperNoun: Int?
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
        properNoun = properNounTag(tagUPOS, tagXPOS, "NNP")
        pluralProperNoun = properNounTag(tagUPOS, tagXPOS, "NNPS")
        do {
            taggerTemplates = try TaggerTemplates(Syntax.taggerTemplates)
            parserTemplates = try ParserTemplates(Syntax.parserTemplates)
        } catch { throw fail("\(error)") }
    }

    /// Tags, lemmatizes and parses one sentence.
    /// `name`: a word the text shows to be a name (`NameEvidence`), tagged as one where the
    /// tagger took it for a common word.
    public func parse(_ words: [SyntaxWord], name: Int? = nil) -> ParsedSentence {
        let analysis = analyze(words.map(\.form), name: name)
        return ParsedSentence(words: words.indices.map { i in
            ParsedWord(form: words[i].form, range: words[i].range, spaceAfter: words[i].spaceAfter,
                       lemma: analysis.lemmas[i], upos: tagUPOS[analysis.tags[i]], xpos: tagXPOS[analysis.tags[i]],
                       head: analysis.heads[i] == words.count ? nil : analysis.heads[i], relation: relations[analysis.labels[i]])
        })
    }

    /// The analysis of a sentence given as words: tag ids, lemmas, heads (the
    /// root as `forms.count`) and relation ids.
    public func analyze(_ forms: [String], name: Int? = nil) -> (tags: [Int], lemmas: [String], heads: [Int], labels: [Int]) {
        guard !forms.isEmpty else { return ([], [], [], []) }
        let original = forms
        // Currency symbols behave alike in a sentence; the treebank has many "$" and few "€", so
        // the tagger and parser see each as "$" ("a €250 million bond" parses as "a $250 million bond").
        let forms = forms.map { isCurrencySign($0) ? "$" : $0 }
        var tags = tag(forms, name: name)
        repairCompanySuffixes(forms, tags: &tags)
        repairVerbsAfterModals(forms, tags: &tags)
        repairVerbsBeforeInfinitives(forms, tags: &tags)
        repairVerbsAfterRelativePronouns(forms, tags: &tags)
        repairOwnWithoutPossessor(forms, tags: &tags)
        repairVerbsBeforePercentages(forms, tags: &tags)
        repairVerbsAfterSubordinatedNames(forms, tags: &tags)
        repairVerbsAfterConjunctions(forms, tags: &tags)
        repairPerfectAuxiliaries(forms, tags: &tags)
        repairGerundsBeforeNames(forms, tags: &tags)
        repairUnknownDeterminers(forms, tags: &tags)
        repairNamesBeforeRelativeClauses(forms, tags: &tags)
        repairBareApostrophePossessives(forms, tags: &tags)
        repairMineAfterModifiers(forms, tags: &tags)
        let lemmas = forms.indices.map { lemmatizer.lemma(original[$0], upos: tagUPOS[tags[$0]], xpos: tagXPOS[tags[$0]]) }
        var (heads, labels) = parseTree(forms, tags: tags)
        repairPunctuationHeads(tags: tags, heads: &heads, labels: &labels)
        repairPrepositionObjects(tags: tags, heads: &heads, labels: &labels)
        repairObjectsWithPrepositions(tags: tags, heads: &heads, labels: &labels)
        repairDoubleObjects(forms, tags: tags, heads: &heads, labels: &labels)
        repairAmountBeforeNoun(forms, tags: tags, heads: &heads, labels: &labels)
        repairMarkedUnmarkedPhrases(tags: tags, heads: &heads, labels: &labels)
        repairMainVerbAfterRelativeClause(forms, tags: tags, heads: &heads, labels: &labels)
        repairRelativeClauseTakenAsMain(forms, tags: tags, heads: &heads, labels: &labels)
        repairFiniteVerbOnRootNoun(tags: tags, heads: &heads, labels: &labels)
        repairDescriptionBeforeSubject(tags: tags, heads: &heads, labels: &labels)
        repairClausesRunTogether(lemmas, tags: tags, heads: &heads, labels: &labels)
        repairTwoSubjects(tags: tags, heads: &heads, labels: &labels)
        repairAppositiveSubject(forms, tags: tags, heads: &heads, labels: &labels)
        repairNameContinuations(forms, tags: tags, heads: &heads, labels: &labels)
        repairPossessors(forms, tags: tags, heads: &heads, labels: &labels)
        repairQuantityBounds(forms, tags: tags, heads: &heads, labels: &labels)
        repairUpToBounds(forms, tags: tags, heads: &heads, labels: &labels)
        repairRelativeTime(forms, tags: tags, heads: &heads, labels: &labels)
        repairConjunctPrepositions(forms, heads: &heads, labels: labels)
        repairAbsoluteWith(forms, tags: tags, heads: &heads, labels: &labels)
        repairGerundClausesOnNouns(forms, tags: tags, heads: &heads, labels: &labels)
        repairFiniteVerbTakenForParticiple(tags: tags, heads: &heads, labels: &labels)
        repairRelativeClauseAntecedents(forms, tags: tags, heads: &heads, labels: &labels)
        return (tags, lemmas, heads, labels)
    }

    /// The tag id of each word, left to right, each choice seeing the ones before.
    ///
    /// A word the text shows to be a name (`name`) is made a proper noun, and so are the
    /// capitalised nouns and verbs right after it ("Acme Mining"), which the name goes on
    /// with; the tagger, seeing common words, calls them nouns or verbs. Adjectives stay
    /// (the treebank writes "National" in names as one).
    public func tag(_ forms: [String], name: Int? = nil) -> [Int] {
        // (Without a name there is nothing to adjust: no closure call per word.)
        guard let properNoun, let name, name < forms.count else { return predictTags(tagger, taggerTemplates, forms) }
        let (tagUPOS, tagXPOS, pluralProperNoun) = (tagUPOS, tagXPOS, pluralProperNoun)
        return predictTags(tagger, taggerTemplates, forms) { index, before, choice in
            let upos = tagUPOS[choice]
            guard upos != "PROPN", isCapitalised(forms[index]) else { return choice }
            // ("Resources" as NNS becomes NNPS.)
            let proper = ["NNS", "VBZ"].contains(tagXPOS[choice]) && forms[index].hasSuffix("s") ? pluralProperNoun ?? properNoun : properNoun
            if index == name, ["VERB", "ADJ", "NOUN", "ADV"].contains(upos) { return proper }
            if index > name, ["NOUN", "VERB"].contains(upos),
               (name..<index).allSatisfy({ tagUPOS[before[$0]] == "PROPN" && isCapitalised(forms[$0]) }) {
                return proper
            }
            return choice
        }
    }

    /// The best tree the greedy parser finds for tagged words.
    public func parseTree(_ forms: [String], tags: [Int]) -> (heads: [Int], labels: [Int]) {
        let words = ParserWords(lower: forms.map { hashString($0.lowercased()) }, tag: tags, upos: tags.map { uposIDs[$0] })
        return greedyParse(parser, parserTemplates, words, rootRelation: rootRelation)
    }
}

/// Currency signs of one character other than "$". (Prefixed dollars, "A$" and "US$", parse well
/// as they are: mapped to "$" they made "JOGMEC and trading house Sojitz" two clauses.)
private let currencySymbols: Set<String> = ["€", "£", "¥", "₹", "₩", "₽", "₸", "₺", "₦"]

/// A currency sign: one of the symbols, or a dollar with its country's letters ("C$", "A$",
/// "US$", "HK$", "Can$").
private func isCurrencySign(_ form: String) -> Bool {
    if currencySymbols.contains(form) { return true }
    guard form.count >= 2, form.count <= 4, form.hasSuffix("$") else { return false }
    let letters = form.dropLast()
    return letters.first?.isUppercase == true && letters.allSatisfy { $0.isASCII && $0.isLetter }
}

/// The tag of a proper noun (NNP or NNPS) in a model's tag list.
private func properNounTag(_ upos: [String], _ xpos: [String], _ penn: String) -> Int? {
    upos.indices.first { upos[$0] == "PROPN" && xpos[$0] == penn }
}

/// "Acme", "EXIM": starts with a capital letter.
private func isCapitalised(_ form: String) -> Bool {
    guard let first = form.utf8.first else { return false }
    return first >= 0x41 && first <= 0x5A
}
